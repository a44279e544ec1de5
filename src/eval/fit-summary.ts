/**
 * Fitting the summary's reranker (RERANK_WEIGHTS in src/pipeline/summary/rerank.ts): for each
 * article with a human summary, every candidate summary the stage weighs, its features and its
 * ROUGE-1 against the human summary; then a listwise fit, which moves the weights so that the
 * softmax of the candidates' scores matches a softmax of their ROUGE-1 (a sharp one, so the best
 * few candidates carry the target), with an L2 penalty. A cross-validation by article says how the
 * weights may do on articles they were not fitted on.
 */
import type { Article } from '../pipeline/article.ts';
import { CONCEPT_CLUES } from '../pipeline/summary/concepts.ts';
import { summaryCandidates } from '../pipeline/summary/index.ts';
import { CANDIDATE_FEATURES, candidateFeatures, type CandidateFeatures } from '../pipeline/summary/rerank.ts';
import { fnv1a } from './gum-split.ts';
import { rouge1 } from './fit-concepts.ts';

/** One article's candidates: a feature row each, their ROUGE-1, and how many words each has. */
export interface RerankDoc {
  id: string;
  rows: Float64Array[];
  gains: number[];
  words: number[];
}

/** The candidates of an article with a human summary, as rows for the fit. */
export function rerankDoc(id: string, article: Article, reference: string): RerankDoc | undefined {
  const { candidates, context } = summaryCandidates(article, CONCEPT_CLUES);
  if (!candidates.length) return undefined;
  const rows: Float64Array[] = [];
  const gains: number[] = [];
  const words: number[] = [];
  for (const c of candidates) {
    const f = candidateFeatures(c, context);
    rows.push(Float64Array.from(CANDIDATE_FEATURES, (n) => f[n]));
    gains.push(rouge1(c.map((r) => r.text).join(' '), reference));
    words.push(c.reduce((n, r) => n + r.words, 0));
  }
  return { id, rows, gains, words };
}

/** Options of the listwise fit. */
export interface FitOptions {
  /**
   * `listwise`: temperature of the target softmax over ROUGE-1 (smaller: only the best candidates
   * count); `expected`: temperature of the softmax over the scores the choice is drawn from.
   */
  temperature: number;
  /** L2 penalty on the standardised weights' distance from the starting weights. */
  l2: number;
  iterations: number;
  /**
   * `listwise`: cross-entropy against the softmax of ROUGE-1; `expected`: the expected ROUGE-1 of
   * a choice drawn from the softmax of the scores, which is the measure itself made smooth.
   */
  objective: 'listwise' | 'expected';
}

export const DEFAULT_FIT: FitOptions = { temperature: 0.01, l2: 0.01, iterations: 200, objective: 'expected' };

/** Index of the best-scoring row under weights `w` (the earlier on ties, as the stage chooses). */
function argmax(rows: Float64Array[], w: ArrayLike<number>): number {
  let best = 0;
  let bestValue = -Infinity;
  rows.forEach((x, i) => {
    let v = 0;
    for (let k = 0; k < x.length; k++) v += w[k]! * x[k]!;
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  });
  return best;
}

/** Mean ROUGE-1 of the candidates chosen under `weights` (and their mean length in words). */
export function chosenRouge(docs: RerankDoc[], weights: CandidateFeatures): { rouge1: number; words: number } {
  const w = CANDIDATE_FEATURES.map((n) => weights[n]);
  let r = 0;
  let words = 0;
  for (const d of docs) {
    const i = argmax(d.rows, w);
    r += d.gains[i]!;
    words += d.words[i]!;
  }
  return { rouge1: r / docs.length, words: words / docs.length };
}

/** Mean ROUGE-1 of the best candidate of each article: the most any choice could reach. */
export function oracleRouge(docs: RerankDoc[]): number {
  return docs.reduce((s, d) => s + Math.max(...d.gains), 0) / docs.length;
}

/**
 * Fit the weights listwise (cross-entropy between the softmax of the scores and the softmax of
 * ROUGE-1 / temperature, per article, by Adam on standardised features), returned on the raw
 * features' scale. Starts from `start` so a weak fit stays near the hand-set choice.
 */
export function fitRerank(docs: RerankDoc[], start: CandidateFeatures, options: FitOptions = DEFAULT_FIT): CandidateFeatures {
  const d = CANDIDATE_FEATURES.length;
  const all = docs.flatMap((doc) => doc.rows);
  const mu = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const x of all) for (let k = 0; k < d; k++) mu[k]! += x[k]! / all.length;
  for (const x of all) for (let k = 0; k < d; k++) sd[k]! += (x[k]! - mu[k]!) ** 2 / all.length;
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]!) || 1;
  const z = docs.map((doc) => doc.rows.map((x) => Float64Array.from(x, (v, k) => (v - mu[k]!) / sd[k]!)));
  const targets = docs.map((doc) => softmax(doc.gains.map((g) => g / options.temperature)));
  const w0 = Float64Array.from(CANDIDATE_FEATURES, (n, k) => start[n] * sd[k]!);
  const w = Float64Array.from(w0);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const rate = options.objective === 'expected' ? 0.01 : 0.05;
  for (let it = 1; it <= options.iterations; it++) {
    const grad = new Float64Array(d);
    z.forEach((rows, i) => {
      // The expected measure draws from a sharp softmax of the scores (the choice is the top one).
      const sharp = options.objective === 'expected' ? 1 / options.temperature : 1;
      const p = softmax(rows.map((x) => sharp * x.reduce((s, xv, k) => s + xv * w[k]!, 0)));
      const q = targets[i]!;
      const gains = docs[i]!.gains;
      const meanGain = p.reduce((s, pc, c) => s + pc * gains[c]!, 0);
      rows.forEach((x, c) => {
        // d(−Σ p·g)/dw = −Σ p (g − ḡ) x; d(cross-entropy)/dw = Σ (p − q) x.
        const diff = (options.objective === 'expected' ? -sharp * p[c]! * (gains[c]! - meanGain) : p[c]! - q[c]!) / docs.length;
        if (diff) for (let k = 0; k < d; k++) grad[k]! += diff * x[k]!;
      });
    });
    for (let k = 0; k < d; k++) {
      const g = grad[k]! + options.l2 * (w[k]! - w0[k]!);
      m[k] = 0.9 * m[k]! + 0.1 * g;
      v[k] = 0.999 * v[k]! + 0.001 * g * g;
      w[k]! -= (rate * (m[k]! / (1 - 0.9 ** it))) / (Math.sqrt(v[k]! / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return Object.fromEntries(CANDIDATE_FEATURES.map((n, k) => [n, w[k]! / sd[k]!])) as CandidateFeatures;
}

function softmax(xs: number[]): number[] {
  const top = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - top));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

/**
 * Mean ROUGE-1 of the choices of weights fitted without each fold, over `folds` folds split by a
 * hash of the article id (so the folds do not depend on file order).
 */
export function crossValidate(docs: RerankDoc[], start: CandidateFeatures, options: FitOptions, folds = 5): { rouge1: number; words: number } {
  let r = 0;
  let words = 0;
  for (let f = 0; f < folds; f++) {
    const inFold = (doc: RerankDoc) => fnv1a(doc.id) % folds === f;
    const test = docs.filter(inFold);
    if (!test.length) continue;
    const weights = fitRerank(docs.filter((doc) => !inFold(doc)), start, options);
    const got = chosenRouge(test, weights);
    r += got.rouge1 * test.length;
    words += got.words * test.length;
  }
  return { rouge1: r / docs.length, words: words / docs.length };
}
