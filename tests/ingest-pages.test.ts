/**
 * Every fixture page fetched from the local server and ingested as a seed, then checked against
 * what a person reads on it (tests/fixtures/ingest/expected/*.json): the fields, every article
 * paragraph present, every boilerplate line gone, headings and block quotes kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIngestServer, type IngestServer } from './helpers/ingest-server.ts';
import { readExpectations, scoreSeed } from '../src/eval/ingest-figures.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { Fetcher } from '../src/ingest/fetcher.ts';
import { parseSource } from '../src/pipeline/parse-source.ts';

let server: IngestServer;
let dir: string;
const expectations = readExpectations();

beforeAll(async () => {
  server = await startIngestServer();
  dir = mkdtempSync(join(tmpdir(), 'ingest-pages-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest: fixture pages against what a reader sees', () => {
  it('has at least 12 fixture pages with expectations', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(12);
  });

  for (const exp of expectations) {
    it(`${exp.page}: ${exp.refused ? 'refused, saying why' : 'fields right, article whole, boilerplate gone'}`, async () => {
      const out = join(dir, exp.page.replace(/\W/g, '-'));
      const log: string[] = [];
      const fetcher = new Fetcher({ allowLocal: true, delayMs: 0 });
      const outcomes = await ingest([{ location: `${server.base}/pages/${exp.page}` }], { outDir: out, fetcher, log: (l) => log.push(l) });
      await fetcher.close();
      expect(outcomes).toHaveLength(1);
      if (exp.refused) {
        expect(outcomes[0].status).toBe('failed');
        expect(outcomes[0].source).toContain(exp.page);
        expect(outcomes[0].reason).toContain(exp.refused);
        return;
      }
      expect(outcomes[0].status, outcomes[0].reason).toBe('written');
      const text = readFileSync(outcomes[0].file!, 'utf8');
      const score = scoreSeed(exp, text);
      expect(score.wrongFields).toEqual([]);
      expect(score.linesLost).toEqual([]);
      expect(score.boilerplateLeft).toEqual([]);
      expect(score.headingsLost).toEqual([]);
      expect(score.quotesLost).toEqual([]);
      // The brief command reads it as it is.
      expect(() => parseSource(outcomes[0].file!.split('/').pop()!, text)).not.toThrow();
      if (exp.date === null) expect(log.some((l) => l.startsWith('undated:') && l.includes(exp.page))).toBe(true);
    });
  }
});

describe('ingest: the scorer itself', () => {
  it('counts a wrong field, a lost paragraph and a boilerplate line left', () => {
    const exp = expectations.find((e) => e.page === 'agency-cookie.html')!;
    const seed = `---\ntitle: Another title\nurl: ${exp.url}\nsource: ${exp.source}\ndate: "${exp.date}"\nauthor: ${exp.author}\nlanguage: ${exp.language}\n---\n\n${exp.paragraphs.slice(1).join('\n\n')}\n\nAccept all cookies\n`;
    const score = scoreSeed(exp, seed);
    expect(score.wrongFields).toEqual([`title: expected "${exp.title}", got "Another title"`]);
    expect(score.linesLost).toEqual([exp.paragraphs[0]]);
    expect(score.boilerplateLeft).toEqual(['Accept all cookies']);
  });
});
