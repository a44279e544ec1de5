/**
 * Stage: the summary and key points, every sentence taken from the article.
 * (First version: lead sentences; issue #4 replaces it with sentence selection.)
 */
import type { Article } from '../article.js';

/** A key point and the 1-based body paragraph it comes from. */
export interface KeyPoint {
  text: string;
  paragraph: number;
}

export interface Summary {
  summary: string;
  keyPoints: KeyPoint[];
}

/** Summarise an article. */
export function summarize(article: Article): Summary {
  const sentences = article.sentences.filter((s) => s.text.split(/\s+/).length > 6);
  const summary = sentences
    .slice(0, 2)
    .map((s) => s.text)
    .join(' ');
  const keyPoints = sentences.slice(2, 6).map((s) => ({ text: s.text, paragraph: s.paragraph + 1 }));
  return { summary, keyPoints };
}
