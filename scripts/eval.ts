/**
 * npm run eval [-- --corpus seed|wikinews|heldout] [--json]
 *
 * Runs the real pipeline over the shared dev corpora and the project's held-out set, and prints
 * the scorer's figures (summary figures only for the held-out set, whose gold names no people).
 */
import { parseArgs } from 'node:util';
import { CORPORA, evaluateCorpus, isSummaryOnly } from '../src/eval/run-eval.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
});
const corpora = values.corpus?.length ? values.corpus : [...CORPORA];
const results: Record<string, unknown> = {};
for (const name of corpora) {
  const run = evaluateCorpus(name);
  if (!isSummaryOnly(name)) {
    results[name] = run.result;
    if (!values.json) console.log(`== ${name}\n${run.text}`);
    continue;
  }
  results[name] = { documents: run.result.documents, briefingsFound: run.result.briefingsFound, summary: run.result.summary };
  if (values.json) continue;
  console.log(`== ${name} (summaries only)`);
  for (const row of run.rows) console.log(`${String(row.id)}: R1=${Number(row.r1).toFixed(2)} R2=${Number(row.r2).toFixed(2)}`);
  console.log(JSON.stringify(results[name]));
}
if (values.json) console.log(JSON.stringify(results, null, 2));
