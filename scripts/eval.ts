/**
 * npm run eval [-- --corpus seed|wikinews|heldout] [--json]
 *
 * Runs the real pipeline over the shared dev corpora and the project's held-out set, and prints
 * the scorer's figures.
 */
import { parseArgs } from 'node:util';
import { CORPORA, evaluateCorpus } from '../src/eval/run-eval.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
});
const corpora = values.corpus?.length ? values.corpus : [...CORPORA];
const results: Record<string, unknown> = {};
for (const name of corpora) {
  const run = evaluateCorpus(name);
  results[name] = run.result;
  if (!values.json) console.log(`== ${name}\n${run.text}`);
}
if (values.json) console.log(JSON.stringify(results, null, 2));
