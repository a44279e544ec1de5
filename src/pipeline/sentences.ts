/**
 * Sentence splitting that knows news prose: abbreviations ("U.S.", "Dr.", "Jan."), initials
 * ("Vladimir V. Putin"), decimals, and quotes that close after the full stop.
 */
import { createRequire } from 'node:module';

/** A sentence with its place in the body. */
export interface Sentence {
  text: string;
  /** 0-based index of the body paragraph it is in. */
  paragraph: number;
  /** 0-based position of the sentence within its paragraph. */
  index: number;
}

/** The people finder's title abbreviations ("Dr.", "Cllr.", "Eng."; src/pipeline/figures/data/titles.json), read here too so that both agree. */
const TITLE_FILE = createRequire(import.meta.url)('./figures/data/titles.json') as { abbreviations: Record<string, string | null> };

/**
 * Two-letter initials, one Cyrillic letter in Latin spelling ("Ts. Naranbaatar"): the people
 * finder's list (src/pipeline/figures/data/name-cues.json, digraphInitials), lower-cased.
 */
const DIGRAPH_INITIALS = new Set(
  (createRequire(import.meta.url)('./figures/data/name-cues.json') as { digraphInitials: string[] }).digraphInitials.map((d) => d.toLowerCase()),
);

/** Titles and name parts that stand before a name: "Dr." or "Gen." never ends a sentence; nor do "St." and "Mt." of places. */
const TITLES = new Set([...Object.keys(TITLE_FILE.abbreviations), 'st', 'mt']);

/**
 * Abbreviations that may end a sentence: "U.S." or "Inc." ends one only when the next word is one
 * that usually opens a sentence ("in the U.S. The team…" but "U.S. President…").
 */
const ABBREVIATIONS = new Set(
  (
    'jr sr ft vs etc inc ltd co corp bros dept univ est approx assn ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n u.s.a e.u e.g i.e a.m p.m d.c ph.d b.c a.d'
  ).split(' '),
);

/** Abbreviations that stand before a number: "No. 5", "Nos. 3 and 4", "Rs. 500" (rupees). */
const NUMBER_SIGNS = new Set(['no', 'nos', 'rs']);

/** Words that usually open a sentence, used to tell "in the U.S. The team" from "U.S. President". */
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|In|On|At|But|And|However|Its|His|Her|Their|There|After|Before|When|While|According|Yet|So|Meanwhile|Some|Many|Most|Both|Other|No|Officials|Police)\b/;

/** True when the full stop after `word` (lower-cased, without the stop) is part of it, given what follows. */
function isAbbreviationStop(word: string, next: string): boolean {
  if (TITLES.has(word) || word === 'vs') return true;
  // "No. 5" is a number sign and "Rs. 6.8 billion" a currency's (rupees); "the answer was no." ends a sentence.
  if (NUMBER_SIGNS.has(word)) return /^\d/.test(next);
  if (ABBREVIATIONS.has(word)) return !SENTENCE_OPENERS.test(next);
  // Initials: "Vladimir V. Putin", "J. R. R. Tolkien"; "Ts. Naranbaatar" unless a new sentence opens.
  if (/^\p{L}$/u.test(word)) return /^\p{Lu}/u.test(next);
  if (DIGRAPH_INITIALS.has(word)) return /^\p{Lu}/u.test(next) && !SENTENCE_OPENERS.test(next);
  // Dotted forms not listed ("U.A.E.", "Ph.D."): a stop inside the word marks an abbreviation.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_OPENERS.test(next);
  return false;
}

/** How much of the text after a stop decides whether it ends a sentence (its first word or two). */
const NEXT_CHARS = 40;

/** Hard cap on sentence length, so a text without punctuation cannot make one giant sentence. */
const MAX_SENTENCE_CHARS = 1200;

/** Split one paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[.!?…]+["”’')\]]*(?=\s+|$)/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[0].length;
    // The word before the stop and the start of what follows, found by scanning outwards from the
    // stop: slicing or matching from the sentence start would make a paragraph of a thousand
    // "Mr." cost quadratic time.
    let from = m.index;
    while (from > start && !/\s/.test(paragraph[from - 1]!)) from--;
    const lastWord = paragraph.slice(from, m.index).toLowerCase().replace(/^["“‘'(]+/, '');
    let to = end;
    while (to < paragraph.length && /\s/.test(paragraph[to]!)) to++;
    const next = paragraph.slice(to, to + NEXT_CHARS);
    if (m[0] === '.') {
      const bare = lastWord.replace(/\.$/, '');
      if (isAbbreviationStop(bare, next)) continue;
      if (/^\d+$/.test(lastWord) && /^\d/.test(next)) continue;
    }
    if (next && !/^[\p{Lu}"“‘'(\[\d]/u.test(next)) continue; // lower-case continuation
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.flatMap(capLength).filter(Boolean);
}

function capLength(s: string): string[] {
  if (s.length <= MAX_SENTENCE_CHARS) return [s];
  const parts: string[] = [];
  let rest = s;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const at = cut > 0 ? cut : MAX_SENTENCE_CHARS;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  parts.push(rest.trim());
  return parts;
}

/** Every sentence of a list of paragraphs, in order. */
export function sentencesOf(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((p, paragraph) => splitSentences(p).map((text, index) => ({ text, paragraph, index })));
}
