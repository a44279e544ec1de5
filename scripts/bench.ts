/**
 * npm run bench -- [--articles 1000] [--rounds 3] [--json-out file] [--skip-bare] [--skip-hugo] [--keep]
 *                    [--jobs N] [--brief-only]
 *
 * Generates N articles, briefs them, and builds them with the project, a bare Astro site and Hugo
 * (when installed), interleaved; prints the figures and writes them as JSON (default
 * bench-results/bench-<N>.json) so runs can be compared between commits. `--jobs` is passed to
 * the brief command (default: its own, one worker thread per core); `--brief-only` stops after
 * the brief timings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readCommandLine } from '../src/lib/cli.ts';
import { runBench } from '../src/bench/run-bench.ts';

const USAGE = 'usage: npm run bench -- [--articles 1000] [--rounds 3] [--json-out file] [--skip-bare] [--skip-hugo] [--keep] [--jobs N] [--brief-only]';

const { values } = readCommandLine('bench', USAGE, {
  options: {
    articles: { type: 'string', default: '1000' },
    'json-out': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    'skip-bare': { type: 'boolean', default: false },
    'skip-hugo': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    'brief-only': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error('bench: --articles takes a whole number, e.g. --articles 1000');
  process.exit(2);
}
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('bench: --rounds takes a whole number, e.g. --rounds 3');
  process.exit(2);
}
const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
  console.error('bench: --jobs takes a whole number of worker threads, e.g. --jobs 2');
  process.exit(2);
}
const result = await runBench({
  jobs,
  briefOnly: values['brief-only'],
  articles,
  rounds,
  skipHugo: values['skip-hugo'],
  projectRoot: resolve(import.meta.dirname, '..'),
  skipBare: values['skip-bare'],
  keep: values.keep,
  log: (l) => console.error(l),
});
const out = resolve(values['json-out'] ?? `bench-results/${values['brief-only'] ? 'brief' : 'bench'}-${articles}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.error(`wrote ${out}`);
