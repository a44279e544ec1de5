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

/** A letter or digit: a mention may not start or end inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The ASCII characters as strings, their lower-case forms, and which are letters or digits, looked
 * up rather than made: the scan visits every character of every body the site renders.
 */
const ASCII = Array.from({ length: 128 }, (_, unit) => String.fromCharCode(unit));
const ASCII_LOWER = ASCII.map((ch) => ch.toLowerCase());
const ASCII_WORD = Uint8Array.from(ASCII, (ch) => (WORD_CHAR.test(ch) ? 1 : 0));

/** Whether the code unit at `i` is a letter or digit (false outside the text), as WORD_CHAR reads it. */
function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  return unit < 128 ? ASCII_WORD[unit] === 1 : WORD_CHAR.test(text.charAt(i));
}

/** White space as `\s` reads it: a run of it in the text matches one space in a form. */
const isSpace = (unit: number) =>
  unit === 32 || (unit >= 9 && unit <= 13) || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
  unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;

/** A form as the scanner reads it: one step per character, lower-cased if letter case is ignored, " " for any white space. */
interface ScanForm {
  id: string;
  steps: string[];
}

/**
 * The forms of one list, by their first character: those matched letter for letter, and those
 * with letter case folded. A text is read once, and at each position where a word may start only
 * the few forms that begin with its character are tried: a regular expression of all forms with
 * Unicode case folding spent about 1.4 ms a briefing (docs/scaling.md), and a trie of the forms,
 * a map for each character, cost more to build than a briefing's search through it.
 */
interface Scanner {
  exact: Map<string, ScanForm[]>;
  folded: Map<string, ScanForm[]>;
  /** For each ASCII code unit, whether some form can start with it (non-ASCII is always tried). */
  startsAscii: Uint8Array;
}

/** Scanners are built once per list of forms (a briefing's forms serve every paragraph of it). */
const scanners = new WeakMap<TermForm[], Scanner>();

function scannerFor(forms: TermForm[]): Scanner {
  let scanner = scanners.get(forms);
  if (scanner) return scanner;
  scanner = { exact: new Map(), folded: new Map(), startsAscii: new Uint8Array(128) };
  const listed = new Set<string>();
  for (const f of forms) {
    const fold = !f.caseSensitive;
    // One step per character (code point); the form's white space becomes one " " between words.
    const steps = [...f.text.trim().replace(/\s+/g, ' ')].map((ch) => (fold ? ch.toLowerCase() : ch));
    const key = `${fold ? 'f' : 'e'}${steps.join('')}`;
    if (!steps.length || listed.has(key)) continue; // the first form listed for a text keeps it
    listed.add(key);
    const byFirst = fold ? scanner.folded : scanner.exact;
    const bucket = byFirst.get(steps[0]!);
    if (bucket) bucket.push({ id: f.id, steps });
    else byFirst.set(steps[0]!, [{ id: f.id, steps }]);
  }
  for (let unit = 0; unit < 128; unit++)
    scanner.startsAscii[unit] = scanner.exact.has(ASCII[unit]!) || scanner.folded.has(ASCII_LOWER[unit]!) ? 1 : 0;
  scanners.set(forms, scanner);
  return scanner;
}

/** Where `steps` ends if it is written at `start` of `text` (a run of white space for each " "), else -1. */
function endOf(text: string, start: number, steps: readonly string[], fold: boolean): number {
  let i = start;
  for (const step of steps) {
    if (i >= text.length) return -1;
    const unit = text.charCodeAt(i);
    if (isSpace(unit)) {
      if (step !== ' ') return -1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else {
      if (stepAt(text, i, fold) !== step) return -1;
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }
  return i;
}

/**
 * The longest of `forms` that starts at `start` and ends where a word may end, as the end offset
 * and the entry's id.
 */
function longestAt(text: string, start: number, forms: readonly ScanForm[] | undefined, fold: boolean): { end: number; id: string } | undefined {
  if (!forms) return undefined;
  let best: { end: number; id: string } | undefined;
  for (const form of forms) {
    const end = endOf(text, start, form.steps, fold);
    if (end > (best?.end ?? start) && !wordCharAt(text, end)) best = { end, id: form.id };
  }
  return best;
}

/** The character of `text` at `i` (a whole code point) as a form's step, lower-cased when `fold`. */
function stepAt(text: string, i: number, fold: boolean): string {
  const unit = text.charCodeAt(i);
  if (unit < 128) return fold ? ASCII_LOWER[unit]! : ASCII[unit]!;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return fold ? ch.toLowerCase() : ch;
}

/**
 * All mentions of the given forms, leftmost-longest and never overlapping: in "UN Security
 * Council" the longer term wins over "UN", as a reader would read it.
 *
 * At each place a word may start, the longest form that also ends where a word may end is taken
 * ("New York" in "New York Timesville" when "New York Times" is a form too); forms that match
 * letter case and forms that ignore it are read together.
 */
export function findMentions(text: string, forms: TermForm[]): Mention[] {
  const { exact, folded, startsAscii } = scannerFor(forms);
  const all: Mention[] = [];
  for (let start = 0; start < text.length; start++) {
    const unit = text.charCodeAt(start);
    if (unit < 128 && !startsAscii[unit]) continue;
    if (wordCharAt(text, start - 1)) continue;
    const sameCase = longestAt(text, start, exact.get(stepAt(text, start, false)), false);
    if (sameCase) all.push({ id: sameCase.id, start, end: sameCase.end });
    const anyCase = longestAt(text, start, folded.get(stepAt(text, start, true)), true);
    if (anyCase) all.push({ id: anyCase.id, start, end: anyCase.end });
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
