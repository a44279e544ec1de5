/**
 * npm run bench -- --articles N [--json-out file] [--skip-bare] [--keep]
 *
 * Generates N articles and measures every build stage; prints the figures and writes them as JSON
 * (default bench-results/bench-<N>.json) so runs can be compared between commits.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run-bench.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    'json-out': { type: 'string' },
    'skip-bare': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error('bench: --articles takes a whole number, e.g. --articles 1000');
  process.exit(2);
}
const result = await runBench({
  articles,
  projectRoot: resolve(import.meta.dirname, '..'),
  skipBare: values['skip-bare'],
  keep: values.keep,
  log: (l) => console.error(l),
});
const out = resolve(values['json-out'] ?? `bench-results/bench-${articles}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.error(`wrote ${out}`);
