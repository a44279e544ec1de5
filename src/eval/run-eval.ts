/**
 * Quality measurement: run the real brief command over a dev corpus into a scratch folder and
 * score the briefings with the shared scorer (`../shared/eval/score.mjs`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runBrief } from '../pipeline/brief.ts';
import { GUM_SPLIT } from './gum-split.ts';

/** The scorer's overall figures (see the header of score.mjs). */
export interface EvalResult {
  documents: number;
  briefingsFound: number;
  figures: { precision: number; recall: number; f1: number; keyRecall: number };
  summary: { rouge1: number; rouge2: number; rougeL: number; meanWords: number };
  roles?: number;
  quotes?: number;
  acronyms?: number;
  boilerplateLeft?: number;
}

export interface EvalRun {
  result: EvalResult;
  rows: Record<string, unknown>[];
  /** The scorer's human-readable report. */
  text: string;
}

/** The shared folder: `SHARED_DIR`, else `../shared` beside the project. */
export function sharedDir(projectRoot = process.cwd()): string {
  return resolve(process.env.SHARED_DIR ?? join(projectRoot, '..', 'shared'));
}

/**
 * Corpora kept in the project rather than in the shared folder. `heldout`: nine Wikinews articles
 * with human summaries and the project's own list of the people in them, which no part of the
 * pipeline was developed or tuned on; see its README.
 */
const PROJECT_CORPORA: Record<string, string> = { heldout: join('tests', 'fixtures', 'heldout-news') };

/**
 * Corpora that are one part of a shared corpus: GUM's fit and held-out parts (src/eval/gum-split.json).
 * Only `gum-heldout` is a measure of unseen text; `gum-fit` is what the summary's weights were fitted on.
 */
const SPLIT_CORPORA: Record<string, { corpus: string; ids: readonly string[] }> = {
  'gum-fit': { corpus: 'gum', ids: GUM_SPLIT.fit },
  'gum-heldout': { corpus: 'gum', ids: GUM_SPLIT.heldout },
};

/**
 * Names `npm run eval` runs by default: the shared dev corpora, the project's held-out set and GUM's
 * held-out part. It also knows `gum-fit` and any `corpora/<name>` of the repository (`-dev`/`-test`
 * for a part of its SPLIT.json).
 */
export const CORPORA = ['seed', 'wikinews', 'heldout', 'gum-heldout'] as const;

/** Where corpus `name` keeps its articles and its gold file. */
export interface CorpusFiles {
  articles: string;
  gold: string;
  /** Only these documents (file names without extension) belong to the corpus; all when absent. */
  ids?: readonly string[];
}

/**
 * The files of corpus `name`: the project's own (`heldout`) or the shared folder's (`seed`,
 * `wikinews`). Articles sit in `articles/` when the corpus has one, else beside the gold file.
 * @throws Error naming the folder when the corpus has no gold file.
 */
export function corpusFiles(name: string, projectRoot = process.cwd()): CorpusFiles {
  const part = SPLIT_CORPORA[name];
  if (part) return { ...corpusFiles(part.corpus, projectRoot), ids: part.ids };
  // A corpus of the repository's own (`corpora/<name>/`), whole or one part of its SPLIT.json
  // (`newsroom-dev`, `newsroom-test`).
  const [base, side] = /^(.+)-(dev|test)$/.exec(name)?.slice(1) ?? [name, undefined];
  const own = resolve(projectRoot, 'corpora', base!);
  if (existsSync(join(own, 'gold.json'))) {
    const files = { articles: existsSync(join(own, 'articles')) ? join(own, 'articles') : own, gold: join(own, 'gold.json') };
    if (!side) return files;
    const split = JSON.parse(readFileSync(join(own, 'SPLIT.json'), 'utf8')) as Record<string, string[]>;
    if (!split[side]) throw new Error(`no part "${side}" in ${join(own, 'SPLIT.json')}`);
    return { ...files, ids: split[side] };
  }
  const local = PROJECT_CORPORA[name];
  const corpus = local ? resolve(projectRoot, local) : join(sharedDir(projectRoot), 'corpus', name);
  if (!existsSync(join(corpus, 'gold.json'))) throw new Error(`no corpus "${name}": ${corpus} has no gold.json`);
  const articles = existsSync(join(corpus, 'articles')) ? join(corpus, 'articles') : corpus;
  return { articles, gold: join(corpus, 'gold.json') };
}

/**
 * Brief the articles of corpus `name` (`seed`, `wikinews` or `heldout`) into a fresh content
 * folder and score them; the brief command draws on the project's starter glossary as it does for
 * any new folder.
 */
export function evaluateCorpus(name: string, projectRoot = process.cwd(), options: { lead?: number } = {}): EvalRun {
  const files = corpusFiles(name, projectRoot);
  const work = mkdtempSync(join(tmpdir(), `eval-${name}-`));
  try {
    const inDir = join(work, 'in');
    const ids = files.ids && new Set(files.ids);
    const member = (src: string) => !ids || !/\.(md|txt)$/.test(src) || ids.has(basename(src).replace(/\.(md|txt)$/, ''));
    cpSync(files.articles, inDir, { recursive: true, filter: (src) => !src.endsWith('gold.json') && member(src) });
    let gold = files.gold;
    if (ids) {
      // The scorer counts every document of its gold file: give it only this part's.
      const all = JSON.parse(readFileSync(gold, 'utf8')) as Record<string, unknown>;
      gold = join(work, 'gold.json');
      writeFileSync(gold, JSON.stringify(Object.fromEntries(Object.entries(all).filter(([id]) => ids.has(id)))));
    }
    const scorer = join(sharedDir(projectRoot), 'eval', 'score.mjs');
    let args: string[];
    if (options.lead) {
      // The scorer's baseline: the first `lead` sentences of each article, at whatever length they have.
      args = [scorer, '--gold', gold, '--articles', inDir, '--lead', String(options.lead)];
    } else {
      const outDir = join(work, 'content');
      runBrief({ inDir, outDir });
      args = [scorer, '--gold', gold, '--briefings', join(outDir, 'briefings')];
    }
    const json = JSON.parse(execFileSync(process.execPath, [...args, '--json'], { cwd: projectRoot, encoding: 'utf8' }));
    const text = execFileSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
    return { result: json.result, rows: json.rows, text };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
