/**
 * Quality measurement: run the real brief command over a dev corpus into a scratch folder and
 * score the briefings with the shared scorer (`../shared/eval/score.mjs`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBrief } from '../pipeline/brief.ts';

/** The scorer's overall figures (see the header of score.mjs). */
export interface EvalResult {
  documents: number;
  briefingsFound: number;
  figures: { precision: number; recall: number; f1: number; keyRecall: number };
  summary: { rouge1: number; rouge2: number; rougeL: number; meanWords: number };
  roles?: number;
  quotes?: number;
  /** Of the written quotes that open like a gold quote, the share under the person who said it. */
  quoteAttribution?: number;
  misattributedQuotes?: number;
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
 * with human summaries and the project's own list of the people in them. Its misses informed rules
 * of the people finder and three summary choices, so it is a second dev set, not an unseen one;
 * see its README.
 */
const PROJECT_CORPORA: Record<string, string> = { heldout: join('tests', 'fixtures', 'heldout-news') };

/** Names `npm run eval` knows: the shared dev corpora and the project's second dev set (`heldout`). */
export const CORPORA = ['seed', 'wikinews', 'heldout'] as const;

/** Where corpus `name` keeps its articles and its gold file. */
export interface CorpusFiles {
  articles: string;
  gold: string;
}

/**
 * The files of corpus `name`: the project's own (`heldout`) or the shared folder's (`seed`,
 * `wikinews`). Articles sit in `articles/` when the corpus has one, else beside the gold file.
 * @throws Error naming the folder when the corpus has no gold file.
 */
export function corpusFiles(name: string, projectRoot = process.cwd()): CorpusFiles {
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
export function evaluateCorpus(name: string, projectRoot = process.cwd()): EvalRun {
  const { articles, gold } = corpusFiles(name, projectRoot);
  const work = mkdtempSync(join(tmpdir(), `eval-${name}-`));
  try {
    const inDir = join(work, 'in');
    cpSync(articles, inDir, { recursive: true, filter: (src) => !src.endsWith('gold.json') });
    const outDir = join(work, 'content');
    runBrief({ inDir, outDir });
    const scorer = join(sharedDir(projectRoot), 'eval', 'score.mjs');
    const args = [scorer, '--gold', gold, '--briefings', join(outDir, 'briefings')];
    const json = JSON.parse(execFileSync(process.execPath, [...args, '--json'], { cwd: projectRoot, encoding: 'utf8' }));
    const text = execFileSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
    return { result: json.result, rows: json.rows, text };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
