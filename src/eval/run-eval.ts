/**
 * Quality measurement: run the real brief command over a dev corpus into a scratch folder and
 * score the briefings with the scorer vendored in `corpora/eval/score.mjs`.
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

/**
 * The corpora `npm run eval` knows by name, relative to the project root. All live in the
 * repository (`corpora/`, with their sources and licences in `corpora/README.md`), so a fork
 * measures what this project measures. `heldout` is a second dev set: nine Wikinews articles that
 * were held out at first, but rules were later written on the people finder's errors there (see
 * its README), so its figures are not unseen ones.
 */
const NAMED_CORPORA: Record<string, string> = {
  seed: join('corpora', 'seed'),
  wikinews: join('corpora', 'wikinews'),
  heldout: join('tests', 'fixtures', 'heldout-news'),
  gum: join('corpora', 'gum'),
};

/** Names `npm run eval` scores by default, in order. */
export const CORPORA = ['seed', 'wikinews', 'heldout', 'gum'] as const;

/** The scorer, vendored with the corpora (see `corpora/README.md`). */
export const SCORER = join('corpora', 'eval', 'score.mjs');

/** Where a corpus keeps its articles and its gold file. */
export interface CorpusFiles {
  articles: string;
  gold: string;
}

/**
 * The files of a corpus: `name` is one of {@link CORPORA}, or a folder path holding `gold.json`
 * and its articles (in `articles/` when it has one, else beside the gold file).
 * @throws Error naming the folder when it has no gold file.
 */
export function corpusFiles(name: string, projectRoot = process.cwd()): CorpusFiles {
  const corpus = resolve(projectRoot, NAMED_CORPORA[name] ?? name);
  if (!existsSync(join(corpus, 'gold.json'))) {
    const known = Object.keys(NAMED_CORPORA).join(', ');
    throw new Error(`no corpus "${name}": ${corpus} has no gold.json (give one of ${known}, or a folder with gold.json and articles/)`);
  }
  const articles = existsSync(join(corpus, 'articles')) ? join(corpus, 'articles') : corpus;
  return { articles, gold: join(corpus, 'gold.json') };
}

/**
 * Brief the articles of corpus `name` (a name of {@link CORPORA} or a folder, see
 * {@link corpusFiles}) into a fresh content folder and score them; the brief command draws on the
 * project's starter glossary as it does for any new folder.
 */
export function evaluateCorpus(name: string, projectRoot = process.cwd()): EvalRun {
  const { articles, gold } = corpusFiles(name, projectRoot);
  const work = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const inDir = join(work, 'in');
    cpSync(articles, inDir, { recursive: true, filter: (src) => !/(^|[\\/])(gold\.json|README\.md)$/.test(src) });
    const outDir = join(work, 'content');
    runBrief({ inDir, outDir });
    const scorer = resolve(projectRoot, SCORER);
    const args = [scorer, '--gold', gold, '--briefings', join(outDir, 'briefings')];
    const json = JSON.parse(execFileSync(process.execPath, [...args, '--json'], { cwd: projectRoot, encoding: 'utf8' }));
    const text = execFileSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
    return { result: json.result, rows: json.rows, text };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
