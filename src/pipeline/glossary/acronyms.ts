/**
 * Acronyms an article defines itself, found in two ways:
 *
 * - parenthetical, after Schwartz & Hearst (2003), in both orders: "Commonwealth of Independent
 *   States (CIS)" and "CIS (Commonwealth of Independent States)";
 * - implicit: an all-capitals token ("KPA") whose letters are exactly the initials of a
 *   capitalised name used elsewhere in the same article ("Korean People's Army").
 *
 * Both are tuned for precision: a wrong pair would put a wrong definition on the page, while a
 * missed pair only leaves a term unexplained.
 */

/** An acronym and the long form the article gives for it. */
export interface DefinedAcronym {
  short: string;
  long: string;
  how: 'parenthetical' | 'implicit';
}

/** Small words a name may contain without contributing a letter ("Commonwealth of Independent States"). */
const FUNCTION_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'y', 'del', 'di', '&']);

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c);

/**
 * Does a token look like an acronym? It starts with a capital, has at least two capitals (or one
 * and digits), and no more lower-case letters than capitals: "CIS", "IE9", "G20", "U.S.", "VoIP",
 * but not "Al-Haram".
 */
export function looksLikeAcronym(token: string): boolean {
  if (token.length < 2 || token.length > 12 || !isUpper(token[0])) return false;
  if (!/^[\p{L}\p{N}.&-]+$/u.test(token)) return false;
  const letters = [...token].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter(isUpper).length;
  // "G20": one capital with digits and no lower case is an acronym too.
  if (upper === 1 && letters.length === 1) return /\d/.test(token);
  return upper >= 2 && upper >= letters.length - upper;
}

/** Letters and digits of a short form, lower-cased, in order. */
const shortChars = (short: string) => [...short.toLowerCase()].filter(isAlnum);

/**
 * Schwartz–Hearst's best long form: walk the short form right to left and find each character in
 * the candidate, also right to left; the first character must start a word. Returns the shortest
 * suffix of `candidate` that holds the short form this way, or undefined.
 */
export function bestLongForm(short: string, candidate: string): string | undefined {
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!isAlnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && isAlnum(l[li - 1])))) li--;
    if (li < 0) return undefined;
    li--;
    si--;
  }
  const start = l.lastIndexOf(' ', li) + 1;
  return candidate.slice(start);
}

/** Words of a long form, with the punctuation around them removed. */
const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/**
 * How many characters of the short form can be matched, in order, to initials of the long form's
 * words. Schwartz–Hearst alone accepts "agency (AA)"; asking for two initials rejects it.
 */
function initialsMatched(short: string, long: string): number {
  const chars = shortChars(short).join('');
  let k = 0;
  for (const w of wordsOf(long).map((x) => x.toLowerCase())) {
    if (k >= chars.length) break;
    // A number in the name gives its digits ("Internet Explorer 9" for "IE9").
    if (/^\d+$/.test(w)) {
      if (chars.startsWith(w, k)) k += w.length;
    } else if (w.startsWith(chars[k])) k++;
  }
  return k;
}

/** The checks every parenthetical pair must pass beyond the character walk. */
function plausiblePair(short: string, long: string): boolean {
  const n = shortChars(short).length;
  const words = wordsOf(long);
  if (long.length <= short.length || words.length === 0) return false;
  if (words.length > Math.min(n + 5, n * 2)) return false;
  if (FUNCTION_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  if (words.some((w) => w === short)) return false;
  return initialsMatched(short, long) >= Math.min(n, 2);
}

/** How far before a parenthesis its long form is looked for, in characters. */
const CLAUSE_CHARS = 400;

/** Text before a parenthesis, back to the start of its clause: a definition never crosses a sentence. */
function clauseBefore(text: string, end: number): string {
  // A long form is a few words: the last few hundred characters hold it, and reading no further
  // keeps a paragraph of thousands of brackets linear.
  const before = text.slice(Math.max(0, end - CLAUSE_CHARS), end);
  const cut = Math.max(...['. ', '! ', '? ', '; ', ': ', ')', '(', '\u201c', '\u201d', '"'].map((p) => before.lastIndexOf(p)));
  return before.slice(cut < 0 ? 0 : cut + 1).trim();
}

/** Parenthetical definitions in one paragraph, in text order. */
export function findParenthetical(text: string): DefinedAcronym[] {
  const out: DefinedAcronym[] = [];
  for (const m of text.matchAll(/\(([^()]{1,200})\)/g)) {
    const inner = m[1].split(/[;,]/)[0].trim();
    const before = clauseBefore(text, m.index);
    const innerWords = inner.split(/\s+/);
    if (innerWords.length <= 2 && inner.length <= 10 && looksLikeAcronym(innerWords.join(''))) {
      // long form (SHORT)
      const n = shortChars(inner).length;
      const candidate = before.split(/\s+/).slice(-Math.min(n + 5, n * 2)).join(' ');
      const long = candidate ? bestLongForm(inner, candidate) : undefined;
      if (long && plausiblePair(inner, long)) out.push({ short: inner, long: tidy(long), how: 'parenthetical' });
      continue;
    }
    // SHORT … (long form): the acronym is one of the last three words before the parenthesis.
    const near = before.split(/\s+/).slice(-3).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''));
    for (let i = near.length - 1; i >= 0; i--) {
      const short = near[i];
      if (!looksLikeAcronym(short)) continue;
      const long = bestLongForm(short, inner);
      // The whole parenthesis must be the long form, so "(see the UN report)" is not a definition.
      if (long && tidy(long) === tidy(inner) && plausiblePair(short, long)) out.push({ short, long: tidy(long), how: 'parenthetical' });
      else if (translatedName(short, inner)) out.push({ short, long: tidy(inner), how: 'parenthetical' });
      break;
    }
  }
  return out;
}

