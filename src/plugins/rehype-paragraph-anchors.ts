/**
 * rehype plugin: give every top-level paragraph of a briefing body a stable anchor, `p-1`, `p-2`, …
 * in order, so key points can link to the paragraph they come from. The brief command numbers
 * paragraphs the same way (src/pipeline/article.ts), so the anchors and the links agree.
 *
 * Headings get ids of their own, `section-<words>`: left to Astro, a heading "Main" or "P 1"
 * would take the id of the page's `<main id="main">` or of a paragraph anchor, and links to
 * either would jump to the wrong place.
 *
 * It also finds the paragraph that holds each quote of the briefing's people and hands the numbers
 * to the page through Astro's plugin frontmatter (`remarkPluginFrontmatter.quoteParagraphs`, figure
 * id → one number or null per quote), so a quote links to its context without the page having to
 * keep or re-parse the raw Markdown. Likewise `unattributedParagraphs`, one number or null per
 * entry of the briefing's `unattributedQuotes`.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { slugify } from '../pipeline/slug.ts';
import { comparable, quoteParagraphs } from '../lib/quote-paragraphs.ts';

interface FileData {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The anchors of one body: an id for each top-level paragraph and heading, in order. */
export interface Anchors {
  ids: { node: Element; id: string }[];
  /** The text of each top-level paragraph, for finding quotes (see quote-paragraphs.ts). */
  texts: string[];
}

/**
 * The anchors for a body's top-level nodes, without changing them, so both the unified plugin and
 * the Sätteri one (whose trees are read-only) share the numbering. `textOf` gives a node's text.
 */
export function anchorsOf(children: readonly RootContent[], textOf: (node: Element) => string): Anchors {
  let n = 0;
  const ids: Anchors['ids'] = [];
  const texts: string[] = [];
  const used = new Set<string>();
  for (const node of children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p') {
      n++;
      ids.push({ node, id: `p-${n}` });
      texts.push(comparable(textOf(node)));
    } else if (/^h[1-6]$/.test(node.tagName)) {
      ids.push({ node, id: sectionId(textOf(node), used) });
    }
  }
  return { ids, texts };
}

/**
 * The frontmatter fields recordQuoteParagraphs writes: all a page reads of the frontmatter the
 * renderer hands back (`remarkPluginFrontmatter`); the rest is the entry's own data.
 */
export const PLUGIN_FRONTMATTER_FIELDS = ['quoteParagraphs', 'unattributedParagraphs'] as const;

/**
 * Where each person's quotes stand (figure id → paragraph number or null per quote), written to
 * the frontmatter Astro hands the page as `remarkPluginFrontmatter.quoteParagraphs`; likewise
 * `unattributedParagraphs`, one number or null per entry of `unattributedQuotes`.
 */
export function recordQuoteParagraphs(frontmatter: Record<string, unknown> | undefined, texts: readonly string[]): void {
  if (!frontmatter) return;
  const figures = Array.isArray(frontmatter.figures) ? frontmatter.figures : [];
  const found: Record<string, (number | null)[]> = {};
  for (const f of figures as { id?: unknown; quotes?: unknown }[]) {
    if (typeof f?.id !== 'string' || !Array.isArray(f.quotes) || !f.quotes.length) continue;
    found[f.id] = quoteParagraphs(f.quotes.map(String), texts).map((p) => p ?? null);
  }
  frontmatter.quoteParagraphs = found;
  // Quotes with no confident speaker link to their paragraph the same way: found in the text when
  // they can be (an editor may have renumbered it), else the number the brief command wrote.
  const loose = Array.isArray(frontmatter.unattributedQuotes) ? (frontmatter.unattributedQuotes as { text?: unknown; paragraph?: unknown }[]) : [];
  const looseFound = quoteParagraphs(loose.map((q) => String(q?.text ?? '')), texts);
  frontmatter.unattributedParagraphs = loose.map((q, i) => looseFound[i] ?? (typeof q?.paragraph === 'number' && q.paragraph <= texts.length ? q.paragraph : null));
}

export default function rehypeParagraphAnchors() {
  return (tree: Root, file: FileData) => {
    const { ids, texts } = anchorsOf(tree.children, toString);
    for (const { node, id } of ids) node.properties = { ...node.properties, id };
    recordQuoteParagraphs(file.data.astro?.frontmatter, texts);
  };
}

/** `section-<slug of the heading>`, numbered when two headings read the same. */
function sectionId(text: string, used: Set<string>): string {
  const base = `section-${slugify(text) || 'heading'}`;
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}
