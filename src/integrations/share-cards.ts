/**
 * Astro integration: each briefing's share image (`/briefings/<slug>/share.png`, referenced by its
 * page's OpenGraph and Twitter tags and its JSON-LD), written beside the pages once Astro has built
 * them, and served by `astro dev` from the same code.
 *
 * The cards were an Astro route until December 2026. Through the route pipeline each image, though
 * drawn once and kept in a cache (src/lib/share-image.ts), was read into memory, streamed through a
 * web Response, written to the output folder and written again into the incremental build's cache:
 * 3.5 s of CPU in a 20 s build of 1,000 briefings (docs/scaling.md). Here a card is a hard link to
 * the cached image, and only a new or changed card is drawn.
 *
 * A card is drawn from what the build already reads from every briefing file before Astro starts
 * (src/lib/briefing-heads.ts: headline, source, date, slug), so a rebuild reads no briefing again.
 * The integration runs after keep-out-dir.ts's pruning: it then removes the cards of briefings no
 * longer built (and the folders that leaves empty), so a briefing taken down leaves nothing behind.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBriefingHeads, type BriefingHead } from '../lib/briefing-heads.ts';
import { currentShard, inThisShard } from '../lib/shard.ts';
import { cardJob, cardOf, placeShareImage, shareCardKey, shareImage, type ShareCard } from '../lib/share-image.ts';
import { escapeRegExp } from '../lib/regexp.ts';

/**
 * Where drawn cards are kept between builds, beside Astro's own cache; `SHARE_CARD_CACHE` names
 * another folder, relative to the project (the bench gives each run its own, so its first build draws every card).
 */
export const shareCacheDir = (root: string) => resolve(root, process.env.SHARE_CARD_CACHE || 'node_modules/.cache/share-images');

/**
 * Whether a build empties the card cache of the cards it did not use. The publishing workflow
 * keeps the cache between its runs (.github/workflows/site.yml) and sets this, so what it saves
 * holds only the cards of the site as it is, not every headline and design there ever was.
 */
export const pruneCardCacheAfterBuild = () => process.env.SHARE_CARD_CACHE_PRUNE === '1';

/** The file name of a card in a briefing's folder. */
const CARD = 'share.png';

/** A briefing that can have a card: one with a slug and a headline. */
type CardHead = BriefingHead & { slug: string; title: string };
const hasCard = (h: BriefingHead): h is CardHead => !!h.slug && !!h.title;

/** The briefings of this build (its shard) that get a card. */
const cardHeads = (heads: readonly BriefingHead[]) => heads.filter((h) => h.slug && inThisShard(h.slug)).filter(hasCard);

/** Cards being drawn into the cache while the build goes on. */
export interface CardDrawer {
  /**
   * Draw what is left with `workers` cards at once and resolve with how many were drawn in all and
   * how many of them before this call; rejects with the first card that could not be drawn.
   */
  finish(workers: number): Promise<{ drawn: number; before: number }>;
}

/**
 * Start drawing the `cards` not yet in `cacheDir`, one at a time, on a thread of their own
 * (share-card-worker.ts). A build starts this before Astro loads its content and renders its
 * pages, which it does on one thread: on two cores a cold build's cards (about 12 ms of CPU each)
 * are drawn on the core the pages leave idle, rather than all after them. `finish` widens the
 * drawing to `workers` cards at once for what is left.
 */