/**
 * "CEI (Italian Episcopal Conference)": a name given in English for an acronym of another
 * language, whose word order differs (Conferenza Episcopale Italiana). Accepted only when the
 * parenthesis is nothing but capitalised words, one per letter of an all-letter acronym of three
 * or more, and their initials are exactly the acronym's letters in some order.
 */
function translatedName(short: string, inner: string): boolean {
  const letters = shortChars(short);
  if (letters.length < 3 || letters.some((c) => !/\p{L}/u.test(c))) return false;
  const words = wordsOf(inner).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length !== letters.length || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return words.map((w) => w[0]!.toLowerCase()).sort().join('') === [...letters].sort().join('');
}

/** Trim a long form of surrounding punctuation and quotes. */
function tidy(long: string): string {
  return long.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\s+/g, ' ');
}

interface Token {
  word: string;
  /** Offset of the word in the paragraph. */
  at: number;
  /** True when punctuation after the word ends a name (",", ".", ":"), possessives excepted. */
  breakAfter: boolean;
  possessive: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[^\p{L}\p{N}&]*/u.exec(raw)![0].length;
    let word = raw.slice(lead).replace(/[^\p{L}\p{N}]+$/u, '');
    const trail = raw.slice(lead + word.length);
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    if (!word) continue;
    out.push({ word, at: m.index + lead, breakAfter: /[.,;:!?)"”]/.test(trail), possessive });
  }
  return out;
}

const capitalised = (w: string) => isUpper(w[0]) && !FUNCTION_WORDS.has(w.toLowerCase()) && !/^(the|a|an)$/i.test(w);

/**
 * Implicit definitions: each acronym token of the article whose letters are the initials of a
 * capitalised name found in the article. The name must be whole (no capitalised word directly
 * before it, none after it even across "of"/"the"), so "Internet Explorer 6 Countdown" does not
 * define "IE6" and "Under Secretary of State" does not define "US".
 */
export function findImplicit(paragraphs: string[], already: Set<string>): DefinedAcronym[] {
  const docs = paragraphs.map((p) => ({ text: p, tokens: tokenize(p) }));
  const shorts: string[] = [];
  for (const d of docs)
    for (const t of d.tokens) {
      const short = t.word;
      if (/^\p{Lu}{2,6}\d{0,2}$/u.test(short) && !already.has(short) && !shorts.includes(short)) shorts.push(short);
    }
  const out: DefinedAcronym[] = [];
  for (const short of shorts) {
    const letters = short.replace(/\d+$/, '');
    const digits = short.slice(letters.length);
    const long = findName(docs, letters, digits);
    if (long) out.push({ short, long, how: 'implicit' });
  }
  return out;
}

/** Words that may link the parts of one name ("Bank of England", "University of Sheffield of the UK"). */
const LINKING_WORDS = new Set(['of', 'and', 'for', 'the', '&', 'de', 'du', 'des', 'del', 'di', 'y']);

/**
 * Does the name go on after token `end`? "Under Secretary" is part of "Under Secretary of State",
 * so it names nothing by itself. Place words ("at", "in") end a name: "University of North
 * Carolina at Greensboro" still contains "University of North Carolina".
 */
function continuesAfter(tokens: Token[], end: number): boolean {
  if (tokens[end].breakAfter || tokens[end].possessive) return false;
  let j = end + 1;
  while (j < tokens.length && LINKING_WORDS.has(tokens[j].word) && !tokens[j].breakAfter) j++;
  return j < tokens.length && capitalised(tokens[j].word);
}

function findName(docs: { text: string; tokens: Token[] }[], letters: string, digits: string): string | undefined {
  for (const { text, tokens } of docs) {
    for (let i = 0; i < tokens.length; i++) {
      const prev = tokens[i - 1];
      if (prev && !prev.breakAfter && !prev.possessive && capitalised(prev.word)) continue;
      let k = 0;
      let j = i;
      let last = -1;
      while (j < tokens.length && k < letters.length) {
        const t = tokens[j];
        if (capitalised(t.word) && t.word[0] === letters[k] && t.word !== letters) {
          k++;
          last = j;
        } else if (!(k > 0 && FUNCTION_WORDS.has(t.word))) break;
        // Punctuation ends a name; a possessive inside one does not ("Korean People's Army").
        if (t.breakAfter) break;
        j++;
      }
      if (k < letters.length || last < 0) continue;
      let end = last;
      if (digits) {
        const d = tokens[last + 1];
        if (!d || d.word !== digits || tokens[last].breakAfter) continue;
        end = last + 1;
      }
      if (continuesAfter(tokens, end)) continue;
      // Two letters fit many names by chance: ask for the acronym in the same paragraph too.
      if (letters.length + digits.length <= 2 && !tokens.some((t) => t.word === letters + digits)) continue;
      const from = tokens[i].at;
      const to = tokens[end].at + tokens[end].word.length;
      return text.slice(from, to);
    }
  }
  return undefined;
}

/**
 * Every acronym the article defines, parenthetical definitions first (they are explicit), each
 * short form once, in order of appearance.
 */
export function detectAcronyms(paragraphs: string[]): DefinedAcronym[] {
  const found: DefinedAcronym[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs)
    for (const a of findParenthetical(p))
      if (!seen.has(a.short)) {
        seen.add(a.short);
        found.push(a);
      }
  for (const a of findImplicit(paragraphs, seen)) {
    seen.add(a.short);
    found.push(a);
  }
  return found;
}
