/**
 * Multisite search for a sharded build (docs/scaling.md, "A sharded build"): every search bundle
 * holds `shards.json`, the list of the other bundles to search with it, in the form of Pagefind's
 * `mergeIndex` option. A whole build writes an empty list (so the search script's request for it
 * always succeeds); `npm run merge-shards` writes shard 1's bundle's list of the shards 2…n, and
 * the search script (src/lib/search-modal-script.ts) passes it to Pagefind before the index loads.
 * A build that indexed only its changed pages lists its delta bundle here the same way, with the
 * whole bundle's results those pages replace (src/integrations/search-delta.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The file's name inside a bundle folder (`pagefind/shards.json`). */
export const SHARDS_FILE = 'shards.json';

/** A bundle's list of other bundles to search with it: Pagefind's `mergeIndex` option. */
export const shardListSchema = z.strictObject({
  mergeIndex: z.array(
    z.strictObject({
      /** The bundle's address from the site's root, with the base path: "/pagefind-shard-2/". */
      bundlePath: z.string().regex(/^\/(?:[^/\s]+\/)*$/, 'must be a path from the site root ending in "/", e.g. "/pagefind-shard-2/"'),
    }),
  ),
  /**
   * Results of this bundle to leave out: the earlier versions of pages indexed again in a delta
   * bundle, and pages taken down since this bundle was made (src/integrations/search-delta.ts).
   */
  hidden: z.array(z.string().regex(/^[\w-]+$/, 'must be a Pagefind result id, e.g. "en_0174d59"')).optional(),
});
export type ShardList = z.infer<typeof shardListSchema>;

/** Write `bundleDir/shards.json` listing `bundlePaths` (none for a whole build) and the results to hide. */
export function writeShardList(bundleDir: string, bundlePaths: readonly string[] = [], hidden: readonly string[] = []): void {
  const list = shardListSchema.parse({ mergeIndex: bundlePaths.map((bundlePath) => ({ bundlePath })), ...(hidden.length ? { hidden } : {}) });
  writeFileSync(join(bundleDir, SHARDS_FILE), JSON.stringify(list, null, 2) + '\n');
}
