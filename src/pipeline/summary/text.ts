/**
 * Word-level helpers shared by the summary modules: content words for overlap measures and a word
 * count that matches how readers (and the scorer) count words.
 */
import { foldAccents } from '../../lib/fold.ts';

/** Function words that carry no topic: overlap on them says nothing about what a sentence covers. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about into onto over under ' +
    'after before during since until upon as than then that this these those there here which who whom ' +
    'whose what when where why how is are was were be been being am has have had having do does did done ' +
    'will would shall should can could may might must it its he him his she her hers they them their ' +
    'theirs we us our ours you your yours i me my mine not no also just only very more most some any all ' +
    'each both either neither other such own same too s said says say told according one'
  ).split(' '),
);

/** Whether a word (any case) is an English function word such as "the", "of" or "which". */
export const isFunctionWord = (word: string): boolean => STOPWORDS.has(word.toLowerCase());

/**
 * How likely a function word is to occur in any short English text, by how common it is: the
 * commonest handful almost always, and often more than once; prepositions and auxiliaries
 * sometimes; reporting words ("said", "according") seldom, since summaries rarely attribute.
 */
const COMMON = new Set('the of a and in to'.split(' '));
const FREQUENT = new Set('on at by from for with as an was were is has after when'.split(' '));

/** Chance that one use of function word `w` (its `nth` use, from 1) is matched in a short summary. */
export function functionWordChance(w: string, nth: number): number {
  if (COMMON.has(w)) return nth <= 2 ? 0.8 : nth === 3 ? 0.4 : 0;
  if (FREQUENT.has(w)) return nth === 1 ? 0.3 : 0;
  return nth === 1 ? 0.05 : 0;
}

/** Lower-cased word tokens (letters and digits), the way ROUGE-style measures see text. */
export function tokens(text: string): string[] {
  // Accents are folded as the scorer folds them.
  return foldAccents(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The number of words in a text. */
export function wordCount(text: string): number {
  return tokens(text).length;
}

/** The distinct topic-bearing words among tokens. */
export function contentOf(words: string[]): Set<string> {
  return new Set(words.filter((w) => w.length > 1 && !STOPWORDS.has(w)));
}

/** The distinct topic-bearing words of a text. */
export function contentWords(text: string): Set<string> {
  return contentOf(tokens(text));
}
