/**
 * Worst-case inputs for the extraction stages: one paragraph of a few hundred thousand characters
 * that repeats a pattern each stage looks back or ahead from (a title abbreviation, a possessive
 * name, quotation marks, titles, bracketed acronyms). Each once took from 10 seconds to minutes,
 * because a stage re-read the paragraph up to each match; each must now take about as long as
 * reading it. Each paragraph is 400,000 characters.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.ts';

const CASES: Record<string, string> = {
  'a title abbreviation ("Mr.")': 'Mr. ',
  'a possessive name': "O'Brien's ",
  'straight quotation marks with no spaces': '"a"',
  'curly quotation marks': '“a ” ',
  'titles with no name after them': 'President Minister Secretary General ',
  'bracketed acronyms': '(CIS) ',
};

/** Milliseconds to brief one paragraph of `chars` characters made of `unit` repeated. */
function briefTime(unit: string, chars: number): number {
  const body = unit.repeat(Math.ceil(chars / unit.length));
  const started = performance.now();
  const result = extractArticle('worst.txt', Buffer.from(`Worst case\n\n${body}\n\nA closing sentence of the report.\n`), []);
  const took = performance.now() - started;
  expect(result.article.title).toBe('Worst case');
  return took;
}

// Growth, not a wall-clock limit: the machine may be shared, so a fixed number of seconds fails
// under load while a quadratic stage can still pass on a fast one. Four times the text takes about
// four times as long when a stage reads it once, and sixteen times when it re-reads up to each
// match; ten separates the two with room for noise and garbage collection (the smaller run is
// timed twice and the faster kept, so a pause in it cannot make the ratio look good).
const SIZE = 400_000;
const MAX_GROWTH = 10;

describe('worst-case paragraphs', () => {
  for (const [name, unit] of Object.entries(CASES)) {
    it(`briefs ${name} in linear time`, () => {
      const small = Math.min(briefTime(unit, SIZE / 4), briefTime(unit, SIZE / 4));
      const large = briefTime(unit, SIZE);
      // Below a few milliseconds the ratio is timer noise; such a case is fast by any measure.
      expect(large / Math.max(small, 5), `${SIZE / 4} chars: ${small.toFixed(0)} ms, ${SIZE} chars: ${large.toFixed(0)} ms`).toBeLessThan(MAX_GROWTH);
    }, 120_000);
  }
});
