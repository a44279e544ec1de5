/**
 * Boilerplate removal: drops from a DOM subtree what the rules in `boilerplate-rules.yml` name
 * (selectors, class/id words, whole-line labels). Runs on the page before Readability and on
 * Readability's article afterwards.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { escapeRegExp } from '../lib/regexp.ts';

const rulesSchema = z.object({
  selectors: z.array(z.string()),
  classWords: z.array(z.string()),
  linePatterns: z.array(z.string()),
});

/** The rules, compiled. */
export interface BoilerplateRules {
  selector: string;
  classWord: RegExp;
  lines: RegExp[];
}

/** Load and compile a rules file (default: the one beside this module). */
export function loadRules(path = new URL('./boilerplate-rules.yml', import.meta.url)): BoilerplateRules {
  const raw = rulesSchema.parse(parseYaml(readFileSync(path, 'utf8')));
  const words = raw.classWords.map(escapeRegExp).join('|');
  return {
    selector: raw.selectors.join(', '),
    // A whole part of a class or id name, parts being split by - or _ ("c-share-bar", "cookie_notice").
    classWord: new RegExp(`(?:^|[-_\\s])(?:${words})(?:$|[-_\\s])`, 'i'),
    lines: raw.linePatterns.map((p) => new RegExp(p, 'iu')),
  };
}

/** Block elements whose whole text is checked against the line patterns. */
const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, div, span, small, strong, em, a, time';

/** Elements never removed by a class word: the page or the article itself. */
const KEEP = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Remove boilerplate from `root` in place.
 * @returns how many elements were removed.
 */
export function removeBoilerplate(root: Element, rules: BoilerplateRules): number {
  let removed = 0;
  const drop = (el: Element) => {
    el.remove();
    removed++;
  };
  for (const el of [...root.querySelectorAll(rules.selector)]) if (el.isConnected !== false) drop(el);
  // Total text, to keep a class word from taking most of the page with it ("article share-enabled").
  const total = (root.textContent ?? '').length;
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    if (KEEP.has(el.tagName) || !root.contains(el)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!rules.classWord.test(names)) continue;
    if ((el.textContent ?? '').length > total * 0.5) continue;
    drop(el);
  }
  for (const el of [...root.querySelectorAll(BLOCKS)]) {
    if (!root.contains(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 200 || !text) continue;
    if (rules.lines.some((re) => re.test(text))) drop(el);
  }
  return removed;
}
