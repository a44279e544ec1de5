/**
 * Fitting the people finder's decisions (`npm run fit:figures`): the person/not-person model
 * (src/pipeline/figures/person-model.ts) by logistic regression on the candidates the rules
 * propose, labelled by the gold files; and the confidence of each speaker cue
 * (src/pipeline/figures/confidence.ts) as the share of its quotes filed under the right person.
 * The fit reads the GUM fit part and the news dev sets, and reports on the GUM held-out part.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../pipeline/extract.ts';
import { findPeople, type PeopleResult } from '../pipeline/figures/index.ts';
import { FEATURE_NAMES } from '../pipeline/figures/person-model.ts';
import type { SpeakerCue } from '../pipeline/figures/attribution.ts';
import type { RoleSource } from '../pipeline/figures/confidence.ts';
import { fitLogistic } from './fit-concepts.ts';
import { goldIndex, goldSpeakers, norm, type GoldPerson } from './people-gold.ts';

/** One article run through the people finder, with its gold persons. */
export interface FigureDoc {
  id: string;
  result: PeopleResult;
  gold: GoldPerson[];
}

/** Run the people finder over the articles of a corpus folder that its gold file holds (only `keys` when given). */
export function loadFigureDocs(articlesDir: string, goldFile: string, keys?: Set<string>): FigureDoc[] {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, { persons: GoldPerson[] }>;
  return readdirSync(articlesDir)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.(md|txt)$/, '');
      if (!gold[id] || (keys && !keys.has(id))) return [];
      const { article } = extractArticle(file, readFileSync(join(articlesDir, file)), []);
      return [{ id, result: findPeople(article), gold: gold[id].persons }];
    });
}

/** Feature rows and labels (1: the candidate is a gold person) of some documents. */
export function personRows(docs: FigureDoc[]): { rows: number[][]; labels: number[]; goldCount: number } {
  const rows: number[][] = [];
  const labels: number[] = [];
  let goldCount = 0;
  for (const d of docs) {
    goldCount += d.gold.length;
    for (const c of d.result.candidates) {
      rows.push(FEATURE_NAMES.map((k) => c.features[k]));
      labels.push(goldIndex(c.name, d.gold) >= 0 ? 1 : 0);
    }
  }
  return { rows, labels, goldCount };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => w.reduce((s, v, k) => s + v * x[k]!, 0);

/** Candidate-level precision, recall and F1 of a model at a threshold (the scorer's figures, near enough). */
export function scoreRows(w: number[], threshold: number, data: ReturnType<typeof personRows>): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  data.rows.forEach((x, i) => {
    if (sigmoid(dot(w, x)) < threshold) return;
    if (data.labels[i]) tp++;
    else fp++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, data.goldCount);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Fit the person model; the threshold is the one that gives the best F1 on the training data. */
export function fitPersonModel(train: FigureDoc[], l2 = 1): { weights: Record<string, number>; threshold: number } {
  const data = personRows(train);
  const w = fitLogistic(data.rows, data.labels, l2);
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    const { f1 } = scoreRows(w, t, data);
    if (f1 > best.f1) best = { threshold: +t.toFixed(3), f1 };
  }
  return { weights: Object.fromEntries(FEATURE_NAMES.map((k, i) => [k, +w[i]!.toFixed(3)])), threshold: best.threshold };
}

/** Per speaker cue: quotes with a gold speaker, and how many were found under that speaker. */
export function cueCounts(docs: FigureDoc[]): Map<SpeakerCue, { right: number; n: number }> {
  const out = new Map<SpeakerCue, { right: number; n: number }>();
  for (const d of docs)
    for (const q of d.result.quotes) {
      const speakers = goldSpeakers(q.text, d.gold);
      if (!speakers.length) continue;
      const c = out.get(q.cue) ?? { right: 0, n: 0 };
      c.n++;
      if (speakers.includes(goldIndex(q.speaker, d.gold))) c.right++;
      out.set(q.cue, c);
    }
  return out;
}

/** A gold person as the newsroom and dev gold files hold roles: any of these word lists, all words present. */
interface RoleGold {
  roleRequired?: boolean;
  roleAnyOf?: string[][];
}

/** Per role reading: roles it found for gold persons whose role is annotated, and how many were right. */
export function roleCounts(docs: FigureDoc[]): Map<RoleSource, { right: number; n: number }> {
  const out = new Map<RoleSource, { right: number; n: number }>();
  for (const d of docs)
    for (const r of d.result.roles) {
      if (!r.role || r.source === 'none') continue;
      const g = d.gold[goldIndex(r.name, d.gold)] as (GoldPerson & RoleGold) | undefined;
      if (!g?.roleRequired || !g.roleAnyOf) continue;
      const role = norm(r.role);
      const c = out.get(r.source) ?? { right: 0, n: 0 };
      c.n++;
      if (g.roleAnyOf.some((keys) => keys.every((k) => role.includes(norm(k))))) c.right++;
      out.set(r.source, c);
    }
  return out;
}

/**
 * Confidence of each cue: its share of right speakers, pulled towards `prior` as if `strength`
 * quotes more had been seen at the prior's rate (so a cue seen twice does not read as certain).
 */
export function cueConfidences<K extends string>(counts: Map<K, { right: number; n: number }>, priors: Record<K, number>, strength = 4): Record<K, number> {
  return Object.fromEntries(
    (Object.entries(priors) as [K, number][]).map(([cue, prior]) => {
      const c = counts.get(cue) ?? { right: 0, n: 0 };
      return [cue, +((c.right + strength * prior) / (c.n + strength)).toFixed(3)];
    }),
  ) as Record<K, number>;
}

/**
 * The lowest confidence threshold at which what is published is right at least `target` of the
 * time, never below `floor`: the readings (cues or role readings) are taken from the most to the
 * least confident, each with the counts it got right on the dev sets, and the threshold stops at
 * the last one that keeps the running precision at the target. Readings in `fixed` (set by design,
 * such as the nearest name) are never published, so the threshold stays above them.
 */
export function fitThreshold<K extends string>(
  counts: Map<K, { right: number; n: number }>,
  confidences: Record<K, number>,
  target: number,
  floor: number,
  fixed: Partial<Record<K, number>> = {},
): { threshold: number; precision: number } {
  const readings = (Object.keys(confidences) as K[]).filter((k) => !(k in fixed)).sort((a, b) => confidences[b] - confidences[a]);
  let right = 0;
  let n = 0;
  let best = { threshold: 1, precision: 1 };
  for (const k of readings) {
    const c = counts.get(k) ?? { right: 0, n: 0 };
    if (n + c.n && (right + c.right) / (n + c.n) < target) break;
    right += c.right;
    n += c.n;
    best = { threshold: confidences[k], precision: n ? right / n : 1 };
  }
  const ceiling = Math.max(0, ...Object.values<number>(fixed as Record<string, number>));
  const threshold = Math.max(floor, best.threshold, ceiling > 0 ? +(ceiling + 0.01).toFixed(3) : 0);
  return { threshold: +threshold.toFixed(3), precision: +best.precision.toFixed(3) };
}
