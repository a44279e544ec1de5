import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusQuality, readQualityFile, writeQualityFile } from '../src/eval/quality-file';

const scorer = { documents: 3, briefingsFound: 3, figures: { precision: 0.91234, recall: 0.8, f1: 0.85, keyRecall: 1 }, summary: { rouge1: 0.4567, rouge2: 0.2, rougeL: 0.3, meanWords: 40.04 }, roles: 0.9, quotes: 0.75, quoteAttribution: 0.96 };

describe('the quality results file', () => {
  it('round-trips what the scorer reports, rounded to three places', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-'));
    try {
      const file = join(dir, 'latest.json');
      writeQualityFile(file, { date: '2026-12-03', pipelineVersion: '29', corpora: [corpusQuality('dev', 'a dev set', scorer)] });
      const back = readQualityFile(file);
      expect(back.corpora[0]).toEqual({
        name: 'dev',
        description: 'a dev set',
        documents: 3,
        people: { precision: 0.912, recall: 0.8, f1: 0.85, keyRecall: 1 },
        roles: 0.9,
        quotes: 0.75,
        quoteAttribution: 0.96,
        summary: { rouge1: 0.457, rouge2: 0.2, meanWords: 40 },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file whose figures are not shares, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-'));
    try {
      const file = join(dir, 'latest.json');
      writeFileSync(file, JSON.stringify({ date: '2026-12-03', pipelineVersion: 1, corpora: [{ ...corpusQuality('dev', 'd', scorer), roles: 1.5 }] }));
      expect(() => readQualityFile(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: corpora.0.roles`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the committed file is valid', () => {
    expect(() => readQualityFile(join(import.meta.dirname, '..', 'quality', 'latest.json'))).not.toThrow();
    expect(readFileSync(join(import.meta.dirname, '..', 'quality', 'latest.json'), 'utf8')).toMatch(/"corpora"/);
  });
});
