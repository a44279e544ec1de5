/**
 * npm run eval [-- --corpus seed|wikinews|heldout] [--json]
 *
 * Runs the real pipeline over the shared dev corpora and the project's held-out set, and prints
 * the scorer's figures. A run over every corpus also records them in quality/latest.json, which
 * the site's About page publishes: commit it with the change that moved the figures.
 */
import { parseArgs } from 'node:util';
import { CORPORA, evaluateCorpus } from '../src/eval/run-eval.ts';
import { corpusQuality, QUALITY_FILE, writeQualityFile } from '../src/eval/quality-file.ts';
import { PIPELINE_VERSION } from '../src/pipeline/brief.ts';

/** What each corpus is, for the About page's readers. */
const DESCRIPTIONS: Record<string, string> = {
  seed: 'the seed article, an agency report; the project was built on it.',
  wikinews: '14 Wikinews articles; the rules were written on them (development set).',
  heldout: 'nine further Wikinews articles; rules were later written on them too, so this is a second development set.',
};

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
if (!values.corpus?.length) {
  writeQualityFile(QUALITY_FILE, {
    date: new Date().toISOString().slice(0, 10),
    pipelineVersion: PIPELINE_VERSION,
    corpora: corpora.map((name) => corpusQuality(name, DESCRIPTIONS[name] ?? name, results[name] as never)),
  });
  if (!values.json) console.log(`Figures recorded in ${QUALITY_FILE} (the About page shows them).`);
}
