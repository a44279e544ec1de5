/**
 * Candidate units for the summary and key points: a body sentence, or a run of sentences that one
 * quotation spans (so a quote is never cut mid-way), with the facts later stages need about it.
 */
import type { Article } from '../article.ts';
import { definiteSubject, hasBackReference, hasDanglingOpener } from './dangling.ts';
import { concatBalance, quoteBalance, quotedShare } from './quotes.ts';
import { contentOf, contentWords, tokens, wordCount } from './text.ts';
import { clauseTrims } from './trimming.ts';
import { pointsForward } from './incomplete.ts';
import { isBareLabel, speakerLabelEnd, transcriptTurns } from './structure.ts';

/** A selectable stretch of the body. */
export interface Unit {
  /** The text as it stands in the body (sentences joined by one space). */
  text: string;
  /** 0-based body paragraph. */
  paragraph: number;
  /** 0-based position of the unit's first sentence in the article's sentence list. */
  order: number;
  /** 0-based position of its last sentence (the same as `order` for a single sentence). */
  end: number;
  /** 0-based rank among the article's usable units, by position in the body. */
  rank: number;
  words: number;
  /** Its word tokens, lower-cased, in order. */
  tokens: string[];
  content: Set<string>;
  /** The unit leans on an earlier sentence: its opener ("He said…", "However,…") or a "this…" within. */
  dangling: boolean;
  /** It announces what a later sentence says ("…certain of two things.", "…the following."). */
  forward: boolean;
  /** Share of its words inside quotation marks. */
  quoted: number;
  /**
   * The words of an opening "The …" subject whose noun an earlier sentence introduced ("The
   * database was unveiled…" after "…the NEMISIS database…"): the unit needs a sentence using one
   * of them before it. A subject the headline names needs nothing, as the headline is always shown.
   */
  antecedent?: string[];
  /** Its shorter readings, cut before trailing clauses, longest first (see trimming.ts). */
  trims: string[];
}

/** Shortest unit worth reading on its own: below this a "sentence" is a caption or a heading. */
const MIN_WORDS = 7;
/** Longest unit considered: longer ones are lists or run-on text even when trimmed. */
const MAX_WORDS = 80;

/** A quotation running over more sentences than this is a speech, not a unit to select. */
const MAX_QUOTE_SENTENCES = 4;

/** A complete sentence ends in terminal punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!…]["”’')\]]*$/u;

/**
 * A leading dateline the cleaner left in the first paragraph ("Evansville, Indiana, United States -
 * This past week…"): capitalised place words, then a dash. Returns the offset where the prose starts.
 */
export function datelineEnd(text: string): number {
  const m = /^(?:\p{Lu}[\p{L}.'’]*(?:,?\s+(?:\p{Lu}[\p{L}.'’]*|\(\p{Lu}+\)))*)\s+[-–—]\s+(?=\p{Lu})/u.exec(text);
  // "North Korea – South Korea talks resumed" is a sentence: a dateline names a place with its
  // region ("Evansville, Indiana") or is set in capitals ("MOSCOW").
  if (!m || wordCount(m[0]) > 8 || !(m[0].includes(',') || /^\p{Lu}{2,}\b/u.test(m[0]))) return 0;
  return m[0].length;
}

/** Split the article into units, in body order, dropping fragments that cannot stand as prose. */
export function buildUnits(article: Article): Unit[] {
  const units: Unit[] = [];
  const sents = article.sentences;
  const balances = sents.map((s) => quoteBalance(s.text));
  const headline = contentWords(article.title);
  // Content words of the sentences before a unit: what a definite subject may point back to. Read
  // only as far as a unit with such a subject needs, so an article without one pays nothing.
  const said = new Set<string>();
  let saidUpTo = 0;
  const saidBefore = (order: number, word: string) => {
    for (; saidUpTo < order; saidUpTo++) for (const w of contentWords(sents[saidUpTo]!.text)) said.add(w);
    return said.has(word);
  };
  // A transcript's turns open with the speaker's label: a bare "Q:" or "A:" is layout, not words,
  // and the host's opening turn, when it opens the text, is read as the introduction it is.
  const turns = new Set(transcriptTurns(article.paragraphs) ?? []);
  const labelEnd = (paragraph: number, text: string) => {
    if (!turns.has(paragraph)) return 0;
    const end = speakerLabelEnd(text);
    return isBareLabel(text.slice(0, end)) || paragraph === 0 ? end : 0;
  };
  let i = 0;
  while (i < sents.length) {
    const first = sents[i]!;
    let balance = balances[i]!;
    let j = i;
    // Extend across the sentences one quotation spans, within the paragraph. Balances compose, so
    // a quote left open over a long paragraph costs one pass, not one per sentence.
    while ((balance.open > 0 || balance.straight) && sents[j + 1]?.paragraph === first.paragraph) {
      j++;
      balance = concatBalance(balance, balances[j]!);
    }
    const order = i;
    i = j + 1;
    if (balance.open > 0 || balance.stray > 0 || balance.straight || j - order > MAX_QUOTE_SENTENCES) continue;
    let text = sents.slice(order, j + 1).map((s) => s.text).join(' ');
    if (first.paragraph === 0 && first.index === 0) text = text.slice(datelineEnd(text));
    if (first.index === 0) text = text.slice(labelEnd(first.paragraph, text));
    const toks = tokens(text);
    const words = toks.length;
    if (words < MIN_WORDS || words > MAX_WORDS || !ENDS_SENTENCE.test(text)) continue;
    const subject = definiteSubject(text);
    units.push({
      text,
      paragraph: first.paragraph,
      order,
      end: j,
      rank: units.length,
      words,
      tokens: toks,
      content: contentOf(toks),
      dangling: hasDanglingOpener(text) || hasBackReference(text),
      forward: pointsForward(text),
      quoted: quotedShare(text),
      antecedent: subject && !subject.some((w) => headline.has(w)) && saidBefore(order, subject.at(-1)!) ? subject : undefined,
      trims: clauseTrims(text),
    });
  }
  return units;
}
