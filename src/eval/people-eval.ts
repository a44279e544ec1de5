/**
 * People figures by corpus part: brief each corpus once with the real brief command, then score
 * the briefings with the vendored scorer (corpora/eval) against the gold of each part (a genre of GUM, its fit or
 * held-out half, the newsroom set's dev or test half). The scorer matches briefings to gold
 * documents by title, so a part is scored by handing it a gold file cut down to that part.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBrief } from '../pipeline/brief.ts';
import { corpusFiles, SCORER, type EvalResult } from './run-eval.ts';
import { briefingDocId, retitleFolder, retitleGold, sharedTitleIds } from './shared-titles.ts';

/** A gold file's documents, keyed by file name without extension. */
export type Gold = Record<string, { title: string; persons: unknown[]; [k: string]: unknown }>;

/**
 * The GUM split: a document is held out when the first byte of the SHA-1 of its key ("news-nasa")
 * is below 77 (about 30%), except the Wikinews articles GUM shares with `../wikinews` and with the
 * project's second dev set (`tests/fixtures/heldout-news`), which rules were written on and so are
 * always in the fit part. The fixed lists are in
 * `src/eval/gum-people-split.json` (written by `npm run eval:people -- --write-split`).
 */
export function gumHeldOut(key: string, devTitles: Set<string>, title: string): boolean {
  if (devTitles.has(title.toLowerCase())) return false;
  return createHash('sha1').update(key).digest()[0]! < 77;
}

/** The GUM split as recorded in `src/eval/gum-people-split.json`. */
export interface GumSplit {
  rule: string;
  fit: string[];
  heldOut: string[];
}

/** Read the recorded GUM split. */
export function readGumSplit(projectRoot = process.cwd()): GumSplit {
  return JSON.parse(readFileSync(join(projectRoot, 'src', 'eval', 'gum-people-split.json'), 'utf8')) as GumSplit;
}

/** Compute the GUM split from the gold file (see `gumHeldOut`). */
export function computeGumSplit(projectRoot = process.cwd()): GumSplit {
  const gum = JSON.parse(readFileSync(corpusFiles('gum', projectRoot).gold, 'utf8')) as Gold;
  const dev = ['wikinews', 'heldout'].map((c) => JSON.parse(readFileSync(corpusFiles(c, projectRoot).gold, 'utf8')) as Gold);
  const titles = new Set(dev.flatMap((g) => Object.values(g).map((d) => d.title.toLowerCase())));
  const keys = Object.keys(gum).sort();
  const heldOut = keys.filter((k) => gumHeldOut(k, titles, gum[k]!.title));
  return {
    rule: 'held out when sha1(key)[0] < 77, except GUM news documents that are articles of the Wikinews dev set or of tests/fixtures/heldout-news (always fit)',
    fit: keys.filter((k) => !heldOut.includes(k)),
    heldOut,
  };
}

/** Briefings of one corpus, written once into a scratch folder. */
export interface BriefedCorpus {
  gold: Gold;
  goldFile: string;
  briefings: string;
  /** Remove the scratch folder. */
  dispose: () => void;
  /** Seconds the brief command took. */
  seconds: number;
}

/** Brief every article of a corpus folder into a scratch folder. */
export function briefCorpus(articles: string, goldFile: string): BriefedCorpus {
  const work = mkdtempSync(join(tmpdir(), 'people-eval-'));
  const inDir = join(work, 'in');
  cpSync(articles, inDir, { recursive: true, filter: (src) => !src.endsWith('gold.json') && !src.endsWith('README.md') });
  const outDir = join(work, 'content');
  const t0 = performance.now();
  runBrief({ inDir, outDir });
  const seconds = (performance.now() - t0) / 1000;
  // Documents that share a title are scored each under its own (see shared-titles.ts).
  const original = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const shared = sharedTitleIds(original);
  const gold = retitleGold(original, shared);
  if (shared.size) {
    retitleFolder(join(outDir, 'briefings'), shared, briefingDocId);
    goldFile = join(work, 'gold.json');
    writeFileSync(goldFile, JSON.stringify(gold));
  }
  return {
    gold,
    goldFile,
    briefings: join(outDir, 'briefings'),
    dispose: () => rmSync(work, { recursive: true, force: true }),
    seconds,
  };
}

/** One scorer row per document (see score.mjs). */
export type ScoreRow = Record<string, unknown> & { id: string };

/** Score the briefings against the documents of `keys` only (all when omitted). */
export function scorePart(corpus: BriefedCorpus, keys?: string[], projectRoot = process.cwd()): { result: EvalResult & Record<string, unknown>; rows: ScoreRow[] } {
  let gold = corpus.goldFile;
  let tmp: string | undefined;
  if (keys) {
    tmp = mkdtempSync(join(tmpdir(), 'people-gold-'));
    gold = join(tmp, 'gold.json');
    writeFileSync(gold, JSON.stringify(Object.fromEntries(keys.map((k) => [k, corpus.gold[k]]))));
  }
  try {
    const scorer = resolve(projectRoot, SCORER);
    const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--briefings', corpus.briefings, '--json'], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(out);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** The newsroom set's split (`SPLIT.json` beside its gold), when it has one. */
export interface NewsroomSplit {
  dev: string[];
  test: string[];
}

/**
 * The part of the newsroom set a document is in: the corpus's own `SPLIT.json` when it has one,
 * else a `split` in its gold, else by a stable hash (test when the first byte of the SHA-1 of its
 * key is below 128). Rules may be written and weights fitted on the dev part only.
 */
export function newsroomPart(key: string, doc: Record<string, unknown>, split?: NewsroomSplit): 'dev' | 'test' {
  if (split) return split.dev.includes(key) ? 'dev' : 'test';
  if (doc.split === 'dev' || doc.split === 'test') return doc.split;
  return createHash('sha1').update(key).digest()[0]! < 128 ? 'test' : 'dev';
}

/** Newsroom articles whose misses were read to write rules before the set had its split (src/eval/newsroom-read.json). */
export function newsroomRead(projectRoot = process.cwd()): Set<string> {
  const file = join(projectRoot, 'src', 'eval', 'newsroom-read.json');
  return new Set(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { read: string[] }).read : []);
}

/**
 * The newsroom corpus the project annotates (`corpora/newsroom`, or `NEWSROOM_DIR`), when present.
 * Its gold may be one `gold.json` or several `gold-*.json` (one per writer), merged here into a
 * scratch file.
 */
export function newsroomFiles(projectRoot = process.cwd()): { articles: string; gold: string; split?: NewsroomSplit } | undefined {
  const dir = resolve(projectRoot, process.env.NEWSROOM_DIR ?? join('corpora', 'newsroom'));
  if (!existsSync(dir)) return undefined;
  const articles = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  const split = existsSync(join(dir, 'SPLIT.json')) ? (JSON.parse(readFileSync(join(dir, 'SPLIT.json'), 'utf8')) as NewsroomSplit) : undefined;
  if (existsSync(join(dir, 'gold.json'))) return { articles, gold: join(dir, 'gold.json'), split };
  const parts = readdirSync(dir).filter((f) => /^gold-.*\.json$/.test(f));
  if (!parts.length) return undefined;
  const merged = Object.assign({}, ...parts.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  const gold = join(mkdtempSync(join(tmpdir(), 'newsroom-gold-')), 'gold.json');
  writeFileSync(gold, JSON.stringify(merged));
  return { articles, gold, split };
}
