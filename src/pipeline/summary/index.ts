/**
 * Stage: the summary and key points, every sentence taken from the article as written.
 *
 *   units (sentences, quotes kept whole) → scoring (rank) → concepts (what a summary would say)
 *   → selection (one or two readings, maybe clause-trimmed) → key points (further distinct facts)
 */
import type { Article } from '../article.ts';
import { conceptWeights } from './concepts.ts';
import { selectKeyPoints } from './key-points.ts';
import { scoreUnits } from './scoring.ts';
import { selectSummary } from './selection.ts';
import { buildUnits } from './units.ts';

/** A key point and the 1-based body paragraph it comes from (its anchor is `p-${paragraph}`). */
export interface KeyPoint {
  text: string;
  paragraph: number;
}

/** What the stage gives a briefing. */
export interface Summary {
  /** One or two sentences of the article, at most 55 words; '' when no sentence can stand alone. */
  summary: string;
  keyPoints: KeyPoint[];
}

/** Summarise an article: deterministic, extractive, with each key point tied to its paragraph. */
export function summarize(article: Article): Summary {
  const units = buildUnits(article);
  const scored = scoreUnits(units, article.title);
  const chosen = selectSummary(scored, { concepts: conceptWeights(units, article.title) });
  const points = selectKeyPoints(
    scored,
    chosen.map((r) => r.unit),
  );
  return {
    summary: chosen.map((r) => r.text).join(' '),
    keyPoints: points.map((u) => ({ text: u.text, paragraph: u.paragraph + 1 })),
  };
}
