/**
 * Tokens of a paragraph for the people finder: words (with initials, abbreviations, hyphens and
 * possessives kept whole) and single punctuation marks, each with its character offsets.
 */
import { DEGREE_ABBREVIATIONS, DIGRAPH_INITIALS, GIVEN_NAME_ABBREVIATIONS, HONORIFICS, NAME_PARTICLES, TITLE_ABBREVIATIONS, isFirstName, isGivenName, isRoleWord } from './lexicon.ts';

/** One token of a paragraph. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to a punctuation mark. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** First word of a sentence (after . ! ? : an opening quote, or the paragraph start). */
  sentenceStart: boolean;
}

// Order matters: initials and dotted abbreviations ("K.C.", "U.S.", "V.") before plain words.
// An initial is a capital and a full stop before a capitalised word, or before one or two of a
// family name's lower-case particles and a capitalised word ("M. H. de Silva", "J. van der Merwe";
// nameParticles in data/name-cues.json).
const PARTICLE = [...NAME_PARTICLES].join('|');
// Not before a word that opens sentences and is never a name ("simply as Mr P. The 71-year-old").
const SENTENCE_OPENERS = 'The|An?|He|She|It|They|We|His|Her|Its|Their|This|That|These|Those|But|And|In|On|At|After|When|Since';
// A given name written short ("Ma. Lourdes Villanueva"; data/name-cues.json givenNameAbbreviations)
// is one word with its full stop, before a capitalised word, as an initial is — not after a
// capitalised word, where it is a family name ending the sentence ("said Jack Ma. Lourdes …").
const GIVEN_SHORT = GIVEN_NAME_ABBREVIATIONS.join('|');
// A father's initial of two letters, as Mongolian papers write it ("Ts. Naranbaatar"; data/name-cues.json
// digraphInitials), is an initial too; so is an initial written against the name with no space
// ("D.Ganbold", "S.Bayarmaa"), the same papers' other habit.
const DIGRAPHS = DIGRAPH_INITIALS.join('|');
// Not a degree written so ("M.Sc", "S.Kom"; data/name-cues.json degreeAbbreviations).
const DEGREES = DEGREE_ABBREVIATIONS.join('|');
// A number with a decimal point ("63.5kg", "1.5 million") is one token, so its point ends no sentence.
// Khoekhoe and San names written with the click letter "!" ("Petrus !Gaseb", "!Naruseb"): a "!"
// after a space and before a capitalised word is the word's first letter, not an exclamation.
// A courtesy title written short with a slash ("W/ro Tigist Asmare", Ethiopian papers' Woizero;
// data/titles.json honorifics) is one word, capitalised, before a capitalised word.
const SLASHED_TITLES = [...HONORIFICS].filter((h) => h.includes('/')).map((h) => h[0]!.toUpperCase() + h.slice(1).replace('/', '\\/'));
const SLASHED = SLASHED_TITLES.length ? `(?:${SLASHED_TITLES.join('|')})(?=\\s+\\p{Lu})|` : '';
const TOKEN_RE = new RegExp(
  `${SLASHED}(?:\\p{L}\\.){2,}|\\b(?=(?:${GIVEN_SHORT})\\.\\s)(?<!\\p{Lu}[\\p{L}\\p{M}]*\\s)(?:${GIVEN_SHORT})\\.(?=\\s+(?!(?:${SENTENCE_OPENERS})\\b)\\p{Lu}\\p{Ll})|(?:\\p{Lu}|\\b(?:${DIGRAPHS}))\\.(?=(?:\\s+|(?!(?:${DEGREES})\\b))(?!(?:${SENTENCE_OPENERS})\\b(?!\\.))(?:\\p{Lu}|(?:${PARTICLE})\\s+(?:(?:${PARTICLE})\\s+)?\\p{Lu}))|\\p{N}+(?:\\.\\p{N}+)+\\p{L}*|(?:(?<!\\S)!(?=\\p{Lu}\\p{Ll}))?[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]`,
  'gu',
);

const OPENERS = new Set(['"', '“', '‘', '(', '[', '«', ':']);

/**
 * Words that open a sentence after a lower-case dotted abbreviation, whose full stop may end the
 * sentence too ("at about 6 a.m. She has been …"): pronouns and determiners, which a name or a
 * title after "a.m." or "e.g." would not be.
 */
const OPENERS_AFTER_ABBREVIATION = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'a', 'an']);

/** Does token i end a sentence: . ! ? — but not the full stop after "Mr." or an initial? */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[.!?…]+$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (t.text === '.' && prev && (TITLE_ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text))) return false;
  return true;
}

/** The first token of the sentence that token i is in. */
export function sentenceStartAt(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !tokens[k]!.sentenceStart) k--;
  return k;
}

const GIVEN_SHORT_SET = new Set(GIVEN_NAME_ABBREVIATIONS);

/**
 * "Chief Finance Officer Ma. Cristina Sian-Ledesma": a given name written short after a capitalised
 * title (which TOKEN_RE leaves apart, as after a family name) is the name's first word; the full
 * stop `stop` is its own when a capitalised word follows, and the title before it is a post.
 */
