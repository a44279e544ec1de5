/**
 * npm run fit:concepts [-- --corpus wikinews]
 *
 * Refits the summary's word model on a corpus with human summaries (default: the Wikinews
 * dev set in corpora/wikinews) and prints the weights, to compare with CONCEPT_CLUES in
 * src/pipeline/summary/concepts.ts, and the leave-one-article-out ROUGE-1.
 */
import { parseArgs } from 'node:util';
import { corpusFiles } from '../src/eval/run-eval.ts';
import { fitClues, leaveOneOut, loadTrainingDocs } from '../src/eval/fit-concepts.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'wikinews' } } });
let corpus;
try {
  corpus = corpusFiles(values.corpus);
} catch (e) {
  console.error(`fit:concepts: ${(e as Error).message}`);
  process.exit(2);
}
const docs = loadTrainingDocs(corpus.articles, corpus.gold);
if (!docs.length) {
  console.error(`fit:concepts: no articles with a human summary in ${corpus.articles}`);
  process.exit(1);
}
const weights = fitClues(docs);
const words = docs.reduce((n, d) => n + d.rows.length, 0);
console.log(`fitted on ${docs.length} articles, ${words} content words:`);
for (const [name, w] of Object.entries(weights)) console.log(`  ${name}: ${w.toFixed(2)},`);
const { shipped, leftOut } = leaveOneOut(docs);
console.log(`ROUGE-1 with the shipped weights ${shipped.toFixed(3)}; refit without each article, on that article ${leftOut.toFixed(3)}`);
