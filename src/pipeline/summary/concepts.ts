/**
 * What an article is about, as the chance that each of its content words appears in a human
 * summary of it. A logistic model over general clues of news writing: the headline uses the word,
 * the word comes early (news puts its main facts first), the article repeats it, it is a name or
 * a figure, and it is not only ever spoken inside a quotation.
 *
 * The weights were fitted by logistic regression on word-level clues of the 14 Wikinews dev
 * articles with human summaries, and rounded; they name no words. `npm run fit:concepts` refits
 * them, by default on several publishers and genres: GUM's fit part (88 documents: news,
 * interviews, biographies, speeches, court hearings, papers, travel guides; src/eval/gum-split.json)
 * and the project's nine Wikinews held-out articles. That refit (bias -3.76, title 2.31, lead 1.89,
 * early 0.94, soon 0.41, frequency 1.13, name 0.95, figure 0.16, quotedOnly -0.48, detail -0.26,
 * relativeTime -1.32) scores GUM's held-out part 0.349 against 0.339, within what one or two
 * documents' choices move, but the project's held-out news 0.413 against 0.438 and GUM's fit part
 * itself 0.340 against 0.341; so the shipped values stay (docs/summaries.md).
 */
import type { Unit } from './units.ts';
import { contentWords, tokens } from './text.ts';
import { sourcePreambleEnd } from './trimming.ts';
import { weightedSum } from './linear.ts';

/** Log-odds contributions of each clue (each clue is 0 or 1 unless said otherwise). */
export const CONCEPT_CLUES = {
  bias: -3.5,
  /** The headline uses the word. */
  title: 1.6,
  /** First used in the opening unit… */
  lead: 2.2,
  /** …in the second or third… */
  early: 1.5,
  /** …or the fourth to sixth. */
  soon: 0.7,
  /** Per unit of ln(occurrences in the body). */
  frequency: 0.8,
  /** Written capitalised inside a sentence: a name. */
  name: 0.5,
  /** Holds a digit: a count, a score, a date. */
  figure: 0.5,
  /** Appears only inside quotation marks. */
  quotedOnly: -0.4,
  /** First used in a detachable clause (", according to…", ", with…", "According to X, …"): a detail. */
  detail: -0.6,
  /** A time relative to the day of writing ("yesterday", "Tuesday"): summaries give dates instead. */
  relativeTime: -1,
};

/** The clues of one word, by the names of CONCEPT_CLUES (`bias` is always 1). */
export type ConceptClues = Record<keyof typeof CONCEPT_CLUES, number>;

const RELATIVE_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|weekend|ago|recently|currently|now)$/;

/** Words of a text written capitalised anywhere but at its start, lower-cased. */
function capitalisedWords(text: string, into: Set<string>): void {
  for (const raw of text.split(/\s+/).slice(1)) {
    const bare = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    if (/^\p{Lu}/u.test(bare)) for (const t of tokens(bare)) into.add(t);
  }
}

/** The clues of every content word of the article, in order of first use. */
export function conceptClues(units: Unit[], title: string): Map<string, ConceptClues> {
  const first = new Map<string, number>();
  const inDetail = new Set<string>();
  const count = new Map<string, number>();
  const names = new Set<string>();
  const spokenOutside = new Set<string>();
  units.forEach((u, i) => {
    const core = u.trims.length ? u.trims[u.trims.length - 1]! : u.text;
    const main = contentWords(core.slice(sourcePreambleEnd(core)));
    for (const w of u.content) {
      if (first.has(w)) continue;
      first.set(w, i);
      if (!main.has(w)) inDetail.add(w);
    }
    for (const t of u.tokens) count.set(t, (count.get(t) ?? 0) + 1);
    capitalisedWords(u.text, names);
    const outside = u.quoted > 0 ? contentWords(u.text.replace(/“[^”]*”|"[^"]*"/g, ' ')) : u.content;
    for (const w of outside) spokenOutside.add(w);
  });
  const titleWords = contentWords(title);
  const clues = new Map<string, ConceptClues>();
  for (const [w, at] of first) {
    clues.set(w, {
      bias: 1,
      title: titleWords.has(w) ? 1 : 0,
      lead: at === 0 ? 1 : 0,
      early: at >= 1 && at <= 2 ? 1 : 0,
      soon: at >= 3 && at <= 5 ? 1 : 0,
      frequency: Math.log(count.get(w) ?? 1),
      name: names.has(w) ? 1 : 0,
      figure: /\d/.test(w) ? 1 : 0,
      quotedOnly: spokenOutside.has(w) ? 0 : 1,
      detail: inDetail.has(w) ? 1 : 0,
      relativeTime: RELATIVE_TIME.test(w) ? 1 : 0,
    });
  }
  return clues;
}

/** The chance that each content word of the article appears in a human summary of it. */
export function conceptWeights(units: Unit[], title: string, weights: ConceptClues = CONCEPT_CLUES): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, clues] of conceptClues(units, title)) {
    out.set(w, 1 / (1 + Math.exp(-weightedSum(weights, clues))));
  }
  return out;
}
