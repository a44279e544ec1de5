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

/** Generous for a slow machine: the slowest case takes about 2 s here, and took 12 s to many minutes before. */
const LIMIT_MS = 6000;

describe('worst-case paragraphs', () => {
  for (const [name, unit] of Object.entries(CASES)) {
    it(`briefs ${name} in linear time`, () => {
      const body = unit.repeat(Math.ceil(400_000 / unit.length));
      const started = performance.now();
      const result = extractArticle('worst.txt', Buffer.from(`Worst case\n\n${body}\n\nA closing sentence of the report.\n`), []);
      expect(performance.now() - started).toBeLessThan(LIMIT_MS);
      expect(result.article.title).toBe('Worst case');
    }, 60_000);
  }
});
