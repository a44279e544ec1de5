/**
 * Choosing among the candidate summaries: a linear score over general properties of a candidate
 * (its expected ROUGE-1 under the word model, where its sentences stand in the article, how long
 * it is, how much of the headline and of the article's likely summary words it covers…), with
 * weights fitted listwise on articles of several publishers and genres with human summaries
 * (`npm run fit:summary`, src/eval/fit-summary.ts) and kept as data in rerank-weights.json.
 */
import type { UnitFeatures } from './scoring.ts';
import { expectedScore, type Reading, type SummaryModel } from './selection.ts';
import type { Unit } from './units.ts';
import { weightedSum } from './linear.ts';
import { namesTheDocument } from './dangling.ts';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import fitted from './rerank-weights.json' with { type: 'json' };

/** Typical length of a human summary, in words: the length features are measured against it. */
const TYPICAL_WORDS = 40;

/** What a candidate is weighed against: the article's units and what the stage knows of them. */
export interface RerankContext {
  model: SummaryModel;
  /** Every usable unit of the article, in body order. */
  units: Unit[];
  /** Each unit's score as a share of the best unit's (see selection.ts). */
  standing: Map<Unit, number>;
  /** Each unit's features (see scoring.ts). */
  features: Map<Unit, UnitFeatures>;
  /** Sum of every content word's chance of being in a human summary: the most a summary could cover. */
  conceptMass: number;
}

/** The names of the candidate features, in the order of a fitted row. */
export const CANDIDATE_FEATURES = [
  'expected',
  'standing',
  'words',
  'wordsSquared',
  'pair',
  'opensArticle',
  'leadPair',
  'position',
  'relativePosition',
  'paragraphStart',
  'trimmed',
  'title',
  'centrality',
  'actors',
  'figures',
  'quoted',
  'personal',
  'coverage',
  'adjacent',
  'namesDocument',
] as const;

/** One candidate's features, by name. */
export type CandidateFeatures = Record<(typeof CANDIDATE_FEATURES)[number], number>;

/** Where the shipped weights live (written by `npm run fit:summary -- --write`). */
export const RERANK_WEIGHTS_FILE = fileURLToPath(new URL('./rerank-weights.json', import.meta.url));

/** The weights file: a note saying how they were set, and a weight per named feature (absent: 0). */
export const rerankWeightsSchema = z.strictObject({
  note: z.string().min(1),
  weights: z.partialRecord(z.enum(CANDIDATE_FEATURES), z.number()),
});

/** The shipped weights (see rerank-weights.json for how they were set). */
export const RERANK_WEIGHTS: CandidateFeatures = readWeights(fitted);

/** Check a weights file's contents, naming the file and the field at fault. */
export function readWeights(data: unknown): CandidateFeatures {
  const parsed = rerankWeightsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${RERANK_WEIGHTS_FILE}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return { ...zeroWeights(), ...parsed.data.weights };
}

function zeroWeights(): CandidateFeatures {
  return Object.fromEntries(CANDIDATE_FEATURES.map((n) => [n, 0])) as CandidateFeatures;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** The features of one candidate summary (its readings in body order). */
export function candidateFeatures(c: Reading[], ctx: RerankContext): CandidateFeatures {
  const units = c.map((r) => r.unit);
  const f = units.map((u) => ctx.features.get(u)!);
  const words = c.reduce((n, r) => n + r.words, 0);
  const content = new Set(c.flatMap((r) => [...r.content]));
  let covered = 0;
  for (const w of content) covered += ctx.model.concepts.get(w) ?? 0;
  let title = 0;
  for (const w of ctx.model.headline) if (content.has(w)) title++;
  // A unit opens its paragraph when the unit before it (if any) is in another paragraph.
  const opensParagraph = (u: Unit) => u.rank === 0 || ctx.units[u.rank - 1]!.paragraph !== u.paragraph;
  const last = Math.max(1, ctx.units.length - 1);
  return {
    expected: expectedScore(c, ctx.model),
    standing: mean(units.map((u) => ctx.standing.get(u) ?? 0)),
    words: words / TYPICAL_WORDS,
    wordsSquared: (words / TYPICAL_WORDS) ** 2,
    pair: c.length > 1 ? 1 : 0,
    opensArticle: units[0]!.rank === 0 ? 1 : 0,
    leadPair: c.length > 1 && units[0]!.rank === 0 && units[1]!.rank === 1 ? 1 : 0,
    position: mean(f.map((x) => x.position)),
    relativePosition: units[0]!.rank / last,
    paragraphStart: mean(units.map((u) => (opensParagraph(u) ? 1 : 0))),
    trimmed: mean(c.map((r) => (r.text === r.unit.text ? 0 : 1))),
    title: ctx.model.headline.size ? title / ctx.model.headline.size : 0,
    centrality: mean(f.map((x) => x.centrality)),
    actors: mean(f.map((x) => x.actors)),
    figures: Math.max(...f.map((x) => x.figures)),
    quoted: mean(units.map((u) => u.quoted)),
    personal: Math.max(...f.map((x) => x.personal)),
    coverage: ctx.conceptMass > 0 ? covered / ctx.conceptMass : 0,
    adjacent: c.length > 1 && units[1]!.rank === units[0]!.rank + 1 ? 1 : 0,
    namesDocument: namesTheDocument(c[0]!.text) ? 1 : 0,
  };
}

/** The candidate with the highest weighted score; the earlier one on ties. */
export function rerank(candidates: Reading[][], ctx: RerankContext, weights: CandidateFeatures = RERANK_WEIGHTS): Reading[] {
  let best: Reading[] = [];
  let bestValue = -Infinity;
  for (const c of candidates) {
    const v = weightedSum(weights, candidateFeatures(c, ctx));
    if (v > bestValue) {
      bestValue = v;
      best = c;
    }
  }
  return best;
}
