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

const cache = new Map<string, RegExp>();

/** A regular expression for a form as a whole word; spaces match any run of white space. */
function formPattern(form: TermForm): RegExp {
  const key = `${form.caseSensitive ? 's' : 'i'}:${form.text}`;
  let re = cache.get(key);
  if (!re) {
    const body = form.text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    // A form ending in "." ("U.S.") may sit at the end of a sentence; otherwise no letter may follow.
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, form.caseSensitive ? 'gu' : 'giu');
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * All mentions of the given forms, leftmost-longest and never overlapping: in "UN Security
 * Council" the longer term wins over "UN", as a reader would read it.
 */
export function findMentions(text: string, forms: TermForm[]): Mention[] {
  const all: Mention[] = [];
  for (const f of forms) {
    if (!f.text.trim()) continue;
    for (const m of text.matchAll(formPattern(f))) all.push({ id: f.id, start: m.index, end: m.index + m[0].length });
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
