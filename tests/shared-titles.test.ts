/**
 * Documents that share a title are each scored against their own briefing (src/eval/shared-titles.ts):
 * the scorer matches by title, and GUM has two "Understand" and two "Introduction" sections.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { briefCorpus, scorePart } from '../src/eval/people-eval.ts';
import { evaluateCorpus } from '../src/eval/run-eval.ts';
import { articleDocId, briefingDocId, retitleFolder, retitleGold, scorerTitleKey, sharedTitleIds } from '../src/eval/shared-titles.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shared-titles-'));
  scratch.push(dir);
  return dir;
}

describe('titles the scorer cannot tell apart', () => {
  it('are the titles equal once accents, case and punctuation are set aside', () => {
    expect(scorerTitleKey('Łódź — Understand!')).toBe(scorerTitleKey('łodz understand'));
    const ids = sharedTitleIds({ a: { title: 'Understand' }, b: { title: 'understand.' }, c: { title: 'Get in' }, d: { title: 'Mérida' }, e: { title: 'Merida' } });
    expect([...ids].sort()).toEqual(['a', 'b', 'd', 'e']);
    expect(sharedTitleIds({ a: { title: 'Athens' }, b: { title: 'York' } }).size).toBe(0);
  });

  it('gives each document of a shared title its file name, in a copy, and leaves the others alone', () => {
    const gold = { a: { title: 'Understand', persons: [] }, b: { title: 'Understand', persons: [] }, c: { title: 'York', persons: [] } };
    const out = retitleGold(gold, sharedTitleIds(gold));
    expect(out.a.title).toBe('Understand [a]');
    expect(out.b.title).toBe('Understand [b]');
    expect(out.c).toBe(gold.c);
    expect(gold.a.title).toBe('Understand');
  });

  it('rewrites the matching briefings by their source file and articles by their file name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'understand.md'), matter.stringify('Body one.\n', { title: 'Understand', source: { file: 'voyage-x.md' }, summary: 'S.' }));
    writeFileSync(join(dir, 'understand-2.md'), matter.stringify('Body two.\n', { title: 'Understand', source: { file: 'voyage-y.md' } }));
    writeFileSync(join(dir, 'york.md'), matter.stringify('Body three.\n', { title: 'York', source: { file: 'voyage-z.md' } }));
    expect(retitleFolder(dir, new Set(['voyage-x', 'voyage-y']), briefingDocId)).toBe(2);
    const one = matter(readFileSync(join(dir, 'understand.md'), 'utf8'));
    expect(one.data.title).toBe('Understand [voyage-x]');
    expect(one.data.summary).toBe('S.');
    expect(one.content.trim()).toBe('Body one.');
    expect(matter(readFileSync(join(dir, 'york.md'), 'utf8')).data.title).toBe('York');

    const articles = tempDir();
    writeFileSync(join(articles, 'voyage-x.md'), matter.stringify('Text.\n', { title: 'Understand' }));
    expect(retitleFolder(articles, new Set(['voyage-x']), articleDocId)).toBe(1);
    expect(matter(readFileSync(join(articles, 'voyage-x.md'), 'utf8')).data.title).toBe('Understand [voyage-x]');
  });
});

/** A folder corpus of two articles titled "Understand", each naming its own mayor. */
function twinCorpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'articles'));
  const article = (name: string, place: string) =>
    matter.stringify(
      `${name}, the mayor of ${place}, opened a new bridge over the river on Monday morning.\n\n"It took ten years to build," ${name} said to the crowd that had gathered on the bank.\n`,
      { title: 'Understand', date: '2026-01-05' },
    );
  writeFileSync(join(dir, 'articles', 'town-one.md'), article('Maria Kowalska', 'Lowtown'));
  writeFileSync(join(dir, 'articles', 'town-two.md'), article('Pedro Alvarenga', 'Hightown'));
  const person = (name: string) => ({ name, aliases: [], mentions: 2, salience: 3 });
  const gold = {
    'town-one': { title: 'Understand', summary: 'The mayor of Lowtown opened a bridge.', persons: [person('Maria Kowalska')] },
    'town-two': { title: 'Understand', summary: 'The mayor of Hightown opened a bridge.', persons: [person('Pedro Alvarenga')] },
  };
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
  return dir;
}

// Matched by the bare title, one document would be scored against the other's briefing: one
// person missed and one false positive, precision and recall 0.5.
describe('a corpus with two documents of one title', () => {
  it('is scored by npm run eval each document against its own briefing', () => {
    const { result, rows } = evaluateCorpus(twinCorpus());
    expect(result.briefingsFound).toBe(2);
    expect(result.figures.precision).toBe(1);
    expect(result.figures.recall).toBe(1);
    expect(rows.map((r) => r.id).sort()).toEqual(['town-one', 'town-two']);
  }, 60_000);

  it('is scored by npm run eval:people each document against its own briefing, whole and by part', () => {
    const dir = twinCorpus();
    const corpus = briefCorpus(join(dir, 'articles'), join(dir, 'gold.json'));
    try {
      expect(scorePart(corpus).result.figures.f1).toBe(1);
      expect(scorePart(corpus, ['town-two']).result.figures.f1).toBe(1);
    } finally {
      corpus.dispose();
    }
  }, 60_000);
});
