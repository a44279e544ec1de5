/**
 * The summaries the stage weighs: one or two of the best-scoring units or their clause-trimmed
 * readings, within the length budget, opening with a unit that needs no earlier context; and their
 * expected ROUGE-1 agreement with a human summary, the main feature the choice (rerank.ts) weighs.
 */
import type { Scored } from './scoring.ts';
import { attributionTrim, clauseTrims, openingTrim } from './trimming.ts';
import { hasBackReference, hasDanglingOpener } from './dangling.ts';
import { contentWords, functionWordChance, tokens, wordCount } from './text.ts';
import { pointsForward } from './incomplete.ts';
import type { Unit } from './units.ts';

/** Hard cap on summary length, in words (the article's own first two sentences aside: {@link SELECTION}.openingPair). */
export const MAX_SUMMARY_WORDS = 55;

/** Tunables of the choice. */
export const SELECTION = {
  /**
   * Two sentences are kept within this many words (one long sentence may use the hard cap): a
   * short lead and the sentence naming who it happened to often need 45–50 between them.
   */
  budget: 50,
  /**
   * How many of the best-scoring units are considered: enough that the expected score, not the
   * unit score, makes the choice in a news story; the bound keeps the pair search small in a long text.
   */
  candidates: 24,
  /** Typical length of a human summary of a news story, in words. */
  refWords: 40,
  /** Scale on the chance that a function word ("the", "of") finds its match in a human summary. */
  functionRate: 0.75,
  /** Units with more of their words inside quotation marks than this are left to the key points. */
  maxQuoted: 0.3,
  /**
   * A summary may always have this many words, about as many as a typical human summary
   * ({@link SELECTION}.refWords), even where the article's first two sentences are shorter (a
   * question and its answer, a terse results line, a guide's one-line opening): the human summaries
   * of the articles the weights are fitted on (GUM's fit part, the newsroom dev part, both Wikinews
   * sets: 151) have 39 words at the median, and a shorter summary rarely says who did what and why.
   * Chosen on the development corpora (30, 36, 40, 42, 45 and 50 words; docs/summaries.md,
   * thirty-fourth session): 40 raised GUM's fit part most without costing the second dev set.
   */
  minWords: 40,
  /**
   * The article's first two sentences, whole, may together be its summary within the article's
   * limit though they pass the pair budget, and up to this many words where they pass the hard cap:
   * a short lead that teases ("A GRAN was left covered in blood …") and the sentence that names
   * who it happened to, or an interview's scene-setting opening and the sentence that says why the
   * person is interviewed, run to 55–60 words and read well only together. Chosen on the
   * development corpora (55, 60, 65, 70 words; docs/summaries.md, twenty-ninth session).
   */
  openingPair: 60,
};

/** A sentence of the article as the length limit reads it. */
interface LeadSentence {
  text: string;
  paragraph: number;
}

/**
 * The most words a summary of this article may have: as many as its first two sentences, so the
 * summary never costs a reader more than the article's own opening would, but at least
 * {@link SELECTION}.minWords and at most {@link MAX_SUMMARY_WORDS}. Sentences of a paragraph of six
 * words or fewer (a label, a date line) and fragments that open on punctuation (", 4:12pm" left
 * by a time stamp) are not the opening a reader reads.
 */
