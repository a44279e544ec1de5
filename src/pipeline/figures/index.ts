/**
 * Stage: the people in the story, with their roles, quotes and mention counts.
 * (First version: compromise's people() finder; issue #3 replaces it with the project's own rules.)
 */
import nlp from 'compromise';
import type { Article } from '../article.js';

/** A person found in one article, before it is linked to a profile. */
export interface ExtractedFigure {
  name: string;
  role: string;
  quotes: string[];
  mentions: number;
  /** Other forms of the name seen in this article ("Lavrov" for "Sergey Lavrov"). */
  aliases: string[];
}

/** Find the people in an article, most important first. */
export function extractFigures(article: Article): ExtractedFigure[] {
  const text = article.paragraphs.join('\n\n');
  const names = nlp(text).people().out('array') as string[];
  const counts = new Map<string, number>();
  for (const n of names) {
    const name = n.replace(/[^\p{L}\p{M}\s.'’-]/gu, '').trim();
    if (name.split(/\s+/).length < 2) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, mentions]) => ({ name, role: '', quotes: [], mentions, aliases: [] }));
}