export function drawCardsInBackground(cards: readonly ShareCard[], cacheDir: string): CardDrawer {
  const jobs = cards.map((c) => cardJob(c, cacheDir)).filter((j) => j !== undefined);
  if (!jobs.length) return { finish: async () => ({ drawn: 0, before: 0 }) };
  const worker = new Worker(new URL('./share-card-worker.ts', import.meta.url), { workerData: { jobs } });
  const result = new Promise<{ drawn: number; before: number }>((resolve, reject) => {
    worker.once('message', (m: { drawn: number; before: number } | { error: string }) => ('error' in m ? reject(new Error(`a share card could not be drawn: ${m.error}`)) : resolve(m)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the share card thread stopped (exit code ${code}) before it was done`)));
  });
  // Until finish() is called nobody waits on it: a rejection then is reported by finish(). Nor
  // does the thread keep the process alive: a build that fails before its pages are done exits.
  result.catch(() => {});
  worker.unref();
  return {
    finish(workers) {
      worker.ref();
      worker.postMessage({ workers });
      return result;
    },
  };
}

/**
 * Write the cards of `heads` into `outDir`'s `briefings/` and remove those of other briefings.
 * `drawConcurrency` cards are drawn at once (sharp works off the main thread). Returns how many
 * were placed, drawn and removed, and the files whose headline could not be read.
 */
export async function writeShareCards(
  heads: readonly BriefingHead[],
  outDir: string,
  cacheDir: string,
  drawConcurrency = availableParallelism(),
): Promise<{ placed: number; drawn: number; removed: number; unread: string[] }> {
  const inShard = heads.filter((h) => h.slug && inThisShard(h.slug));
  const wanted = cardHeads(heads);
  // A briefing whose headline did not read as YAML on its own (say, an alias to another key) gets
  // no card; its page still names one, so the build says which files they are.
  const unread = inShard.filter((h) => !h.title).map((h) => h.file);
  const folder = join(outDir, 'briefings');
  let drawn = 0;
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const h = wanted[next++]!;
      if (await placeShareImage(cardOf(h), cacheDir, join(folder, h.slug, CARD))) drawn++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, drawConcurrency) }, worker));
  const slugs = new Set(wanted.map((h) => h.slug));
  let removed = 0;
  for (const slug of existsSync(folder) ? readdirSync(folder) : []) {
    if (slugs.has(slug) || !existsSync(join(folder, slug, CARD))) continue;
    rmSync(join(folder, slug, CARD), { force: true });
    removed++;
    try {
      rmdirSync(join(folder, slug)); // only when nothing else is left in it
    } catch {
      // The folder still holds a page: it is not this integration's to remove.
    }
  }
  return { placed: wanted.length, drawn, removed, unread };
}

/** A card in the cache: its key (share-image.ts shareCardKey) and `.png`. */
const CACHED_CARD = /^[0-9a-f]{20}\.png$/;

/**
 * Remove from `cacheDir` the drawn cards that are none of `cards`, and the leftovers of a write
 * that was stopped; other files are not the cache's and stay. Returns how many were removed.
 */
export function pruneCardCache(cacheDir: string, cards: readonly ShareCard[]): number {
  if (!existsSync(cacheDir)) return 0;
  const kept = new Set(cards.map((c) => `${shareCardKey(c)}.png`));
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const stale = CACHED_CARD.test(name) ? !kept.has(name) : /^[0-9a-f]{20}\.png\..+\.tmp$/.test(name);
    if (!stale) continue;
    rmSync(join(cacheDir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * The integration. `heads` are the briefings as astro.config.mjs read them; `briefingsDir` is read
 * again by `astro dev` for each card asked for, so an edited headline shows at once.
 */
export default function shareCards({ heads, briefingsDir, headsFile }: { heads: readonly BriefingHead[]; briefingsDir: string; headsFile?: string }): AstroIntegration {
  let root = '';
  let base = '/';
  let command = '';
  let drawer: CardDrawer | undefined;
  return {
    name: 'briefings-share-cards',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.replace(/\/?$/, '/');
        // early-cards: a build's new cards are drawn while Astro loads the content and renders
        // the pages; what is left is drawn, on every core, once the pages are done.
        if (command === 'build') drawer = drawCardsInBackground(cardHeads(heads).map(cardOf), shareCacheDir(root));
      },
      'astro:server:setup': ({ server }) => {
        if (command !== 'dev') return;
        const path = new RegExp(`^${escapeRegExp(base)}briefings/([^/]+)/${CARD}$`);
        server.middlewares.use((req, res, next) => {
          const slug = path.exec(decodeURIComponent((req.url ?? '').split('?')[0]!))?.[1];
          const head = slug && readBriefingHeads(briefingsDir, headsFile).find((h): h is CardHead => hasCard(h) && h.slug === slug);
          if (!head) return next();
          shareImage(cardOf(head), shareCacheDir(root)).then(
            (png) => {
              res.setHeader('Content-Type', 'image/png');
              res.end(png);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const early = drawer ? await drawer.finish(availableParallelism()) : { drawn: 0, before: 0 };
        drawer = undefined;
        const { placed, drawn: late, removed, unread } = await writeShareCards(heads, fileURLToPath(dir), shareCacheDir(root));
        const drawn = early.drawn + late;
        // A shard sees only its own cards, so it must not judge what the others still need.
        const pruned = pruneCardCacheAfterBuild() && !currentShard ? pruneCardCache(shareCacheDir(root), cardHeads(heads).map(cardOf)) : 0;
        if (pruned) logger.info(`${pruned} card(s) no briefing uses any more removed from the card cache`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const whileBuilt = early.before ? `, ${early.before} of them while the pages were built` : '';
        logger.info(`${placed} share card(s) in place (${drawn} drawn${whileBuilt}${removed ? `, ${removed} of briefings no longer built removed` : ''}) in ${seconds} s after the pages`);
        if (unread.length) {
          const some = unread.slice(0, 5).join(', ') + (unread.length > 5 ? `, and ${unread.length - 5} more` : '');
          logger.warn(`no share card for ${unread.length} briefing(s) whose title: could not be read on its own before the build (write it as plain text): ${some}`);
        }
      },
    },
  };
}
