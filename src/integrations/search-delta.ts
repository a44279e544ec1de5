/**
 * The search index brought up to date by indexing only the pages that changed.
 *
 * Pagefind makes an index whole or not at all: at 10,000 briefings that is about 40 s for every
 * build, even when one article changed (docs/scaling.md). So after a whole index, later builds
 * into the same folder index only the pages written since, into a second, small bundle
 * (`pagefind-delta/`), and list in the whole bundle's `shards.json`
 * - the delta bundle, which the search script merges with the whole one (Pagefind's `mergeIndex`),
 * - the whole index's results to hide: the earlier versions of changed pages and the pages gone.
 *
 * The delta holds every page changed since the whole index, not since the last build, so there is
 * only ever one. Once it would hold more than `deltaLimit` pages, or the whole index is not the
 * one this record describes (a first build, an emptied folder, `--force`), the folder is indexed
 * whole again and the delta removed.
 *
 * A page counts as written when its size or modification time changed: Astro leaves a page that
 * is already in the output folder alone when its cache says it is unchanged (keep-out-dir.ts), so
 * a whole build costs one `stat` per page here, and only changed pages are read.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { check, indexFolder, writeIndex } from './pagefind.ts';
import { settings } from '../lib/site-settings.ts';
import { writeShardList } from '../lib/search-shards.ts';
import { currentShard } from '../lib/shard.ts';
import { checkoutRecordFile, readRecordFile, writeRecordFile } from '../lib/checkout-record.ts';

/** The whole index's folder and the delta's, inside the output folder. */
export const WHOLE_BUNDLE = 'pagefind';
export const DELTA_BUNDLE = 'pagefind-delta';

/** What the last whole index was made from, and which of its results are which page. */
export const searchStateSchema = z.strictObject({
  /** The output folder, resolved. */
  outDir: z.string(),
  /** The whole index's metadata file's hash (`pagefind-entry.json`), to tell it from any other. */
  meta: z.string(),
  /** Every HTML page as it was when the whole index was made: path → [size, modification time]. */
  pages: z.record(z.string(), z.tuple([z.number(), z.number()])),
  /** The whole index's result ids by page address, read from its fragments when first needed. */
  ids: z.record(z.string(), z.string()).optional(),
});
export type SearchState = z.infer<typeof searchStateSchema>;

/** How a build's index was brought up to date. */
export interface IndexUpdate {
  /** `whole`: every page indexed; `delta`: only the changed ones, beside the whole index. */
  mode: 'whole' | 'delta';
  /** Pages indexed in this run (whole: all of them; delta: the changed ones). */
  pages: number;
  /** Results of the whole index hidden (delta only). */
  hidden: number;
  /** Why the index was made whole (whole only). */
  reason?: string;
  seconds: number;
}

/**
 * The most pages a delta may hold: one in a hundred of the site's, and at least 25. Every search
 * loads the delta beside the whole index, and a changed page's old version is hidden, not removed,
 * so past this the reader's cost grows while a whole index costs the build less than it saves.
 */
export function deltaLimit(pageCount: number): number {
  return Math.max(25, Math.ceil(pageCount / 100));
}

/** Where the record for `outDir` is kept: the checkout's `.astro/` folder, beside keep-out-dir's. */
export function stateFile(root: string, outDir: string): string {
  return checkoutRecordFile(root, 'search-index', outDir);
}

/** Every HTML file under `outDir` but the search bundles: path relative to it → [size, mtime]. */
export function scanPages(outDir: string): Map<string, [number, number]> {
  const pages = new Map<string, [number, number]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === outDir && (entry.name === WHOLE_BUNDLE || entry.name === DELTA_BUNDLE || entry.name.startsWith('pagefind-shard-'))) continue;
        walk(path);
      } else if (entry.name.endsWith('.html')) {
        const s = statSync(path);
        pages.set(relative(outDir, path).split(sep).join('/'), [s.size, s.mtimeMs]);
      }
    }
  };
  walk(outDir);
  return pages;
}

