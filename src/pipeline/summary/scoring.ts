/**
 * How well a unit could stand for the whole story. Every feature is a general property of news
 * prose: lead position, overlap with the headline, centrality (its words recur across the
 * article), the named actors and figures it carries, and a readable length.
 */
import type { Unit } from './units.ts';
import { contentWords } from './text.ts';
import { weightedSum } from './linear.ts';

/** Relative weights of the features (each feature lies in 0..1; the last two are penalties). */
export const WEIGHTS = {
  position: 1.0,
  title: 1.0,
  centrality: 1.0,
  actors: 0.5,
  figures: 0.2,
  length: 0.5,
  quoted: -0.6,
  personal: -0.8,
};

/** The features of one unit, by the names of WEIGHTS. */
export type UnitFeatures = Record<keyof typeof WEIGHTS, number>;

/** Words per unit that read as one full news sentence; shorter units say less. */
const FULL_LENGTH = 18;

/** Capitalised words inside a sentence (not its first word): names of people, places, bodies. */
function capitalised(text: string): string[] {
  const ws = text.split(/\s+/).slice(1);
  return ws.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** First- or second-person voice outside quotes marks a reporter's aside, not the story. */
function isPersonal(text: string): boolean {
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return /\b(?:I|we|We|you|You|my|our|Our|your|Your)\b/.test(outside);
}

/** A unit and its score. */
export interface Scored {
  unit: Unit;
  score: number;
  /** The features the score was weighed from (the summary's reranker reads them too). */
  features: UnitFeatures;
}

/** The features of every unit of an article, in body order. */
export function unitFeatures(units: Unit[], title: string): UnitFeatures[] {
  const titleWords = contentWords(title);
  const df = new Map<string, number>();
  for (const u of units) for (const w of u.content) df.set(w, (df.get(w) ?? 0) + 1);
  const caps = units.map((u) => new Set(capitalised(u.text)));
  const names = new Map<string, number>();
  for (const set of caps) for (const n of set) names.set(n, (names.get(n) ?? 0) + 1);

  const centralities = units.map((unit) => {
    let dot = 0;
    for (const w of unit.content) dot += (df.get(w) ?? 1) - 1;
    return unit.content.size ? dot / Math.sqrt(unit.content.size) : 0;
  });
  // Scaled to the most central unit, so the weight means the same in short and long articles.
  const top = centralities.reduce((m, c) => Math.max(m, c), 1e-9);

  return units.map((unit, k) => {
    let title = 0;
    for (const w of titleWords) if (unit.content.has(w)) title++;
    let recurring = 0;
    for (const n of caps[k]!) if ((names.get(n) ?? 0) > 1) recurring++;
    return {
      position: 1 / Math.sqrt(1 + unit.rank),
      title: titleWords.size ? title / titleWords.size : 0,
      centrality: centralities[k]! / top,
      actors: Math.min(recurring, 4) / 4,
      figures: /\d/.test(unit.text) ? 1 : 0,
      length: Math.min(1, unit.words / FULL_LENGTH),
      quoted: unit.quoted,
      personal: isPersonal(unit.text) ? 1 : 0,
    };
  });
}

/** Score every unit of an article against the article's title and the other units. */
export function scoreUnits(units: Unit[], title: string, weights: UnitFeatures = WEIGHTS): Scored[] {
  return unitFeatures(units, title).map((f, k) => ({ unit: units[k]!, score: weightedSum(weights, f), features: f }));
}
