/**
 * Stage: the summary and key points, every sentence taken from the article as written.
 *
 *   units (sentences, quotes kept whole) → scoring (rank) → concepts (what a summary would say)
 *   → selection (candidates: one or two readings, maybe clause-trimmed) → rerank (the choice)
 *   → key points (further distinct facts)
 */
import type { Article } from '../article.ts';
import { CONCEPT_CLUES, conceptWeights, type ConceptClues } from './concepts.ts';
import { selectKeyPoints } from './key-points.ts';
import { scoreUnits } from './scoring.ts';
import { candidateSummaries, MAX_SUMMARY_WORDS, sentenceStanding, summaryLimit, type Reading, type SummaryModel } from './selection.ts';
import { rerank, type CandidateFeatures, type RerankContext } from './rerank.ts';
import type { Scored } from './scoring.ts';
import { buildUnits } from './units.ts';
import { contentWords } from './text.ts';
import { introductionEnd, transcriptTurns } from './structure.ts';

/** A key point and the 1-based body paragraph it comes from (its anchor is `p-${paragraph}`). */
export interface KeyPoint {
  text: string;
  paragraph: number;
}

/** What the stage gives a briefing. */
export interface Summary {
  /**
   * One or two sentences of the article, at most 55 words. When no sentence can stand alone (a
   * text without punctuation), the opening words of the first long paragraph; '' when there is
   * none.
   */
  summary: string;
  keyPoints: KeyPoint[];
}

/**
 * Summarise an article: deterministic, extractive, with each key point tied to its paragraph.
 * `clues` replaces the word model's weights and `weights` the reranker's (used when refitting them;
 * see src/eval/fit-concepts.ts and src/eval/fit-summary.ts).
 */
export function summarize(article: Article, clues: ConceptClues = CONCEPT_CLUES, weights?: CandidateFeatures): Summary {
  const { scored, candidates, context } = summaryCandidates(article, clues);
  const chosen = rerank(candidates, context, weights);
  const points = selectKeyPoints(
    scored,
    chosen.map((r) => r.unit),
  );
  return {
    summary: chosen.length ? chosen.map((r) => r.text).join(' ') : leadFallback(article),
    keyPoints: points.map((u) => ({ text: u.text, paragraph: u.paragraph + 1 })),
  };
}

/** The candidate summaries of an article, and what the reranker weighs them against. */
export interface SummaryCandidates {
  scored: Scored[];
  /** Each candidate's readings in body order; empty when no sentence can stand as a summary. */
  candidates: Reading[][];
  context: RerankContext;
}

/**
 * Every summary the stage weighs for an article (see selection.ts). A transcript, list or
 * round-up is summarised by its introduction, when that can say at least half as much as the
 * article's opening would.
 */
export function summaryCandidates(article: Article, clues: ConceptClues = CONCEPT_CLUES): SummaryCandidates {
  const units = buildUnits(article);
  const scored = scoreUnits(units, article.title);
  const concepts = conceptWeights(units, article.title, clues);
  const model: SummaryModel = { concepts, headline: contentWords(article.title) };
  const intro = introductionEnd(article);
  const before = intro === undefined ? [] : scored.filter((s) => s.unit.paragraph < intro);
  const limit = summaryLimit(article.sentences, article.paragraphs);
  // Within the article's own limit when any candidate fits it, else within the general one.
  const within = (part: Scored[]) => {
    const bounded = candidateSummaries(part, model, limit);
    return bounded.length || limit >= MAX_SUMMARY_WORDS ? bounded : candidateSummaries(part, model);
  };
  // The introduction gives the summary when it can say at least half as much as the article's
  // opening would: a travel guide's one-line opening ("Fort Lee is a city in Bergen County.")
  // before its many short sections is no introduction to summarise by.
  const introCandidates = before.length ? within(before) : [];
  const fromIntro = introCandidates.some((c) => wordsOf(c) >= MIN_INTRO_SHARE * limit) ? introCandidates : [];
  // Without an introduction to give one, a transcript's summary comes from what is not a turn (a
  // closing note), and only failing that from what someone said.
  const turns = new Set(transcriptTurns(article.paragraphs) ?? []);
  const narrated = turns.size ? scored.filter((s) => !turns.has(s.unit.paragraph)) : scored;
  const fromNarration = fromIntro.length || !turns.size ? [] : within(narrated);
  const [pool, candidates] = fromIntro.length
    ? [before, fromIntro]
    : fromNarration.length
      ? [narrated, fromNarration]
      : [scored, within(scored)];
  let conceptMass = 0;
  for (const p of concepts.values()) conceptMass += p;
  const context: RerankContext = {
    model,
    units,
    // Standing is relative to the best unit of the part the summary is chosen from, as before.
    standing: sentenceStanding(pool),
    features: new Map(scored.map((s) => [s.unit, s.features])),
    conceptMass,
  };
  return { scored, candidates, context };
}

/** Share of the article's length limit an introduction's longest summary must reach to be used. */
const MIN_INTRO_SHARE = 0.5;

const wordsOf = (c: Reading[]) => c.reduce((n, r) => n + r.words, 0);

/** Words of the fallback summary: the start of the text, cut at a word. */
const FALLBACK_WORDS = 40;

/**
 * The opening words of the first paragraph long enough to be prose, ending in an ellipsis: still
 * the source's own words, for articles whose text has no sentence to select (no full stops, or
 * markup pasted as text). Shorter paragraphs are captions or labels, and give no summary.
 */
function leadFallback(article: Article): string {
  const paragraph = article.paragraphs.find((p) => p.split(/\s+/).length >= FALLBACK_WORDS / 2);
  if (!paragraph) return '';
  const words = paragraph.split(/\s+/);
  return words.length <= FALLBACK_WORDS ? paragraph : `${words.slice(0, FALLBACK_WORDS).join(' ')}…`;
}
