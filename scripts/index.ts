/**
 * npm run index [-- --dist dist]
 *
 * Indexes a built site for search with Pagefind, in a process of its own: for a build made with
 * SEARCH_INDEX=separate, whose archive is too large for the indexer to share the machine with the
 * build (src/integrations/pagefind.ts, `indexInBuild`). Exit status 1 when indexing fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../src/lib/cli.ts';
import { indexFolder } from '../src/integrations/pagefind.ts';

const usage = 'usage: npm run index [-- --dist dist]';
const { dist } = readCommandLine('index', usage, { options: { dist: { type: 'string', default: 'dist' } } }).values;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`index: ${dist}/ holds no built site (no index.html): run the build first\n${usage}`);
  process.exit(1);
}
try {
  const { pages, seconds } = await indexFolder(dist);
  console.log(`indexed ${pages} pages of ${dist}/ in ${seconds.toFixed(1)} s`);
} catch (e) {
  console.error(`index: ${(e as Error).message}`);
  process.exit(1);
}
