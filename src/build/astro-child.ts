/**
 * Astro's build, run by `npm run build` (src/build/run-build.ts) in a process of its own:
 * `node src/build/astro-child.ts <outDir> info|warn [--force]`. When this process exits, everything Astro
 * held is given back before the search indexer starts. Exit status 1 when the build fails, with
 * Astro's own message on stderr.
 */
import { build } from 'astro';

const [outDir, logLevel, ...rest] = process.argv.slice(2);
if (!outDir || (logLevel !== 'info' && logLevel !== 'warn') || rest.some((a) => a !== '--force')) {
  console.error('usage: node src/build/astro-child.ts <outDir> info|warn [--force]');
  process.exit(2);
}
// `force`: every page rendered again, none restored from the incremental build's cache.
await build({ logLevel, outDir, force: rest.includes('--force') });
