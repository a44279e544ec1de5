/**
 * npm run merge-shards -- --out dist dist-1 dist-2 dist-3 dist-4 [--reindex]
 *
 * Puts the parts of a sharded build (`npm run build -- --shard i/n --outDir dist-i`) together
 * into one site (src/shards/merge.ts). BASE_PATH is read as for the build.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { mergeShards } from '../src/shards/merge.ts';
import { basePath } from '../src/lib/config.ts';

const USAGE = 'usage: npm run merge-shards -- --out dist dist-1 dist-2 dist-3 dist-4 [--reindex]';

const { values, positionals } = readCommandLine('merge-shards', USAGE, {
  allowPositionals: true,
  options: { out: { type: 'string', default: 'dist' }, reindex: { type: 'boolean', default: false } },
});
try {
  const started = performance.now();
  const r = await mergeShards({ shards: positionals, out: values.out, base: basePath, reindex: values.reindex });
  console.log(`merged ${positionals.length} shards into ${values.out}: ${r.files} files, ${r.urls} sitemap URLs, search bundles ${r.bundles.join(', ')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
