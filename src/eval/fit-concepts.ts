/**
 * Refitting the summary's word model (CONCEPT_CLUES in src/pipeline/summary/concepts.ts): logistic
 * regression of "the human summary uses this word" on each content word's clues, over a corpus of
 * articles with human summaries; and a leave-one-article-out check of the summaries the refit
 * weights choose, which says how the model may do on articles it was not fitted on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../pipeline/article.ts';
import { extractArticle } from '../pipeline/extract.ts';
import { CONCEPT_CLUES, conceptClues, type ConceptClues } from '../pipeline/summary/concepts.ts';
import { summarize } from '../pipeline/summary/index.ts';
import { tokens } from '../pipeline/summary/text.ts';
import { buildUnits } from '../pipeline/summary/units.ts';

/** The clue names, in the order of a row of clue values. */
export const CLUE_NAMES = Object.keys(CONCEPT_CLUES) as (keyof ConceptClues)[];

/** One article with its human summary, and a row of clue values and a label per content word. */
export interface TrainingDoc {
  id: string;
  article: Article;
  reference: string;
  rows: number[][];
  labels: number[];
}

/**
 * The articles of `articlesDir` whose file name (without extension) is a key of the gold file,
 * as the scorer's gold files are keyed (`{ "flag": { "summary": … } }`), and one of `ids` when given.
 */
export function loadTrainingDocs(articlesDir: string, goldFile: string, ids?: readonly string[]): TrainingDoc[] {
  const wanted = ids && new Set(ids);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, { summary?: string }>;
  return readdirSync(articlesDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.(md|txt)$/, '');
      const reference = gold[id]?.summary;
      if (!reference || (wanted && !wanted.has(id))) return [];
      const { article } = extractArticle(file, readFileSync(join(articlesDir, file)), []);
      const inSummary = new Set(tokens(reference));
      const rows: number[][] = [];
      const labels: number[] = [];
      for (const [word, clues] of conceptClues(buildUnits(article), article.title)) {
        rows.push(CLUE_NAMES.map((n) => clues[n]));
        labels.push(inSummary.has(word) ? 1 : 0);
      }
      return [{ id, article, reference, rows, labels }];
    });
}

/** Solve `a x = b` by Gaussian elimination with partial pivoting (a is small and well-posed). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Logistic regression by Newton's method, with an L2 penalty on every weight but the bias (which
 * keeps a clue that never fires, or a tiny corpus, from sending a weight to infinity).
 */
export function fitLogistic(rows: number[][], labels: number[], l2 = 1, iterations = 25): number[] {
  const d = rows[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, i) => {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < d; a++) {
        grad[a]! += (p - labels[i]!) * x[a]!;
        for (let b = 0; b < d; b++) hess[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
      }
    });
    for (let a = 1; a < d; a++) {
      grad[a]! += l2 * w[a]!;
      hess[a]![a]! += l2;
    }
    const step = solve(hess, grad);
    w = w.map((v, k) => v - step[k]!);
  }
  return w;
}

/** Fit the word model's weights on some articles (the bias is CLUE_NAMES[0], `bias`). */
export function fitClues(docs: TrainingDoc[], l2 = 1): ConceptClues {
  const w = fitLogistic(
    docs.flatMap((d) => d.rows),
    docs.flatMap((d) => d.labels),
    l2,
  );
  return Object.fromEntries(CLUE_NAMES.map((n, i) => [n, w[i]!])) as ConceptClues;
}

/** ROUGE-1 F1 on the scorer's word tokens (lower-cased letters and digits, no stemming). */
export function rouge1(candidate: string, reference: string): number {
  const counts = new Map<string, number>();
  const ref = tokens(reference);
  for (const t of ref) counts.set(t, (counts.get(t) ?? 0) + 1);
  const cand = tokens(candidate);
  let overlap = 0;
  for (const t of cand) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  return overlap ? (2 * overlap) / (cand.length + ref.length) : 0;
}

/** Mean ROUGE-1 of the summaries chosen with `clues` on some articles. */
export function meanRouge1(docs: TrainingDoc[], clues: ConceptClues): number {
  return docs.length ? docs.reduce((s, d) => s + rouge1(summarize(d.article, clues).summary, d.reference), 0) / docs.length : 0;
}

/** Mean ROUGE-1 of the summaries chosen with the shipped weights, and with weights refit without each article. */
export function leaveOneOut(docs: TrainingDoc[], l2 = 1): { shipped: number; leftOut: number } {
  let shipped = 0;
  let leftOut = 0;
  for (const doc of docs) {
    shipped += rouge1(summarize(doc.article).summary, doc.reference);
    const refit = fitClues(
      docs.filter((d) => d !== doc),
      l2,
    );
    leftOut += rouge1(summarize(doc.article, refit).summary, doc.reference);
  }
  return { shipped: shipped / docs.length, leftOut: leftOut / docs.length };
}
