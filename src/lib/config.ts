/**
 * Build settings read from the environment, shared by astro.config.mjs and the content collections.
 *
 * - `CONTENT_DIR`: the content folder to build from (default `content`); tests and benchmarks
 *   point it at their own folders.
 * - `ASTRO_CACHE_DIR`: Astro's cache folder, so builds of different content folders do not share
 *   one content store.
 * - `PAGE_CONCURRENCY`: how many pages Astro renders at once (default 4; see `pageConcurrency`).
 *
 * The address and base path are site settings (site.config.ts, with `SITE_URL` and `BASE_PATH`
 * on top; see site-settings.ts). A build with no address builds for the address `npm run preview`
 * serves, and says so.
 */
import { LOCAL_ADDRESS, settings } from './site-settings.ts';

export const contentDir = process.env.CONTENT_DIR || 'content';
export const siteUrl = settings.url ?? LOCAL_ADDRESS;
export const basePath = settings.basePath;
export const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;

/**
 * How many pages Astro renders at once (`build.concurrency`). Astro's default renders one page and
 * waits for its files to be written before the next: a CPU profile of a 1,000-briefing build found
 * the main thread idle for more than half of page generation, waiting on mkdir and writes (the
 * incremental build writes each page twice, to `dist/` and to its cache). Four pages in flight, as
 * many as libuv's file-system threads, keep it busy; docs/scaling.md has the measurement.
 */
export const pageConcurrency = positiveWhole(process.env.PAGE_CONCURRENCY, 4, 'PAGE_CONCURRENCY');

function positiveWhole(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`);
  return n;
}
