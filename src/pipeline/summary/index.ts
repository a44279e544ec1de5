/**
 * Stage: the summary and key points, every sentence taken from the article as written.
 *
 *   units (sentences, quotes kept whole) → scoring (rank) → concepts (what a summary would say)
 *   → selection (one or two readings, maybe clause-trimmed) → key points (further distinct facts)
 */
import type { Article } from '../article.ts';
import { CONCEPT_CLUES, conceptWeights, type ConceptClues } from './concepts.ts';
import { selectKeyPoints } from './key-points.ts';
import { scoreUnits } from './scoring.ts';
import { selectSummary } from './selection.ts';
import { buildUnits } from './units.ts';
import { contentWords } from './text.ts';
import { introductionEnd } from './structure.ts';

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
 * `clues` replaces the word model's weights (used when refitting them; see src/eval/fit-concepts.ts).
 */
export function summarize(article: Article, clues: ConceptClues = CONCEPT_CLUES): Summary {
  const units = buildUnits(article);
  const scored = scoreUnits(units, article.title);
  const model = { concepts: conceptWeights(units, article.title, clues), headline: contentWords(article.title) };
  // An interview, list or round-up is summarised by its introduction, when that has a sentence to give.
  const intro = introductionEnd(article);
  const before = intro === undefined ? [] : scored.filter((s) => s.unit.paragraph < intro);
  const fromIntro = before.length ? selectSummary(before, model) : [];
  const chosen = fromIntro.length ? fromIntro : selectSummary(scored, model);
  const points = selectKeyPoints(
    scored,
    chosen.map((r) => r.unit),
  );
  return {
    summary: chosen.length ? chosen.map((r) => r.text).join(' ') : leadFallback(article),
    keyPoints: points.map((u) => ({ text: u.text, paragraph: u.paragraph + 1 })),
  };
}

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
