/**
 * Key points: three to five further facts, each a unit of the body that the summary does not
 * already say and no other point repeats, listed in body order with the paragraph it comes from.
 */
import type { Scored } from './scoring.ts';
import { byScore, redundancy } from './selection.ts';
import type { Unit } from './units.ts';

export const MIN_KEY_POINTS = 3;
export const MAX_KEY_POINTS = 5;
/** A unit sharing more than this share of its content words with a chosen text says the same thing. */
const MAX_OVERLAP = 0.5;
/** Key points are bullets: a long multi-sentence quote makes a poor one. */
const MAX_POINT_WORDS = 45;
/** A point mostly in someone's own words is an opinion more than a fact: used only when short of points. */
const MAX_QUOTED = 0.5;

/** Pick key points among the scored units, given the units the summary already uses. */
export function selectKeyPoints(scored: Scored[], summary: Unit[]): Unit[] {
  const ranked = [...scored].sort(byScore);
  const chosen: Unit[] = [];
  const distinct = (u: Unit) =>
    !summary.includes(u) &&
    u.words <= MAX_POINT_WORDS &&
    [...summary, ...chosen].every((c) => redundancy(u, c) <= MAX_OVERLAP && redundancy(c, u) <= MAX_OVERLAP);
  const take = (limit: number, fits: (u: Unit) => boolean) => {
    for (const s of ranked) {
      if (chosen.length >= limit) return;
      if (!chosen.includes(s.unit) && fits(s.unit) && distinct(s.unit)) chosen.push(s.unit);
    }
  };
  // Self-contained reported facts first; quotes only to reach the minimum.
  take(MAX_KEY_POINTS, (u) => !u.dangling && !u.antecedent && !u.forward && u.quoted <= MAX_QUOTED);
  take(MIN_KEY_POINTS, (u) => !u.dangling && !u.antecedent && !u.forward);
  // A point that leans on an earlier sentence or announces a later one says nothing alone: a
  // bullet list is shorter rather than hold one.
  return chosen.sort((a, b) => a.order - b.order);
}