/** A page's address as Pagefind gives it: "figures/x/index.html" → "/figures/x/". */
export function pageUrl(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The whole index's metadata hash, or undefined when the folder holds no index. */
function bundleMeta(outDir: string): string | undefined {
  const entry = join(outDir, WHOLE_BUNDLE, 'pagefind-entry.json');
  if (!existsSync(entry)) return undefined;
  try {
    const languages = (JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { hash?: string }> }).languages ?? {};
    return Object.values(languages).map((l) => l.hash).join(',') || undefined;
  } catch {
    return undefined;
  }
}

/** Bytes of a fragment read first: its address comes first and fits in them, compressed, for any usual address. */
const FRAGMENT_HEAD = 1024;

/** The page address a fragment holds, from its first bytes when they hold it, else from the whole file. */
function fragmentUrl(file: string): string | undefined {
  const fd = openSync(file, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(FRAGMENT_HEAD);
    head = buf.subarray(0, readSync(fd, buf, 0, FRAGMENT_HEAD, 0));
  } finally {
    closeSync(fd);
  }
  // A gzip stream cut short inflates as far as it goes; the address is its first JSON field.
  const start = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
  const early = /^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")[,}]/.exec(start)?.[1];
  if (early) return JSON.parse(early) as string;
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url?: string }).url;
}

/**
 * The whole index's result ids by page address, from its fragments (gzip, "pagefind_dcd" then
 * JSON). Only each fragment's first kilobyte is read and inflated: at 10,000 briefings reading and
 * inflating every fragment whole took 2.6 s of the first one-article rebuild after a whole index.
 */
export function readResultIds(bundleDir: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const dir = join(bundleDir, 'fragment');
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const url = fragmentUrl(join(dir, name));
    if (url) ids[url] = name.slice(0, -'.pf_fragment'.length);
  }
  return ids;
}

function readState(file: string, outDir: string): SearchState | undefined {
  const state = readRecordFile(file, searchStateSchema);
  return state?.outDir === resolve(outDir) ? state : undefined;
}

const writeState = (file: string, state: SearchState) => writeRecordFile(file, searchStateSchema, state);

/** Index `pages` (path relative to `outDir`, and its HTML) alone into `outDir/pagefind-delta/`. */
async function indexDelta(outDir: string, pages: readonly (readonly [string, string])[]): Promise<void> {
  const bundle = join(outDir, DELTA_BUNDLE);
  rmSync(bundle, { recursive: true, force: true });
  await writeIndex(outDir, bundle, async (index, stopped) => {
    for (const [path, content] of pages) {
      const added = await stopped(`read ${path}`, index.addHTMLFile({ sourcePath: path, content }));
      check(`addHTMLFile (${path})`, added.errors);
    }
    return pages.length;
  });
}

/**
 * Bring the search index of `outDir` up to date: whole, or only the pages changed since the last
 * whole index (see the module's comment). `force` makes it whole; `root` is the checkout whose
 * `.astro/` keeps the record.
 */
