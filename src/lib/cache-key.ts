/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page is reused
 * from the previous build when its key and its code are unchanged, so a key must cover every piece
 * of data the page shows. Each route builds its key from exactly what it reads.
 */
import { createHash } from 'node:crypto';

/** A short hash of any JSON-serialisable value (object keys in the order they were built). */
export function cacheKeyOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 20);
}
