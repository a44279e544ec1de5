/**
 * npm run eval [-- --corpus seed|wikinews|heldout|gum-heldout|gum-fit] [--lead K] [--json]
 *
 * Runs the real pipeline over the shared dev corpora, the project's held-out set and GUM's
 * held-out part, and prints the scorer's figures; with --lead K, the first-K-sentences baseline
 * on the same articles instead.
 */
import { parseArgs } from 'node:util';
import { CORPORA, evaluateCorpus } from '../src/eval/run-eval.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string', multiple: true }, lead: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const corpora = values.corpus?.length ? values.corpus : [...CORPORA];
const results: Record<string, unknown> = {};
for (const name of corpora) {
  const run = evaluateCorpus(name, process.cwd(), { lead: values.lead ? Number(values.lead) : undefined });
  results[name] = run.result;
  if (!values.json) console.log(`== ${name}\n${run.text}`);
}
if (values.json) console.log(JSON.stringify(results, null, 2));
