/**
 * The refit of the summary's word model: the fitter recovers weights it should, ROUGE-1 counts as
 * the scorer does, and on the dev set the shipped weights are what the method gives, give or take.
 */
import { describe, expect, it } from 'vitest';
import { CLUE_NAMES, fitClues, fitLogistic, leaveOneOut, loadTrainingDocs, rouge1 } from '../src/eval/fit-concepts.ts';
import { corpusFiles } from '../src/eval/run-eval.ts';
import { CONCEPT_CLUES } from '../src/pipeline/summary/concepts.ts';

/** A small deterministic pseudo-random generator (mulberry32), so the synthetic data never changes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fitLogistic', () => {
  it('recovers the weights that generated the labels', () => {
    const truth = [-2, 1.5, -0.8, 0.6];
    const next = random(7);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const x = [1, next() < 0.3 ? 1 : 0, next() < 0.5 ? 1 : 0, next() * 3];
      const z = x.reduce((s, v, k) => s + v * truth[k]!, 0);
      rows.push(x);
      labels.push(next() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
    }
    const w = fitLogistic(rows, labels, 0);
    w.forEach((v, k) => expect(Math.abs(v - truth[k]!), `weight ${k}: ${v}`).toBeLessThan(0.15));
  });
});

describe('rouge1', () => {
  it('is the F1 of clipped word matches, case and punctuation aside', () => {
    expect(rouge1('The cat sat.', 'the cat ran')).toBeCloseTo(2 / 3);
    // "the" twice in the candidate, once in the reference: one match.
    expect(rouge1('the the dog', 'the cat')).toBeCloseTo((2 * 1) / 5);
    expect(rouge1('', 'the cat')).toBe(0);
  });
});

describe('the word model on the Wikinews dev set', () => {
  const corpus = corpusFiles('wikinews');
  const docs = loadTrainingDocs(corpus.articles, corpus.gold);

  it('refits close to the shipped weights', () => {
    expect(docs.length).toBe(14);
    const refit = fitClues(docs);
    for (const name of CLUE_NAMES) expect(Math.abs(refit[name] - CONCEPT_CLUES[name]), name).toBeLessThan(0.5);
  });

  it('keeps its leave-one-article-out ROUGE-1 above a floor', () => {
    const { shipped, leftOut } = leaveOneOut(docs);
    console.log('word model ROUGE-1', JSON.stringify({ shipped, leftOut }));
    // Measured 0.448 with the shipped weights, 0.432 refit without the article scored.
    expect(shipped).toBeGreaterThanOrEqual(0.44);
    expect(leftOut).toBeGreaterThanOrEqual(0.42);
  }, 60_000);
});
