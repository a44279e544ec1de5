/**
 * npm run eval [-- --corpus seed|wikinews|heldout|gum|<folder>] [--json]
 *
 * Runs the real pipeline over the project's corpora (`corpora/` and the second dev set in
 * `tests/fixtures/heldout-news`), or over any folder with a gold.json and its articles, and prints
 * the scorer's figures. `--corpus` may be given more than once.
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
