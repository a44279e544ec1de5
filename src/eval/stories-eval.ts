/**
 * Measuring story threads: brief a labelled set of articles with the real pipeline, group the
 * briefings with `groupStories`, and count "same story" pairs against the labels.
 *
 * A pair of briefings is predicted same-story when `groupStories` puts them in one story, and is
 * gold same-story when both articles carry the same non-null label. Precision is the share of
 * predicted pairs that are gold; recall the share of gold pairs that were predicted.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { runBrief } from '../pipeline/brief.ts';
import { parseMarkdown } from '../pipeline/frontmatter.ts';
import { briefingSchema } from '../schema/briefing.ts';
import { defaultStoryOptions, groupStories, type StoryInput, type StoryOptions } from '../lib/stories.ts';

/** The project's labelled set for story threads (see its README). */
export const STORIES_FIXTURE = join('tests', 'fixtures', 'stories');

/** `labels.json`: article file name without extension → story id, or null for a one-off. */
export const storyLabelsSchema = z.record(z.string(), z.string().min(1).nullable());
/** `heldout.json`: the stories and one-offs left out of tuning. */
export const heldOutSchema = z.object({ stories: z.array(z.string()), oneOffs: z.array(z.string()) });

export type StoryLabels = z.infer<typeof storyLabelsSchema>;

/** A briefing of the labelled set: what grouping needs, and the article it came from. */
export interface LabelledBriefing extends StoryInput {
  /** The source article's file name without extension (the key in labels.json). */
  article: string;
}

/** Pair counts and the figures drawn from them. */
export interface PairScore {
  briefings: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
  /** Of predicted pairs, the share that are gold; 1 when nothing was predicted. */
  precision: number;
  /** Of gold pairs, the share that were predicted; 1 when there are none. */
  recall: number;
}

/** How one labelled story came out: the predicted groups its articles fell into. */
export interface StoryDetail {
  story: string;
  /** Its articles, split by predicted group (an article in no group stands alone). */
  pieces: string[][];
  truePairs: number;
  goldPairs: number;
}

/** A predicted group that mixes articles of different stories or one-offs. */
export interface WrongLink {
  /** Each article of the group with its label. */
  members: { article: string; label: string | null }[];
}

export interface StoriesEvaluation {
  all: PairScore;
  tuned: PairScore;
  heldOut: PairScore;
  stories: StoryDetail[];
  wrongLinks: WrongLink[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/** The labels of a labelled set, checked against its articles folder. */
export function readStoryLabels(dir: string): StoryLabels {
  const file = join(dir, 'labels.json');
  const parsed = storyLabelsSchema.safeParse(readJson(file));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  const articles = readdirSync(join(dir, 'articles')).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3));
  const unlabelled = articles.filter((a) => !(a in parsed.data));
  if (unlabelled.length) throw new Error(`${file}: no label for ${unlabelled.join(', ')}`);
  return parsed.data;
}

/** The articles of the held-out part: those of its stories and its named one-offs. */
export function readHeldOut(dir: string, labels: StoryLabels): Set<string> {
  const file = join(dir, 'heldout.json');
  if (!existsSync(file)) return new Set();
  const parsed = heldOutSchema.safeParse(readJson(file));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  const stories = new Set(parsed.data.stories);
  return new Set(Object.keys(labels).filter((a) => (labels[a] !== null && stories.has(labels[a]!)) || parsed.data.oneOffs.includes(a)));
}

/**
 * Brief the set's articles with the real pipeline into a scratch folder and read the briefings
 * back through the briefing schema.
 */
export function briefLabelledSet(dir: string): LabelledBriefing[] {
  const work = mkdtempSync(join(tmpdir(), 'eval-stories-'));
  try {
    const inDir = join(work, 'in');
    cpSync(join(dir, 'articles'), inDir, { recursive: true });
    const outDir = join(work, 'content');
    runBrief({ inDir, outDir });
    const briefingsDir = join(outDir, 'briefings');
    return readdirSync(briefingsDir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => {
        const file = join(briefingsDir, n);
        const parsed = briefingSchema.safeParse(parseMarkdown(readFileSync(file, 'utf8')).data);
        if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
        const b = parsed.data;
        return { article: b.source.file.replace(/\.(md|txt)$/i, ''), slug: b.slug, title: b.title, date: b.date, figures: b.figures, glossary: b.glossary };
      });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Pair counts over the briefings `keep` accepts. */
function pairScore(items: readonly LabelledBriefing[], labels: StoryLabels, group: Map<string, number>, keep: (article: string) => boolean): PairScore {
  const kept = items.filter((b) => keep(b.article));
  let goldPairs = 0;
  let predictedPairs = 0;
  let truePairs = 0;
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++) {
      const a = kept[i]!.article;
      const b = kept[j]!.article;
      const gold = labels[a] != null && labels[a] === labels[b];
      const predicted = group.has(a) && group.get(a) === group.get(b);
      if (gold) goldPairs++;
      if (predicted) predictedPairs++;
      if (gold && predicted) truePairs++;
    }
  return {
    briefings: kept.length,
    goldPairs,
    predictedPairs,
    truePairs,
    precision: predictedPairs ? truePairs / predictedPairs : 1,
    recall: goldPairs ? truePairs / goldPairs : 1,
  };
}

/** Score grouped briefings against the labels, overall and for the tuned and held-out parts. */
export function scoreStories(items: readonly LabelledBriefing[], labels: StoryLabels, heldOut: ReadonlySet<string>, opts: StoryOptions = defaultStoryOptions): StoriesEvaluation {
  const missing = items.filter((b) => !(b.article in labels)).map((b) => b.article);
  if (missing.length) throw new Error(`labels.json has no label for ${missing.join(', ')}`);
  const groups = groupStories(items, opts);
  const group = new Map<string, number>();
  groups.forEach((g, k) => g.briefings.forEach((b) => group.set(b.article, k)));

  const stories = [...new Set(items.map((b) => labels[b.article]).filter((l): l is string => l != null))].sort().map((story) => {
    const members = items.filter((b) => labels[b.article] === story);
    const pieces = new Map<string, string[]>();
    for (const b of members) {
      const key = group.has(b.article) ? `g${group.get(b.article)}` : `alone:${b.article}`;
      pieces.set(key, [...(pieces.get(key) ?? []), b.article]);
    }
    const own = pairScore(members, labels, group, () => true);
    return { story, pieces: [...pieces.values()], truePairs: own.truePairs, goldPairs: own.goldPairs };
  });
  const wrongLinks = groups
    .map((g) => ({ members: g.briefings.map((b) => ({ article: b.article, label: labels[b.article] ?? null })) }))
    .filter((g) => new Set(g.members.map((m) => m.label ?? `one-off:${m.article}`)).size > 1);

  return {
    all: pairScore(items, labels, group, () => true),
    tuned: pairScore(items, labels, group, (a) => !heldOut.has(a)),
    heldOut: pairScore(items, labels, group, (a) => heldOut.has(a)),
    stories,
    wrongLinks,
  };
}

/** Brief the project's labelled set and score its story threads. */
export function evaluateStories(projectRoot = process.cwd(), opts: StoryOptions = defaultStoryOptions): StoriesEvaluation & { items: LabelledBriefing[] } {
  const dir = resolve(projectRoot, STORIES_FIXTURE);
  const labels = readStoryLabels(dir);
  const items = briefLabelledSet(dir);
  return { ...scoreStories(items, labels, readHeldOut(dir, labels), opts), items };
}
