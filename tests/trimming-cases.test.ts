/**
 * Clause trimming on hard sentences (tests/fixtures/trimming-cases.json): a cut never ends on a
 * conjunction or preposition, never leaves a clause without its verb, never keeps a phrase that
 * announces what was cut; sound cuts are still offered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasDanglingOpener } from '../src/pipeline/summary/dangling.ts';
import { endsIncomplete, pointsForward } from '../src/pipeline/summary/incomplete.ts';
import { clauseTrims } from '../src/pipeline/summary/trimming.ts';

interface Case {
  sentence: string;
  never?: string[];
  keeps?: string[];
  forward?: boolean;
  dangling?: boolean;
}
const { cases } = JSON.parse(readFileSync('tests/fixtures/trimming-cases.json', 'utf8')) as { cases: Case[] };

describe('trimming hard sentences', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  describe.each(cases)('$sentence', (c) => {
    const trims = clauseTrims(c.sentence);
    // Each case is hard: without the rules, the trimmer would offer what `never` lists.
    it('offers no cut that changes the meaning', () => {
      for (const bad of c.never ?? []) expect(trims).not.toContain(bad);
      for (const t of trims) expect(endsIncomplete(t), t).toBe(false);
    });
    it('still offers the sound cuts', () => {
      for (const good of c.keeps ?? []) expect(trims).toContain(good);
    });
    if (c.forward !== undefined) it('knows whether it announces a later sentence', () => expect(pointsForward(c.sentence)).toBe(c.forward));
    if (c.dangling !== undefined) it('knows whether it leans on an earlier sentence', () => expect(hasDanglingOpener(c.sentence)).toBe(c.dangling));
  });
});
