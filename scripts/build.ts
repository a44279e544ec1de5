/**
 * npm run build [-- --verbose] [--production] [--force] [--progress-every 30] [--in seeds] [--out-dir dist] [--shard i/n]
 *
 * Briefs seeds/, checks content/, builds the site into dist/ and indexes it for search, one line
 * per stage. `--verbose` prints every article and page; `--force` renders every page again instead of
 * restoring unchanged ones from the incremental build's cache; `--progress-every N` sets the seconds between
 * the progress lines of a long stage (30); `--production` refuses to build without
 * the site's address (site.config.ts `url` or SITE_URL). Exit status 1 when a stage fails.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { BuildStopped, runBuild } from '../src/build/run-build.ts';

const usage = 'usage: npm run build [-- --verbose] [--production] [--force] [--progress-every 30] [--in seeds] [--out-dir dist] [--shard i/n]   (content folder: CONTENT_DIR, default content)';
const { values } = readCommandLine('build', usage, {
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    production: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'progress-every': { type: 'string', default: '30' },
    in: { type: 'string', default: 'seeds' },
    'out-dir': { type: 'string', default: 'dist' },
    // One of n parts of the site (src/lib/shard.ts reads it as SHARD); `npm run merge-shards` joins them.
    shard: { type: 'string' },
  },
});
const progressEvery = Number(values['progress-every']);
if (!(progressEvery > 0)) {
  console.error(`build: --progress-every takes a number of seconds above 0 (got "${values['progress-every']}")\n${usage}`);
  process.exit(2);
}
if (values.shard) process.env.SHARD = values.shard;
try {
  await runBuild({ verbose: values.verbose, production: values.production, force: values.force, progressEvery, seedsDir: values.in, outDir: values['out-dir'] });
} catch (e) {
  if (!(e instanceof BuildStopped)) throw e;
  console.error(`build stopped: ${e.message}`);
  process.exitCode = 1;
}
