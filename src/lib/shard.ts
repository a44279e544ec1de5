/**
 * Sharded builds: `npm run build -- --shard 2/4` (or `SHARD=2/4`) builds one part of the site, so
 * four machines (a CI matrix) each render a quarter and `npm run merge-shards` puts the parts
 * together. A briefing, a person's pages and a term's pages belong to the shard picked by a hash
 * of their slug or id, so the split stays even and a page never moves between shards when others
 * are added; the few site-wide pages (home, archive, indexes, feeds, search) belong to shard 1.
 *
 * Every shard still reads the whole content collection, because a briefing's related list and a
 * person's page draw on other briefings; only the rendering of pages is divided.
 */

/** One shard of `count`, numbered from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse "i/n" (1 ≤ i ≤ n); throws with the accepted form on anything else. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard takes i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 (got "${text}")`);
  return { index, count };
}

/** The shard this process builds, from `--shard i/n` on the command line or `SHARD=i/n`. */
export function shardFrom(argv: readonly string[], env: Record<string, string | undefined>): Shard | undefined {
  const at = argv.findIndex((a) => a === '--shard' || a.startsWith('--shard='));
  const text = at < 0 ? env.SHARD : argv[at]!.includes('=') ? argv[at]!.slice('--shard='.length) : argv[at + 1];
  if (text === undefined || text === '') return undefined;
  return parseShard(text);
}

/** FNV-1a, 32 bits: small, stable across machines and Node versions, and even enough for slugs. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard (1-based) a page keyed by `key` (a slug or id) belongs to among `count`. */
export function shardOf(key: string, count: number): number {
  return (fnv1a(key) % count) + 1;
}

/** The shard of this build, or undefined for a whole-site build. */
export const currentShard: Shard | undefined = shardFrom(process.argv, process.env);

/** Whether this build renders the page keyed by `key`; every page when not sharded. */
export function inThisShard(key: string, shard: Shard | undefined = currentShard): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}

/** Whether this build renders the site-wide pages (home, archive, indexes, feeds): shard 1's job. */
export function buildsSiteWidePages(shard: Shard | undefined = currentShard): boolean {
  return !shard || shard.index === 1;
}
