/**
 * `quality/latest.json`: the figures of the latest `npm run eval`, committed so that the site's
 * About page can publish the project's measured quality (read at build, never measured there).
 */
import { readFileSync } from 'node:fs';
import { qualityResultsSchema, type CorpusQuality, type QualityResults } from '../schema/quality.ts';
import { writeFileAtomic } from '../pipeline/write-file.ts';
import type { EvalResult } from './run-eval.ts';

/** Where the results file lives, relative to the project root. */
export const QUALITY_FILE = 'quality/latest.json';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A corpus's scorer result as a results-file entry. */
export function corpusQuality(name: string, description: string, r: EvalResult & { quoteAttribution?: number }): CorpusQuality {
  return {
    name,
    description,
    documents: r.documents,
    people: { precision: round(r.figures.precision), recall: round(r.figures.recall), f1: round(r.figures.f1), keyRecall: round(r.figures.keyRecall) },
    ...(r.roles !== undefined ? { roles: round(r.roles) } : {}),
    ...(r.quotes !== undefined ? { quotes: round(r.quotes) } : {}),
    ...(r.quoteAttribution !== undefined ? { quoteAttribution: round(r.quoteAttribution) } : {}),
    summary: { rouge1: round(r.summary.rouge1), rouge2: round(r.summary.rouge2), meanWords: Math.round(r.summary.meanWords * 10) / 10 },
  };
}

/** Validate and write the results file. */
export function writeQualityFile(path: string, results: QualityResults): void {
  writeFileAtomic(path, `${JSON.stringify(qualityResultsSchema.parse(results), null, 2)}\n`);
}

/** Read and validate the results file; the error names the file and the field. */
export function readQualityFile(path: string): QualityResults {
  const parsed = qualityResultsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