export async function updateSearchIndex(outDir: string, options: { force?: boolean; root?: string } = {}): Promise<IndexUpdate> {
  const started = performance.now();
  const file = stateFile(options.root ?? process.cwd(), outDir);
  const state = readState(file, outDir);
  const pages = scanPages(outDir);
  const meta = bundleMeta(outDir);
  const reason = options.force ? 'asked for (--force)' : !state ? 'no earlier index of this folder' : state.meta !== meta ? 'the index in the folder is not the one recorded' : undefined;

  if (!reason && state) {
    const written = [...pages].filter(([path, [size, mtime]]) => {
      const before = state.pages[path];
      return !before || before[0] !== size || before[1] !== mtime;
    }).map(([path]) => path);
    // Only pages Pagefind indexes count: those marked with data-pagefind-body (every site here has some).
    const changed = written
      .map((path) => [path, readFileSync(join(outDir, path), 'utf8')] as const)
      .filter(([, html]) => html.includes('data-pagefind-body'));
    const ids = (state.ids ??= readResultIds(join(outDir, WHOLE_BUNDLE)));
    const stale = new Set([...written, ...Object.keys(state.pages).filter((path) => !pages.has(path))]);
    const hidden = [...stale].map((path) => ids[pageUrl(path)]).filter((id): id is string => id !== undefined);
    const limit = deltaLimit(Object.keys(ids).length);
    if (changed.length <= limit && hidden.length <= limit) {
      let delta = changed;
      if (delta.length > 0) await indexDelta(outDir, delta);
      // A page rewritten with the same words (a re-brief that changed only its record) gets the
      // same result id in the delta as in the whole index, and hiding that id would hide both
      // copies: the page is searched in the whole index as it is, and left out of the delta.
      const deltaIds = delta.length > 0 ? readResultIds(join(outDir, DELTA_BUNDLE)) : {};
      const same = new Set(Object.entries(deltaIds).filter(([url, id]) => ids[url] === id).map(([, id]) => id));
      if (same.size) {
        delta = delta.filter(([path]) => !same.has(deltaIds[pageUrl(path)] ?? ''));
        if (delta.length > 0) await indexDelta(outDir, delta);
        hidden.splice(0, hidden.length, ...hidden.filter((id) => !same.has(id)));
      }
      if (delta.length === 0) rmSync(join(outDir, DELTA_BUNDLE), { recursive: true, force: true });
      // The delta's address from the site's root, under the base path ("/" or "/news", with or without its slash).
      const bundlePath = `${(settings.basePath || '/').replace(/\/?$/, '/')}${DELTA_BUNDLE}/`;
      writeShardList(join(outDir, WHOLE_BUNDLE), delta.length > 0 ? [bundlePath] : [], hidden.sort());
      writeState(file, state);
      return { mode: 'delta', pages: delta.length, hidden: hidden.length, seconds: (performance.now() - started) / 1000 };
    }
  }

  // Whole: from an empty bundle folder, so its fragments are this index's alone (their ids are read later).
  rmSync(join(outDir, WHOLE_BUNDLE), { recursive: true, force: true });
  rmSync(join(outDir, DELTA_BUNDLE), { recursive: true, force: true });
  const whole = await indexFolder(outDir);
  const newMeta = bundleMeta(outDir);
  if (newMeta) writeState(file, { outDir: resolve(outDir), meta: newMeta, pages: Object.fromEntries(pages) });
  return { mode: 'whole', pages: whole.pages, hidden: 0, reason: reason ?? 'more pages changed than a delta holds', seconds: (performance.now() - started) / 1000 };
}

/**
 * Index a built site as a build does: a shard's part whole (its bundle is merged with the other
 * shards' by `npm run merge-shards`, which keeps no delta), any other site by `updateSearchIndex`.
 */
export async function indexSite(outDir: string, force: boolean, root?: string): Promise<IndexUpdate> {
  if (currentShard) {
    const whole = await indexFolder(outDir);
    return { mode: 'whole', pages: whole.pages, hidden: 0, reason: 'a shard is indexed whole', seconds: whole.seconds };
  }
  return updateSearchIndex(outDir, { force, root });
}

/** One line for the build's log: "2 changed pages indexed beside the whole index (2 of its results replaced or gone)". */
export function describeIndex(update: IndexUpdate): string {
  const pages = (n: number, adjective = '') => `${n.toLocaleString('en')} ${adjective}${n === 1 ? 'page' : 'pages'}`;
  if (update.mode === 'delta') {
    if (update.pages === 0 && update.hidden === 0) return 'no page changed since the whole index';
    return `${pages(update.pages, 'changed ')} indexed beside the whole index (${update.hidden.toLocaleString('en')} of its results replaced or gone)`;
  }
  return `${pages(update.pages)} indexed whole (${update.reason})`;
}
