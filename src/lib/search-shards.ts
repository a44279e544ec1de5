/**
 * Multisite search for a sharded build (docs/scaling.md, "A sharded build"): every search bundle
 * holds `shards.json`, the list of the other bundles to search with it, in the form of Pagefind's
 * `mergeIndex` option. A whole build writes an empty list (so the search script's request for it
 * always succeeds); `npm run merge-shards` writes shard 1's bundle's list of the shards 2…n, and
 * the search script (src/lib/search-modal-script.ts) passes it to Pagefind before the index loads.
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
});
export type ShardList = z.infer<typeof shardListSchema>;

/** Write `bundleDir/shards.json` listing `bundlePaths` (none for a whole build). */
export function writeShardList(bundleDir: string, bundlePaths: readonly string[] = []): void {
  const list = shardListSchema.parse({ mergeIndex: bundlePaths.map((bundlePath) => ({ bundlePath })) });
  writeFileSync(join(bundleDir, SHARDS_FILE), JSON.stringify(list, null, 2) + '\n');
}
