/**
 * Astro integration: index the built site with Pagefind's Node API once the build is done, so
 * `astro build` alone yields a searchable `dist/`. Pages mark what to index with
 * `data-pagefind-body`; navigation chrome carries `data-pagefind-ignore`.
 *
 * `astro dev` has no index of its own (pages are rendered on request, so there is nothing to
 * index): it serves the last build's index from `dist/pagefind/`, and says so when it starts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { settings } from '../lib/site-settings.ts';
import { writeShardList } from '../lib/search-shards.ts';
import { failIfAbandoned } from '../lib/abandoned.ts';
import { DELTA_BUNDLE, describeIndex, indexSite } from './search-delta.ts';

/** Fail the build with Pagefind's own words when a step reports errors. */
export function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

/** Content types of the files Pagefind writes. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Await one step of Pagefind's indexer, and say that its process stopped whichever way its death
 * shows: the answer never comes (Node runs out of work), or the library rejects the step because
 * its pipe to the process broke ("Pagefind backend closed", after an EPIPE when the process died
 * while a message was being written to it). Which one a killed indexer shows depends on timing.
 */
type Stopped = <T>(step: string, work: Promise<T>) => Promise<T>;

/**
 * Make a Pagefind index of pages from `outDir`, as `add` adds them (returning how many), and write
 * it to `outputPath`. Every step fails the build with Pagefind's own words, or says that its
 * process died; the indexer is closed either way.
 */
export async function writeIndex(outDir: string, outputPath: string, add: (index: pagefind.PagefindIndex, stopped: Stopped) => Promise<number>): Promise<number> {
  // Pagefind indexes in a process of its own; if that process dies, its answers never come.
  const message = (step: string) =>
    `Pagefind stopped while it ${step} (${outDir}): its indexing process ended without an answer, most likely killed for want of memory (see \`dmesg\`); the site has no complete search index`;
  const stopped: Stopped = async (step, work) => {
    try {
      return await failIfAbandoned(work, message(step));
    } catch (error) {
      if (error instanceof Error && /backend (is )?closed/i.test(error.message)) throw new Error(message(step), { cause: error });
      throw error;
    }
  };
  try {
    const { index, errors } = await stopped('started', pagefind.createIndex({ forceLanguage: settings.language }));
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const pages = await add(index, stopped);
    const written = await stopped('wrote the index', index.writeFiles({ outputPath }));
    check('writeFiles', written.errors);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** Index the HTML of `outDir` into `outDir/pagefind/` (or `outputPath`) with Pagefind's Node API, with an empty `shards.json`. */
export async function indexFolder(outDir: string, outputPath = `${outDir.replace(/\/$/, '')}/pagefind`): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const pages = await writeIndex(outDir, outputPath, async (index, stopped) => {
    const added = await stopped('read the pages', index.addDirectory({ path: outDir }));
    check('addDirectory', added.errors);
    return added.page_count;
  });
  // No other bundles to search with this one: the search script reads the list on every site,
  // and `npm run merge-shards` fills it in for a sharded one (src/lib/search-shards.ts).
  writeShardList(outputPath);
  return { pages, seconds: (performance.now() - started) / 1000 };
}

/** Where the search index is made: see `searchIndexMode`. */
export type SearchIndexMode = 'build' | 'separate' | 'after';

/**
 * Where the search index is made, from `SEARCH_INDEX`:
 * - `build` (or unset): `astro build` indexes the site itself in its last hook;
 * - `separate`: nobody indexes it; `npm run index` does, in a process of its own;
 * - `after`: set by `npm run build` (src/build/run-build.ts), which runs Astro in a child process
 *   and indexes once that process has exited.
 *
 * Pagefind's indexer needs memory in proportion to the site, and inside `astro build` it shares the
 * machine with everything Astro still holds: at 50,000 briefings (163,500 pages) Astro held 8.3 GB
 * and the indexer was killed at 13.1 GB on a 24 GB machine; alone afterwards it needed about
 * 19 GB (docs/scaling.md, "The second 50,000 run").
 */
export function searchIndexMode(value = process.env.SEARCH_INDEX): SearchIndexMode {
  if (value === undefined || value === '' || value === 'build') return 'build';
  if (value === 'separate' || value === 'after') return value;
  throw new Error(`SEARCH_INDEX must be "build" (the default) or "separate" (got "${value}")`);
}

/** Whether the site is to be indexed by whoever builds it (`build` or `after`), rather than left to `npm run index`. */
export function indexInBuild(value = process.env.SEARCH_INDEX): boolean {
  return searchIndexMode(value) !== 'separate';
}

export default function pagefindIntegration(): AstroIntegration {
  let outDir = 'dist';
  let base = '/';
  let command = '';
  let root = process.cwd();
  return {
    name: 'briefings-pagefind',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server, logger }) => {
        // A build starts a server of its own to render pages: only `astro dev` serves readers.
        if (command !== 'dev') return;
        const index = join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        if (existsSync(join(index, 'pagefind.js'))) {
          logger.info(`search uses the index of the last build (${index}, ${statSync(index).mtime.toLocaleString()}): run \`npm run build\` to refresh it`);
        } else {
          logger.warn('search needs an index, and there is none yet: run `npm run build` once, then search works here too (or use `npm run preview`)');
        }
        // The whole index, and the delta of the pages changed since it, which its shards.json lists (search-delta.ts).
        const bundles = [
          { prefix, dir: index },
          { prefix: `${base}${DELTA_BUNDLE}/`, dir: join(outDir, DELTA_BUNDLE) },
        ];
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]);
          const bundle = bundles.find((b) => path.startsWith(b.prefix));
          if (!bundle) return next();
          const file = normalize(join(bundle.dir, path.slice(bundle.prefix.length)));
          if (!file.startsWith(bundle.dir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const mode = searchIndexMode();
        if (mode === 'after') return;
        if (mode === 'separate') {
          logger.info(`search index left for \`npm run index -- --dist ${fileURLToPath(dir)}\` (SEARCH_INDEX=separate)`);
          return;
        }
        const update = await indexSite(fileURLToPath(dir), false, root);
        logger.info(`${describeIndex(update)} in ${update.seconds.toFixed(1)} s`);
      },
    },
  };
}
