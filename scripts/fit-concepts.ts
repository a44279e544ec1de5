/**
 * npm run fit:concepts [-- --corpus gum-fit --corpus heldout] [--check gum-heldout]
 *
 * Refits the summary's word model on corpora with human summaries (default: GUM's fit part and
 * the project's Wikinews held-out set, several publishers and genres) and prints the weights, to
 * compare with CONCEPT_CLUES in src/pipeline/summary/concepts.ts; the ROUGE-1 of the shipped and
 * the refit weights on the fitted articles, and on the `--check` corpora (default: GUM's held-out
 * part, never fitted on).
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { corpusFiles } from '../src/eval/run-eval.ts';
import { fitClues, loadTrainingDocs, meanRouge1, type TrainingDoc } from '../src/eval/fit-concepts.ts';
import { CONCEPT_CLUES } from '../src/pipeline/summary/concepts.ts';

const USAGE = 'usage: npm run fit:concepts [-- --corpus gum-fit --corpus heldout] [--check gum-heldout]';

const { values } = readCommandLine('fit:concepts', USAGE, {
  options: { corpus: { type: 'string', multiple: true }, check: { type: 'string', multiple: true } },
});
const load = (names: string[]): TrainingDoc[] =>
  names.flatMap((name) => {
    try {
      const c = corpusFiles(name);
      return loadTrainingDocs(c.articles, c.gold, c.ids);
    } catch (e) {
      console.error(`fit:concepts: ${(e as Error).message}`);
      process.exit(2);
    }
  });
const fitNames = values.corpus?.length ? values.corpus : ['gum-fit', 'heldout'];
const checkNames = values.check?.length ? values.check : ['gum-heldout'];
const docs = load(fitNames);
if (!docs.length) {
  console.error(`fit:concepts: no articles with a human summary in ${fitNames.join(', ')}`);
  process.exit(1);
}
const weights = fitClues(docs);
const words = docs.reduce((n, d) => n + d.rows.length, 0);
console.log(`fitted on ${docs.length} articles (${fitNames.join(' + ')}), ${words} content words:`);
for (const [name, w] of Object.entries(weights)) console.log(`  ${name}: ${w.toFixed(2)},`);
for (const [label, set] of [[fitNames.join(' + '), docs], ...checkNames.map((n) => [n, load([n])] as const)] as const) {
  console.log(`${label}: ROUGE-1 shipped ${meanRouge1(set, CONCEPT_CLUES).toFixed(3)}, refit ${meanRouge1(set, weights).toFixed(3)} (${set.length} articles)`);
}
