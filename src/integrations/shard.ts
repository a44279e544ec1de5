/**
 * Astro integration for sharded builds (src/lib/shard.ts): the routes keyed by a slug or id render
 * only their shard's pages already; this removes, from every shard but the first, the few
 * site-wide files each build writes anyway (home, indexes, feeds, search page, public files,
 * assets; not its sitemap), before Pagefind indexes the part, so the shards' folders are disjoint and
 * `npm run merge-shards` can put them together without overlap. Runs before the Pagefind
 * integration.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildsSiteWidePages, currentShard } from '../lib/shard.ts';

/** Top-level folders whose sub-folders are pages keyed by a slug or id, rendered per shard. */
export const KEYED_FOLDERS = ['briefings', 'figures', 'glossary'];

export default function shardIntegration(): AstroIntegration {
  return {
    name: 'briefings-shard',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!currentShard) return;
        logger.info(`shard ${currentShard.index} of ${currentShard.count}`);
        if (buildsSiteWidePages()) return;
        const out = fileURLToPath(dir);
        for (const entry of readdirSync(out, { withFileTypes: true })) {
          if (entry.isDirectory() && KEYED_FOLDERS.includes(entry.name)) {
            // The folder's own index page (/figures/, /glossary/) is site-wide.
            rmSync(join(out, entry.name, 'index.html'), { force: true });
            continue;
          }
          // Each shard's sitemap lists its pages; the merge step joins them into one.
          if (/^sitemap.*\.xml$/.test(entry.name)) continue;
          rmSync(join(out, entry.name), { recursive: true, force: true });
        }
      },
    },
  };
}
