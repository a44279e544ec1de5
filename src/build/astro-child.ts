/**
 * Astro's build, run by `npm run build` (src/build/run-build.ts) in a process of its own:
 * `node src/build/astro-child.ts <outDir> verbose|<progress seconds> [--force]`. When this process
 * exits, everything Astro held is given back before the search indexer starts. Exit status 1 when
 * the build fails, with Astro's own message.
 *
 * `verbose` prints Astro's whole log, a line per page; otherwise its warnings and errors, and a
 * progress line every so many seconds (src/build/progress-logger.ts).
 */
import { build } from 'astro';
import { PROGRESS_ENV } from './progress-logger.ts';

const usage = 'usage: node src/build/astro-child.ts <outDir> verbose|<progress seconds> [--force]';
const [outDir, mode, ...rest] = process.argv.slice(2);
const every = Number(mode);
if (!outDir || (mode !== 'verbose' && !(every > 0)) || rest.some((a) => a !== '--force')) {
  console.error(usage);
  process.exit(2);
}
// The site's log destination (astro.config.mjs) reads the interval from the environment, not from
// an inline config: Astro starts its content store afresh when its config changes.
if (mode === 'verbose') delete process.env[PROGRESS_ENV];
else process.env[PROGRESS_ENV] = String(every);
// `force`: every page rendered again, none restored from the incremental build's cache.
await build({ logLevel: 'info', outDir, force: rest.includes('--force') });