function shortGivenAfterTitle(text: string, out: readonly Token[], stop: RegExpExecArray): boolean {
  const name = out.at(-1);
  const title = out.at(-2);
  return stop[0] === '.' && !!name && name.end === stop.index && GIVEN_SHORT_SET.has(name.text) && !!title?.cap && isRoleWord(title.text) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(stop.index + 1, stop.index + 4));
}

// An editor's insertion of a name's first words into a quotation ("[Phil] Gramm", "[George H. W.]
// Bush"): one to four capitalised words or initials in brackets before a capitalised word.
const BRACKETED_WORDS = /\[(\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\.?){0,3})\](?=\s+\p{Lu})/gu;

/**
 * The paragraph with the brackets of an editor's inserted given names or initials read as spaces,
 * so that "[George H. W.] Bush" is tokenised as "George H. W. Bush" is, at the same offsets. Only
 * given names and initials: "[Applause] With" and "[Interview] Busan" are a transcript's stage
 * direction and a paper's label, no part of a name.
 */
export function withoutNameBrackets(text: string): string {
  if (!text.includes('[')) return text;
  const namePart = (w: string) => /^\p{Lu}\.?$/u.test(w) || isGivenName(w) || isFirstName(w);
  return text.replace(BRACKETED_WORDS, (whole, inner: string) => (inner.split(/\s+/).every(namePart) ? ` ${inner} ` : whole));
}

/** Split a paragraph into tokens. */
export function tokenize(paragraph: string): Token[] {
  const text = withoutNameBrackets(paragraph);
  const out: Token[] = [];
  let atStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    if (shortGivenAfterTitle(text, out, m)) {
      const name = out.at(-1)!;
      name.text += '.';
      name.end++;
      continue;
    }
    const word = /[\p{L}\p{N}]/u.test(t);
    const prev = out.at(-1);
    const cap = /^!?\p{Lu}/u.test(t);
    const afterAbbreviation = !!prev && /^(?:\p{Ll}\.){2,}$/u.test(prev.text) && cap && OPENERS_AFTER_ABBREVIATION.has(t.toLowerCase());
    const tok: Token = {
      text: t,
      start: m.index!,
      end: m.index! + t.length,
      word,
      cap,
      sentenceStart: word && (atStart || afterAbbreviation),
    };
    out.push(tok);
    if (word) atStart = false;
    else if (t === '.' && prev?.word && prev.end === tok.start && TITLE_ABBREVIATIONS.has(prev.text.toLowerCase())) continue;
    else if (/[.!?…]/.test(t) || OPENERS.has(t)) atStart = true;
  }
  return out;
}

/**
 * The last token of the run of capitalised words from token `i` on: where a name read there ends.
 * With `particles`, a name's lower-case particles inside the run are its words too, as in
 * `capitalRunStart`.
 */
export function capitalRunEnd(tokens: readonly Token[], i: number, particles = false): number {
  while (tokens[i + 1]?.word && (tokens[i + 1]!.cap || (particles && NAME_PARTICLES.has(tokens[i + 1]!.text.toLowerCase())))) i++;
  return i;
}

/**
 * The first token of the run of capitalised words that holds token `i`: where a name read there
 * starts. With `particles`, a name's lower-case particles inside the run are its words too
 * ("Carolina Ferreira da Silva").
 */
export function capitalRunStart(tokens: readonly Token[], i: number, particles = false): number {
  while (i > 0 && tokens[i - 1]!.word && (tokens[i - 1]!.cap || (particles && NAME_PARTICLES.has(tokens[i - 1]!.text.toLowerCase())))) i--;
  return i;
}

/**
 * The token after an aside set off by commas that opens at token `k` ("Kjærgaard, who also
 * supervises the Saturday sessions, told …"): the one after its closing comma, at most `max` tokens
 * on and in the same sentence; `k` itself when no comma opens there; -1 when the aside does not
 * close in time.
 */
export function pastAside(tokens: readonly Token[], k: number, max = 12): number {
  if (tokens[k]?.text !== ',') return k;
  for (let i = k + 1; i < tokens.length && i - k <= max; i++) {
    if (tokens[i]!.text === ',') return i + 1;
    if (endsSentence(tokens, i)) return -1;
  }
  return -1;
}

/** Do the tokens from `from` on spell `phrase` (lower-case words: "we spoke to", "a line from")? */
export function wordsAt(tokens: readonly Token[], from: number, phrase: readonly string[]): boolean {
  return from >= 0 && phrase.every((w, i) => tokens[from + i]?.text.toLowerCase() === w);
}

/** Is token `i` the full stop of an abbreviated title ("Mr." in "Mr. Toccafondi")? */
export function isTitleStop(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === '.' && TITLE_ABBREVIATIONS.has(tokens[i - 1]?.text.toLowerCase() ?? '');
}

/** The index of the token before the name starting at `first`, past one comma ("landlady Kerry-Ann", "her son, Andrei"). */
export function indexBeforeName(tokens: readonly Token[], first: number): number {
  return tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
}

/** The token before the name starting at `first`, past one comma (indexBeforeName). */
export function wordBeforeName(tokens: readonly Token[], first: number): Token | undefined {
  return tokens[indexBeforeName(tokens, first)];
}

/** "Tunisia's" → "Tunisia"; other words unchanged. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

/** Does the word end in a possessive ("Putin's", "Waters'")? */
export const isPossessive = (word: string) => /['’]s$/u.test(word);
