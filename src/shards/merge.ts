/**
 * Merging the parts of a sharded build (src/lib/shard.ts) into one site: every shard's pages are
 * copied into one folder (a file two shards both wrote must be identical, or the merge stops and
 * names it), their sitemaps are joined into one, and search covers every shard:
 *
 * - by default each shard keeps its own Pagefind bundle: shard 1's is `pagefind/`, shard k's
 *   `pagefind-shard-k/`, and `pagefind/shards.json` lists the others in the form of Pagefind's
 *   `mergeIndex` option, which the search UI passes on (multisite search: no machine ever holds
 *   the whole index; src/lib/search-shards.ts);
 * - with `reindex`, Pagefind indexes the merged folder once instead (one bundle, more memory).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { indexFolder } from '../integrations/pagefind.ts';
import { SHARDS_FILE, writeShardList } from '../lib/search-shards.ts';

export interface MergeOptions {
  /** The shards' output folders, shard 1 first. */
  shards: string[];
  out: string;
  /** The site's base path, for the bundle paths in shards.json; default "/". */
  base?: string;
  /** Index the merged site with Pagefind once instead of keeping the shards' bundles. */
  reindex?: boolean;
}

export interface MergeResult {
  files: number;
  urls: number;
  bundles: string[];
}

/** Largest number of URLs in one sitemap file (the protocol allows 50,000). */
const SITEMAP_URLS = 45_000;
const SITEMAP = /^sitemap.*\.xml$/;

function* walk(dir: string, rel = ''): Generator<string> {
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) yield* walk(dir, path);
    else yield path;
  }
}

/** The `<url>` entries of a shard's sitemaps, by their `<loc>`. */
function sitemapUrls(dir: string, into: Map<string, string>): string | undefined {
  let origin: string | undefined;
  for (const name of readdirSync(dir).filter((n) => SITEMAP.test(n) && n !== 'sitemap-index.xml')) {
    const xml = readFileSync(join(dir, name), 'utf8');
    for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(m[1]!)?.[1];
      if (loc) into.set(loc, m[0]);
    }
  }
  const index = join(dir, 'sitemap-index.xml');
  if (existsSync(index)) origin = /<loc>([^<]*?)sitemap-\d+\.xml<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1];
  return origin;
}

function writeSitemaps(out: string, urls: Map<string, string>, prefix: string): void {
  const entries = [...urls].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, xml]) => xml);
  const head = '<?xml version="1.0" encoding="UTF-8"?>';
  const names: string[] = [];
  for (let i = 0; i === 0 || i * SITEMAP_URLS < entries.length; i++) {
    const name = `sitemap-${i}.xml`;
    names.push(name);
    writeFileSync(join(out, name), `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.slice(i * SITEMAP_URLS, (i + 1) * SITEMAP_URLS).join('')}</urlset>`);
  }
  writeFileSync(
    join(out, 'sitemap-index.xml'),
    `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names.map((n) => `<sitemap><loc>${prefix}${n}</loc></sitemap>`).join('')}</sitemapindex>`,
  );
}

/** Merge the shards' folders into `out` (emptied first). */
export async function mergeShards(o: MergeOptions): Promise<MergeResult> {
  if (o.shards.length === 0) throw new Error('merge-shards: no shard folders given');
  for (const s of o.shards) if (!existsSync(s)) throw new Error(`merge-shards: ${s} does not exist`);
  const base = (o.base ?? '/').replace(/\/?$/, '/');
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  const from = new Map<string, string>();
  const urls = new Map<string, string>();
  let sitemapPrefix: string | undefined;
  const bundles: string[] = [];
  for (const [i, shard] of o.shards.entries()) {
    const prefix = sitemapUrls(shard, urls);
    sitemapPrefix ??= prefix;
    for (const path of walk(shard)) {
      if (SITEMAP.test(path)) continue;
      if (path.startsWith('pagefind/')) {
        // Each shard's bundle lists no others; the merged site's list is written below.
        if (o.reindex || path === `pagefind/${SHARDS_FILE}`) continue;
        const bundle = i === 0 ? 'pagefind' : `pagefind-shard-${i + 1}`;
        const to = join(o.out, bundle, path.slice('pagefind/'.length));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(join(shard, path), to);
        continue;
      }
      const to = join(o.out, path);
      const earlier = from.get(path);
      if (earlier) {
        if (!readFileSync(join(shard, path)).equals(readFileSync(to))) throw new Error(`merge-shards: ${path} differs between ${earlier} and ${shard}`);
        continue;
      }
      from.set(path, shard);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(shard, path), to);
    }
    if (!o.reindex && existsSync(join(shard, 'pagefind'))) bundles.push(i === 0 ? `${base}pagefind/` : `${base}pagefind-shard-${i + 1}/`);
  }
  if (urls.size > 0) writeSitemaps(o.out, urls, sitemapPrefix ?? base);
  if (o.reindex) {
    await indexFolder(o.out);
    bundles.push(`${base}pagefind/`);
  } else if (bundles.length > 0) {
    mkdirSync(join(o.out, 'pagefind'), { recursive: true });
    writeShardList(join(o.out, 'pagefind'), bundles.slice(1));
  }
  return { files: from.size, urls: urls.size, bundles: bundles.map((b) => relative(base, b) || b) };
}
