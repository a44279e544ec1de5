/**
 * Quality measurement: run the real brief command over a dev corpus into a scratch folder and
 * score the briefings with the scorer vendored in `corpora/eval/score.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runBrief } from '../pipeline/brief.ts';
import { GUM_SPLIT } from './gum-split.ts';
import { articleDocId, briefingDocId, retitleFolder, retitleGold, sharedTitleIds } from './shared-titles.ts';

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

/**
 * Corpora that are one part of a shared corpus: GUM's fit and held-out parts (src/eval/gum-split.json).
 * Only `gum-heldout` is a measure of unseen text; `gum-fit` is what the summary's weights were fitted on.
 */
const SPLIT_CORPORA: Record<string, { corpus: string; ids: readonly string[] }> = {
  'gum-fit': { corpus: 'gum', ids: GUM_SPLIT.fit },
  'gum-heldout': { corpus: 'gum', ids: GUM_SPLIT.heldout },
};

/**
 * Names `npm run eval` runs by default: the dev corpora, the second dev set, GUM whole and its
 * held-out part, the newsroom set's test part and the fresh everyday news (neither written nor
 * fitted on). It also knows
 * `gum-fit`, `newsroom-dev` and any `corpora/<name>` of the repository (`-dev`/`-test` for a part
 * of its SPLIT.json).
 */
export const CORPORA = ['seed', 'wikinews', 'heldout', 'gum', 'gum-heldout', 'newsroom-test', 'fresh-news'] as const;

/** The most output the scorer may print for one corpus (its per-document JSON lines included). */
const SCORER_OUTPUT_BYTES = 512 * 1024 * 1024;

/** The scorer, vendored with the corpora (see `corpora/README.md`). */
export const SCORER = join('corpora', 'eval', 'score.mjs');

/** Where a corpus keeps its articles and its gold file. */
export interface CorpusFiles {
  articles: string;
  gold: string;
  /** Only these documents (file names without extension) belong to the corpus; all when absent. */
  ids?: readonly string[];
}

/**
 * The files of a corpus: `name` is one of {@link CORPORA}, or a folder path holding `gold.json`
 * and its articles (in `articles/` when it has one, else beside the gold file).
 * @throws Error naming the folder when it has no gold file.
 */
export function corpusFiles(name: string, projectRoot = process.cwd()): CorpusFiles {
  const part = SPLIT_CORPORA[name];
  if (part) return { ...corpusFiles(part.corpus, projectRoot), ids: part.ids };
  // A corpus of the repository's own (`corpora/<name>/`) in one part of its SPLIT.json
  // (`newsroom-dev`, `newsroom-test`).
  const [base, side] = /^(.+)-(dev|test)$/.exec(name)?.slice(1) ?? [];
  const own = base && resolve(projectRoot, 'corpora', base);
  if (own && side && existsSync(join(own, 'gold.json')) && existsSync(join(own, 'SPLIT.json'))) {
    const split = JSON.parse(readFileSync(join(own, 'SPLIT.json'), 'utf8')) as Record<string, string[]>;
    if (!split[side]) throw new Error(`no part "${side}" in ${join(own, 'SPLIT.json')}`);
    return { articles: existsSync(join(own, 'articles')) ? join(own, 'articles') : own, gold: join(own, 'gold.json'), ids: split[side] };
  }
  const inCorpora = /^[\w-]+$/.test(name) && existsSync(resolve(projectRoot, 'corpora', name, 'gold.json'));
  const corpus = resolve(projectRoot, NAMED_CORPORA[name] ?? (inCorpora ? join('corpora', name) : name));
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
export function evaluateCorpus(name: string, projectRoot = process.cwd(), options: { lead?: number } = {}): EvalRun {
  const files = corpusFiles(name, projectRoot);
  const work = mkdtempSync(join(tmpdir(), `eval-${basename(name)}-`));
  try {
    const inDir = join(work, 'in');
    const ids = files.ids && new Set(files.ids);
    const member = (src: string) => !ids || !/\.(md|txt)$/.test(src) || ids.has(basename(src).replace(/\.(md|txt)$/, ''));
    cpSync(files.articles, inDir, { recursive: true, filter: (src) => !/(^|[\\/])(gold\.json|README\.md|SPLIT\.json)$/.test(src) && member(src) });
    let gold = files.gold;
    let docs = JSON.parse(readFileSync(gold, 'utf8')) as Record<string, { title?: string }>;
    // The scorer counts every document of its gold file: give it only this part's.
    if (ids) docs = Object.fromEntries(Object.entries(docs).filter(([id]) => ids.has(id)));
    // Documents that share a title are scored each under its own (see shared-titles.ts).
    const shared = sharedTitleIds(docs);
    if (ids || shared.size) {
      gold = join(work, 'gold.json');
      writeFileSync(gold, JSON.stringify(retitleGold(docs, shared)));
    }
    const scorer = resolve(projectRoot, SCORER);
    let args: string[];
    if (options.lead) {
      // The scorer's baseline: the first `lead` sentences of each article, at whatever length they have.
      retitleFolder(inDir, shared, articleDocId);
      args = [scorer, '--gold', gold, '--articles', inDir, '--lead', String(options.lead)];
    } else {
      const outDir = join(work, 'content');
      runBrief({ inDir, outDir });
      retitleFolder(join(outDir, 'briefings'), shared, briefingDocId);
      args = [scorer, '--gold', gold, '--briefings', join(outDir, 'briefings')];
    }
    // The scorer's report grows with the corpus (a line per missed quote of 1,752 articles is over
    // Node's default megabyte), so the buffer is sized for corpora far larger than the project's.
    const run = (a: string[]) => execFileSync(process.execPath, a, { cwd: projectRoot, encoding: 'utf8', maxBuffer: SCORER_OUTPUT_BYTES });
    const json = JSON.parse(run([...args, '--json']));
    const text = run(args);
    return { result: json.result, rows: json.rows, text };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
