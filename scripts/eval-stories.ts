/**
 * npm run eval:stories [-- --json] [--people]
 *
 * Briefs the labelled story set (tests/fixtures/stories) with the real pipeline, groups the
 * briefings into story threads and prints precision and recall of "same story" pairs, for the
 * whole set and for its tuned and held-out parts, with the stories that were split and the
 * groups that mixed stories; `--people` also lists each briefing's date and first figures.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { evaluateStories, type PairScore } from '../src/eval/stories-eval.ts';

const USAGE = 'usage: npm run eval:stories [-- --json] [--people]';

const { values } = readCommandLine('eval:stories', USAGE, { options: { json: { type: 'boolean', default: false }, people: { type: 'boolean', default: false } } });
const { items, ...run } = evaluateStories();
if (values.json) {
  console.log(JSON.stringify(run, null, 2));
} else {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const line = (name: string, s: PairScore) =>
    `${name.padEnd(9)} ${String(s.briefings).padStart(3)} briefings  precision ${pct(s.precision)} (${s.truePairs}/${s.predictedPairs})  recall ${pct(s.recall)} (${s.truePairs}/${s.goldPairs})`;
  console.log(line('all', run.all));
  console.log(line('tuned', run.tuned));
  console.log(line('held-out', run.heldOut));
  console.log('\nStories (each bracket is one predicted group; an article alone joined none):');
  for (const s of run.stories) {
    const mark = s.truePairs === s.goldPairs ? 'whole' : `${s.truePairs}/${s.goldPairs} pairs`;
    console.log(`  ${s.story.padEnd(16)} ${mark.padEnd(12)} ${s.pieces.map((p) => `[${p.join(' ')}]`).join(' ')}`);
  }
  console.log(run.wrongLinks.length ? '\nGroups that mix stories or one-offs:' : '\nNo group mixes stories or one-offs.');
  for (const g of run.wrongLinks) console.log(`  ${g.members.map((m) => `${m.article} (${m.label ?? 'one-off'})`).join(', ')}`);
  if (values.people) {
    console.log('\nCentral people per briefing (date, first figures):');
    for (const b of [...items].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '')))
      console.log(`  ${b.date} ${b.article.padEnd(30)} ${b.figures.slice(0, 4).map((f) => f.id).join(', ')}`);
  }
}
