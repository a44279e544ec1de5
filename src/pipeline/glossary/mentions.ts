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

/** One step of a form: a character (lower-cased in the trie of forms that ignore case), or " " for any white space. */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** The entry whose form ends here. */
  id?: string;
}

/**
 * The forms of one list as two tries, one matched letter for letter and one with letter case
 * folded. A text is walked once, from each position where a word may start, instead of trying
 * every form there: a regular expression of all forms with Unicode case folding spent about 1.4 ms
 * a briefing, the largest single cost of annotating bodies (docs/scaling.md).
 */
interface Scanner {
  exact: TrieNode;
  folded: TrieNode;
  /** For each ASCII code unit, whether some form can start with it (non-ASCII is always tried). */
  startsAscii: Uint8Array;
}

/** Scanners are built once per list of forms (a briefing's forms serve every paragraph of it). */
const scanners = new WeakMap<TermForm[], Scanner>();

function insert(root: TrieNode, text: string, fold: boolean, id: string): void {
  let node = root;
  // One step per character (code point); the text's white space is already one " " between words.
  for (const ch of text) {
    const step = fold ? ch.toLowerCase() : ch;
    let child = node.next.get(step);
    if (!child) node.next.set(step, (child = { next: new Map() }));
    node = child;
  }
  node.id ??= id; // the first form listed for a text keeps it
}

function scannerFor(forms: TermForm[]): Scanner {
  let scanner = scanners.get(forms);
  if (scanner) return scanner;
  scanner = { exact: { next: new Map() }, folded: { next: new Map() }, startsAscii: new Uint8Array(128) };
  for (const f of forms) {
    const key = f.text.trim().replace(/\s+/g, ' ');
    if (!key) continue;
    insert(f.caseSensitive ? scanner.exact : scanner.folded, key, !f.caseSensitive, f.id);
  }
  for (let unit = 0; unit < 128; unit++) {
    const ch = String.fromCharCode(unit);
    scanner.startsAscii[unit] = scanner.exact.next.has(ch) || scanner.folded.next.has(ch.toLowerCase()) ? 1 : 0;
  }
  scanners.set(forms, scanner);
  return scanner;
}

/**
 * The longest form of `root` that starts at `start` and ends where a word may end, as the end
 * offset and the entry's id.
 */
function longestAt(text: string, start: number, root: TrieNode, fold: boolean): { end: number; id: string } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; id: string } | undefined;
  let i = start;
  while (node && i < text.length) {
    const unit = text.charCodeAt(i);
    if (isSpace(unit)) {
      node = node.next.get(' ');
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else if (unit < 128) {
      node = node.next.get(fold ? ASCII_LOWER[unit]! : ASCII[unit]!);
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      node = node.next.get(fold ? ch.toLowerCase() : ch);
      i += ch.length;
    }
    if (node?.id !== undefined && !wordCharAt(text, i)) best = { end: i, id: node.id };
  }
  return best;
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
    const sameCase = longestAt(text, start, exact, false);
    if (sameCase) all.push({ id: sameCase.id, start, end: sameCase.end });
    const anyCase = longestAt(text, start, folded, true);
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
