/**
 * npm run bench:search -- [--dist dist] [--query word] [--runs 3] [--json-out file]
 *
 * A reader's first search on a built site, in headless Chromium (src/bench/search-cost.ts): time
 * from opening search to the first result, and bytes transferred, per run and as medians.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCommandLine } from '../src/lib/cli.ts';
import { defaultQuery, searchCost } from '../src/bench/search-cost.ts';

const { values } = readCommandLine('bench:search', 'usage: npm run bench:search -- [--dist dist] [--query word] [--runs 3] [--json-out file]', {
  options: { dist: { type: 'string', default: 'dist' }, query: { type: 'string' }, runs: { type: 'string', default: '3' }, 'json-out': { type: 'string' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench:search: --runs takes a whole number, e.g. --runs 3');
  process.exit(2);
}
const dist = resolve(values.dist);
try {
  const result = await searchCost(dist, values.query ?? defaultQuery(dist), runs);
  for (const [i, r] of result.runs.entries()) {
    console.error(`run ${i + 1}: ${r.ms} ms, ${(r.bytes / 1024).toFixed(1)} KB in ${r.requests} requests; ` + Object.entries(r.byKind).map(([k, n]) => `${k} ${(n / 1024).toFixed(1)} KB`).join(', '));
  }
  console.error(`median: ${result.median.ms} ms, ${result.median.KB} KB for "${result.query}" (load average ${result.load})`);
  const json = JSON.stringify(result, null, 2) + '\n';
  if (values['json-out']) writeFileSync(resolve(values['json-out']), json);
  console.log(json);
} catch (e) {
  console.error(`bench:search: ${(e as Error).message}`);
  process.exit(1);
}
