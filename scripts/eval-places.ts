/**
 * npm run eval:places [-- --verbose]
 *
 * Precision and recall of the places stage's values on corpora/places/gold.json, dev part and
 * held-out part apart; --verbose lists each wrong and each missed value.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { readPlacesGold, scorePlaces } from '../src/eval/places-eval.ts';

const USAGE = 'usage: npm run eval:places [-- --verbose]';

const { values } = readCommandLine('eval:places', USAGE, { options: { verbose: { type: 'boolean', default: false } } });
for (const [part, articles] of Object.entries(readPlacesGold())) {
  const s = scorePlaces(articles);
  console.log(`${part}: ${s.articles} articles, ${s.found} values found, ${s.gold} in the gold, ${s.right} right: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`);
  if (values.verbose) {
    for (const w of s.wrong) console.log(`  wrong  ${w}`);
    for (const m of s.missed) console.log(`  missed ${m}`);
  }
}
