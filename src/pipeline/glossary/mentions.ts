/**
 * Finding glossary terms in text. One scanner serves both the brief command (which terms a
 * briefing lists) and the render-time annotation plugin (where the first mention is), so the two
 * always agree on what counts as a mention.
 */

/** One way of writing a term: its text and whether letter case must match. */
export interface TermForm {
  /** The entry (or figure) this form belongs to. */
  id: string;
  text: string;
  caseSensitive: boolean;
}

/** Where a form occurs in a text: `text.slice(start, end)` is the mention. */
export interface Mention {
  id: string;
  start: number;
  end: number;
}

/**
 * Should this form be matched with its exact letter case? Acronyms and other single capitalised
 * words are ("US" is not "us", "AA" is not "aa", "Fed" is not "fed"); lower-case words and
 * multi-word names are not, so "Prime Minister" also finds "prime minister".
 */
export function needsExactCase(form: string, entryCaseSensitive = false): boolean {
  if (entryCaseSensitive) return true;
  if (/\s/.test(form.trim())) return !/\p{Ll}/u.test(form);
  return /\p{Lu}/u.test(form);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The source of a form's expression: its words, any run of white space between them. */
const formSource = (text: string) => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/** A letter or digit: a mention may not start or end inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One scanner per list of forms: an alternation per letter-case rule, longest forms first. */
interface Scanner {
  patterns: { re: RegExp; ids: Map<string, string> }[];
}

/** Scanners are built once per list of forms (a briefing's forms serve every paragraph of it). */
const scanners = new WeakMap<TermForm[], Scanner>();

function scannerFor(forms: TermForm[]): Scanner {
  let scanner = scanners.get(forms);
  if (scanner) return scanner;
  scanner = { patterns: [] };
  for (const caseSensitive of [true, false]) {
    const ids = new Map<string, string>();
    const texts: string[] = [];
    for (const f of forms) {
      const key = f.text.trim().replace(/\s+/g, ' ');
      if (!key || f.caseSensitive !== caseSensitive) continue;
      const folded = caseSensitive ? key : key.toLowerCase();
      if (ids.has(folded)) continue; // the first form listed for a text keeps it
      ids.set(folded, f.id);
      texts.push(key);
    }
    if (!texts.length) continue;
    // Longest first, so at any position the alternation takes the longest form that matches there.
    texts.sort((a, b) => b.length - a.length || a.localeCompare(b));
    const body = texts.map(formSource).join('|');
    // Word boundaries are checked on the match rather than in the expression: a look-behind at
    // every position of every paragraph made this scan most of the annotation plugin's time.
    const re = new RegExp(body, caseSensitive ? 'gu' : 'giu');
    scanner.patterns.push({ re, ids });
  }
  scanners.set(forms, scanner);
  return scanner;
}

/**
 * All mentions of the given forms, leftmost-longest and never overlapping: in "UN Security
 * Council" the longer term wins over "UN", as a reader would read it.
 *
 * All forms are searched at once, with one expression per letter-case rule, rather than one
 * expression per form: annotating a thousand briefings then takes seconds less of a site build.
 */
export function findMentions(text: string, forms: TermForm[]): Mention[] {
  const all: Mention[] = [];
  for (const { re, ids } of scannerFor(forms).patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (WORD_CHAR.test(text.charAt(start - 1)) || WORD_CHAR.test(text.charAt(end))) {
        // Inside a longer word: look again from the next character, as the look-behind would.
        re.lastIndex = start + 1;
        continue;
      }
      const key = m[0].replace(/\s+/g, ' ');
      const id = ids.get(re.ignoreCase ? key.toLowerCase() : key);
      if (id !== undefined) all.push({ id, start, end });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const out: Mention[] = [];
  let reached = 0;
  for (const m of all) {
    if (m.start < reached) continue;
    out.push(m);
    reached = m.end;
  }
  return out;
}
