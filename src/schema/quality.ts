/**
 * The project's measured quality as `npm run eval` records it in `quality/latest.json`: the same
 * schema checks the file when eval writes it and when the About page reads it at build.
 */
import { z } from 'zod';

const share = z.number().min(0).max(1);

/** One corpus's figures, as the scorer reports them. */
export const corpusQualitySchema = z.object({
  /** The corpus's name as `npm run eval -- --corpus` takes it. */
  name: z.string().min(1),
  /** What the corpus is, for a reader: source, size, and whether rules were written on it. */
  description: z.string().min(1),
  documents: z.number().int().nonnegative(),
  people: z.object({ precision: share, recall: share, f1: share, keyRecall: share }),
  roles: share.optional(),
  quotes: share.optional(),
  quoteAttribution: share.optional(),
  summary: z.object({ rouge1: share, rouge2: share, meanWords: z.number().nonnegative() }),
});

/** The results file. */
export const qualityResultsSchema = z.object({
  /** YYYY-MM-DD of the run. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The pipeline version the figures were measured with. */
  pipelineVersion: z.union([z.string(), z.number()]),
  corpora: z.array(corpusQualitySchema).min(1),
});

export type CorpusQuality = z.infer<typeof corpusQualitySchema>;
export type QualityResults = z.infer<typeof qualityResultsSchema>;
