/**
 * The cleaning stage against the boilerplate gold: 63 invented articles from nine kinds of source
 * (wire, broadcaster, tabloid, broadsheet, local paper, tech site, press release, sport,
 * magazine), every paragraph marked with what must go and what must stay. Rules were written
 * looking at the dev part only; the test part (a third, by a hash of the article id) is measured.
 */
import { describe, expect, it } from 'vitest';
import { loadBoilerplateGold, removalFigures } from '../src/eval/boilerplate-gold.ts';

const gold = loadBoilerplateGold('tests/fixtures/boilerplate');
// The second set (tests/fixtures/boilerplate-2/README.md): nine further kinds of page, all of it
// development data (rules were extended on it after it was measured).
const second = loadBoilerplateGold('tests/fixtures/boilerplate-2');
// The third set (tests/fixtures/boilerplate-3/README.md): seven more kinds, also development data.
const third = loadBoilerplateGold('tests/fixtures/boilerplate-3');

describe('the boilerplate gold', () => {
  it('has at least 60 articles from at least six kinds of source, with lines to drop and to keep', () => {
    expect(gold.length).toBeGreaterThanOrEqual(60);
    expect(new Set(gold.map((a) => a.kind)).size).toBeGreaterThanOrEqual(6);
    for (const a of gold) {
      expect(a.paragraphs.some((p) => p.kept === undefined || p.kept !== p.raw), `${a.id} marks nothing to remove`).toBe(true);
      expect(a.paragraphs.some((p) => p.kept !== undefined), `${a.id} keeps nothing`).toBe(true);
    }
    expect(gold.filter((a) => a.part === 'test').length).toBeGreaterThanOrEqual(15);
  });

  it('removes what the marks say on the dev part, and nothing a reader needs', () => {
    const f = removalFigures(gold.filter((a) => a.part === 'dev'));
    const wrong = f.scores.flatMap((s) => s.wronglyRemoved.map((t) => `${s.id}: ${t}`));
    const missed = f.scores.flatMap((s) => s.missed.map((t) => `${s.id}: ${t}`));
    expect(wrong).toEqual([]);
    // Measured 1.0 / 1.0 on 89 marked items.
    expect(f.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('holds on the test part, which no rule was written from', () => {
    const f = removalFigures(gold.filter((a) => a.part === 'test'));
    console.log('boilerplate test part', JSON.stringify({ precision: f.precision, recall: f.recall, marked: f.marked }));
    // Measured precision 1.0, recall 0.946 on 56 marked items.
    expect(f.precision).toBeGreaterThanOrEqual(0.97);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('removes what the second set marks, from live blogs, opinion and government pages to app controls, and keeps its news', () => {
    expect(second.length).toBeGreaterThanOrEqual(30);
    expect(new Set(second.map((a) => a.kind)).size).toBeGreaterThanOrEqual(9);
    const f = removalFigures(second);
    const wrong = f.scores.flatMap((s) => s.wronglyRemoved.map((t) => `${s.id}: ${t}`));
    const missed = f.scores.flatMap((s) => s.missed.map((t) => `${s.id}: ${t}`));
    expect(wrong).toEqual([]);
    // Measured 1.0 on 141 marked items (0.407 before the rules were extended on it).
    expect(f.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('removes what the third set marks, from newsletters and journals to obituaries and betting notices, and keeps its news', () => {
    expect(third.length).toBeGreaterThanOrEqual(15);
    expect(new Set(third.map((a) => a.kind)).size).toBeGreaterThanOrEqual(7);
    const f = removalFigures(third);
    const wrong = f.scores.flatMap((s) => s.wronglyRemoved.map((t) => `${s.id}: ${t}`));
    const missed = f.scores.flatMap((s) => s.missed.map((t) => `${s.id}: ${t}`));
    expect(wrong).toEqual([]);
    // Measured 1.0 on 56 marked items (0.286 before the rules were extended on it).
    expect(f.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});