export function summaryLimit(sentences: readonly LeadSentence[], paragraphs: readonly string[]): number {
  let words = 0;
  let taken = 0;
  for (const s of sentences) {
    if (taken === 2) break;
    if (wordCount(paragraphs[s.paragraph] ?? '') <= 6 || !/^[\p{L}\p{N}"“‘'(\[]/u.test(s.text)) continue;
    words += tokens(s.text).length;
    taken++;
  }
  if (!taken) return MAX_SUMMARY_WORDS;
  return Math.min(MAX_SUMMARY_WORDS, Math.max(SELECTION.minWords, words));
}

/** What the article says matters. */
export interface SummaryModel {
  /** Each content word's chance of being in a human summary. */
  concepts: Map<string, number>;
  /** The headline's content words: what the publication states in its own voice. */
  headline: Set<string>;
}

/** One reading of a unit: the whole unit, or the unit cut at clause boundaries (see trimming.ts). */
export interface Reading {
  unit: Unit;
  text: string;
  words: number;
  content: Set<string>;
  /** How often each function word ("the", "of") occurs in it. */
  functionWords: Map<string, number>;
  /** It opens by leaning on an earlier sentence. */
  dangling: boolean;
  /** It announces what only a later sentence says (see incomplete.ts). */
  forward: boolean;
  /** Its "The …" subject points back: it needs a reading using one of these words before it. */
  needs?: string[];
  /** Its expected matches with a human summary when it stands alone. */
  gain: number;
}

/** Share of a unit's content words already said by another unit. */
export function redundancy(a: Unit, b: Unit): number {
  if (!a.content.size) return 1;
  let shared = 0;
  for (const w of a.content) if (b.content.has(w)) shared++;
  return shared / a.content.size;
}

/** Best first, earlier first on ties, so the choice never depends on sort stability. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.unit.order - b.unit.order;
}

/**
 * The unit, its trailing-clause trims, and the same again without a short opening phrase or
 * without the source it opens with.
 */
function readingsOf(unit: Unit, model: SummaryModel): Reading[] {
  const heads = [unit.text];
  const opener = unit.dangling && hasDanglingOpener(unit.text);
  for (const shorter of [openingTrim(unit.text), attributionTrim(unit.text, model.headline)]) {
    if (shorter && !hasDanglingOpener(shorter)) heads.push(shorter);
  }
  return heads.flatMap((head) => [head, ...(head === unit.text ? unit.trims : clauseTrims(head))]).map((text) => {
    const ts = tokens(text);
    const content = contentWords(text);
    const functionWords = new Map<string, number>();
    for (const t of ts) if (!content.has(t)) functionWords.set(t, (functionWords.get(t) ?? 0) + 1);
    // Only a reading that starts where its unit starts inherits the unit's opener; a "this…"
    // inside may have gone with a trimmed clause. A unit that leans on nothing has readings that don't.
    const whole = unit.text.startsWith(text.replace(/\.$/, ''));
    const dangling = unit.dangling && ((whole && opener) || hasBackReference(text));
    let gain = 0;
    for (const w of content) gain += model.concepts.get(w) ?? 0;
    for (const [w, n] of functionWords) gain += functionGain(w, 0, n);
    const forward = text === unit.text ? unit.forward : pointsForward(text);
    return { unit, text, words: ts.length, content, functionWords, dangling, forward, needs: whole ? unit.antecedent : undefined, gain };
  });
}

/** A whole unit among the article's first two: with the other, the opening a reader reads first. */
function opensArticle(r: Reading): boolean {
  return r.unit.rank <= 1 && r.text === r.unit.text;
}

/** A reading that can open a summary: it leans on no earlier sentence. */
function opens(r: Reading): boolean {
  return !r.dangling && !r.needs;
}

/** A reading that can be a summary by itself: it leans on no earlier sentence and announces no later one. */
function standsAlone(r: Reading): boolean {
  return opens(r) && !r.forward;
}

/**
 * A pair reads well when the later unit needs no earlier context, or directly follows the first,
 * or its "The …" subject picks up a word of the first ("…a crane to fall…. The crane accident…").
 */
function canPair(a: Reading, b: Reading): boolean {
  const [first, second] = a.unit.order < b.unit.order ? [a, b] : [b, a];
  if (!opens(first) || second.forward) return false;
  // A trimmed first sentence may have lost what the second refers to.
  const follows = second.unit.order === first.unit.end + 1 && first.text === first.unit.text;
  // "He was certain of two things." needs the sentence that names them.
  if (first.forward && !follows) return false;
  if (second.dangling && !follows) return false;
  return !second.needs || follows || second.needs.some((w) => first.content.has(w));
}

/** Expected matches of a function word used `n` more times after `before` uses. */
function functionGain(w: string, before: number, n: number): number {
  let gain = 0;
  for (let k = before + 1; k <= before + n; k++) gain += functionWordChance(w, k);
  return SELECTION.functionRate * gain;
}

/**
 * The expected ROUGE-1 F-measure of `readings` against an unseen human summary: each covered
 * content word adds its chance of appearing there, function words add a chance that fades with
 * repetition, and the summary's length plus a typical reference's divides. Each reading carries
 * its own gain, so only what a later reading repeats of an earlier one is worked out here.
 */
export function expectedScore(readings: Reading[], model: SummaryModel): number {
  let words = 0;
  let gain = 0;
  readings.forEach((r, i) => {
    words += r.words;
    gain += r.gain;
    for (let j = 0; j < i; j++) {
      const earlier = readings[j]!;
      for (const w of r.content) if (earlier.content.has(w)) gain -= model.concepts.get(w) ?? 0;
      for (const [w, n] of r.functionWords) {
        const before = earlier.functionWords.get(w);
        if (before) gain += functionGain(w, before, n) - functionGain(w, 0, n);
      }
    }
  });
  return (2 * gain) / (words + SELECTION.refWords);
}

/**
 * Every summary the selection weighs: one or two readings that read well together, of at most
 * `limit` words (see {@link summaryLimit}), a pair within the budget too.
 */
export function candidateSummaries(scored: Scored[], model: SummaryModel, limit: number = MAX_SUMMARY_WORDS): Reading[][] {
  const budget = Math.min(SELECTION.budget, limit);
  // The article's own opening pair may use the whole limit, and more where the limit is the cap.
  const openingMax = limit < MAX_SUMMARY_WORDS ? limit : SELECTION.openingPair;
  // A summary reports; direct speech belongs to the people and key points.
  const pool = [...scored]
    .filter((s) => s.unit.quoted <= SELECTION.maxQuoted)
    .sort(byScore)
    .slice(0, SELECTION.candidates)
    .flatMap((s) => readingsOf(s.unit, model));
  const out: Reading[][] = [];
  for (let i = 0; i < pool.length; i++) {
    const a = pool[i]!;
    if (a.words > limit) continue;
    if (standsAlone(a)) out.push([a]);
    if (a.words > budget && !opensArticle(a)) continue;
    for (let j = i + 1; j < pool.length; j++) {
      const b = pool[j]!;
      const max = opensArticle(a) && opensArticle(b) ? openingMax : budget;
      if (b.unit === a.unit || a.words + b.words > max || !canPair(a, b)) continue;
      out.push(a.unit.order < b.unit.order ? [a, b] : [b, a]);
    }
  }
  return out;
}

/** Each unit's score as a share of the best unit's, so a weight on it means the same in every article. */
export function sentenceStanding(scored: Scored[]): Map<Unit, number> {
  const top = scored.reduce((m, s) => Math.max(m, s.score), 1e-9);
  return new Map(scored.map((s) => [s.unit, Math.max(0, s.score) / top]));
}
