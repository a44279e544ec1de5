/**
 * The people finder's time budget: at most 20 ms per 800-word article (it is one stage of a brief
 * command that must handle 40+ articles a second). Measured on the Wikinews dev articles.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/pipeline/extract.ts';
import { extractFigures } from '../src/pipeline/figures/index.ts';
import { corpusFiles } from '../src/eval/run-eval.ts';

describe('figures speed', () => {
  it('stays within 20 ms per 800 words', () => {
    const dir = corpusFiles('wikinews').articles;
    const articles = readdirSync(dir).map((f) => extractArticle(f, readFileSync(join(dir, f)), []).article);
    const words = articles.reduce((n, a) => n + a.paragraphs.join(' ').split(/\s+/).length, 0);
    for (const a of articles) extractFigures(a); // warm up
    const rounds = 5;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const a of articles) extractFigures(a);
    const msPer800 = ((performance.now() - started) / rounds / words) * 800;
    expect(msPer800).toBeLessThan(20);
  });
});
