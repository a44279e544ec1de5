/**
 * Measures the places stage against corpora/places/gold.json: which real places and
 * organisations each of 66 vendored articles is about (README beside the gold). Each article runs
 * through the real per-article pipeline (extractArticle); a place value counts as right when its
 * name is the gold's name. Figures are kept apart for the dev part and the held-out part.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../pipeline/extract.ts';

const ROOT = fileURLToPath(new URL('../../corpora/', import.meta.url));

/** Precision and recall of place values over a set of articles, with what was wrong. */
export interface PlacesScore {
  articles: number;
  found: number;
  gold: number;
  right: number;
  precision: number;
  recall: number;
  /** Values found that the gold lacks, as "article: name". */
  wrong: string[];
  /** Gold values not found, as "article: name". */
  missed: string[];
}

/** The gold: part ("dev", "heldout") → "corpus/article" → place names. */
export function readPlacesGold(): Record<string, Record<string, string[]>> {
  return JSON.parse(readFileSync(`${ROOT}places/gold.json`, 'utf8')) as Record<string, Record<string, string[]>>;
}

/** Score the places stage on one part of the gold. */
export function scorePlaces(part: Record<string, string[]>): PlacesScore {
  const s: PlacesScore = { articles: 0, found: 0, gold: 0, right: 0, precision: 0, recall: 0, wrong: [], missed: [] };
  for (const [key, want] of Object.entries(part)) {
    const [corpus, name] = key.split('/') as [string, string];
    const file = `${name}.md`;
    const bytes = readFileSync(`${ROOT}${corpus}/articles/${file}`);
    const got = extractArticle(file, bytes, []).places.map((p) => p.name);
    s.articles++;
    s.found += got.length;
    s.gold += want.length;
    for (const g of got) if (want.includes(g)) s.right++; else s.wrong.push(`${key}: ${g}`);
    for (const w of want) if (!got.includes(w)) s.missed.push(`${key}: ${w}`);
  }
  s.precision = s.found ? s.right / s.found : 1;
  s.recall = s.gold ? s.right / s.gold : 1;
  return s;
}
