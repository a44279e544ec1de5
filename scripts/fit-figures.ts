/**
 * npm run fit:figures [-- --dry-run] [--keep-model]
 *
 * Refits the people finder's decisions and writes them where the pipeline reads them:
 * src/pipeline/figures/data/person-model.json (is a candidate a person?) and
 * src/pipeline/figures/data/attribution.json (how sure each speaker cue and each role reading is). Fitted on the GUM fit
 * part (src/eval/gum-people-split.json) and the news dev sets (seed, Wikinews, tests/fixtures/heldout-news,
 * the invented trap articles of corpora/traps and the newsroom set's dev part when present); reported on the GUM held-out part, which no fit
 * and no rule saw.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readCommandLine } from '../src/lib/cli.ts';
import { corpusFiles } from '../src/eval/run-eval.ts';
import { newsroomFiles, newsroomPart, readGumSplit } from '../src/eval/people-eval.ts';
import { cueConfidences, cueCounts, fitPersonModel, fitThreshold, loadFigureDocs, personRows, roleCounts, scoreRows } from '../src/eval/fit-figures.ts';
import { FEATURE_NAMES } from '../src/pipeline/figures/person-model.ts';

const USAGE = 'usage: npm run fit:figures [-- --dry-run] [--keep-model]';

const { values } = readCommandLine('fit:figures', USAGE, { options: { 'dry-run': { type: 'boolean', default: false }, 'keep-model': { type: 'boolean', default: false } } });
const split = readGumSplit();
const gum = corpusFiles('gum');
// The invented trap articles (corpora/traps, development data) when the repository has them.
const newsSets = ['seed', 'wikinews', 'heldout', ...(existsSync('corpora/traps/gold.json') ? ['traps'] : [])];
const news = newsSets.flatMap((c) => loadFigureDocs(corpusFiles(c).articles, corpusFiles(c).gold));
const room = newsroomFiles();
if (room) {
  const gold = JSON.parse(readFileSync(room.gold, 'utf8')) as Record<string, { split?: string }>;
  news.push(...loadFigureDocs(room.articles, room.gold, new Set(Object.keys(gold).filter((k) => newsroomPart(k, gold[k]!, room.split) === 'dev'))));
}
// News is what the project briefs: its documents count NEWS_WEIGHT times in the fit, so the
// other genres' cues (cited authors, places in travel guides) do not outvote it.
const NEWS_WEIGHT = 3;
const train = [...loadFigureDocs(gum.articles, gum.gold, new Set(split.fit)), ...Array.from({ length: NEWS_WEIGHT }, () => news).flat()];
const heldOut = loadFigureDocs(gum.articles, gum.gold, new Set(split.heldOut));

const model = fitPersonModel(train);
const w = FEATURE_NAMES.map((k) => model.weights[k]!);
const show = (label: string, s: { precision: number; recall: number; f1: number }) => console.log(`  ${label}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
console.log(`person model, fitted on ${train.length} documents (${personRows(train).rows.length} candidates), threshold ${model.threshold}:`);
for (const k of FEATURE_NAMES) console.log(`  ${k}: ${model.weights[k]}`);
console.log('candidates judged by the model (not the scorer: duplicates count once):');
show('training part', scoreRows(w, model.threshold, personRows(train)));
show('GUM held-out part', scoreRows(w, model.threshold, personRows(heldOut)));

const attributionFile = 'src/pipeline/figures/data/attribution.json';
const attribution = JSON.parse(readFileSync(attributionFile, 'utf8'));
const counts = cueCounts(news);
console.log('speaker cues on the news dev sets (right / quotes with a gold speaker):');
for (const [cue, c] of counts) console.log(`  ${cue}: ${c.right} / ${c.n}`);
const priorsFile = 'src/pipeline/figures/data/attribution-priors.json';
const priors = JSON.parse(readFileSync(priorsFile, 'utf8'));
attribution.cues = { ...cueConfidences(counts, priors.cues), ...priors.fixed };
console.log(`cue confidences: ${JSON.stringify(attribution.cues)}`);
const roles = roleCounts(news);
console.log('role readings on the news dev sets (right / roles found for persons with an annotated role):');
for (const [source, c] of roles) console.log(`  ${source}: ${c.right} / ${c.n}`);
attribution.roles = cueConfidences(roles, priors.roles);
console.log(`role confidences: ${JSON.stringify(attribution.roles)}`);
// Precision first: the thresholds are the lowest at which what is published stays right at the
// target share on the dev sets (attribution-priors.json), never below the floor.
const quoteCut = fitThreshold(counts, attribution.cues, priors.quotePrecision, priors.thresholdFloor, priors.fixed);
attribution.threshold = quoteCut.threshold;
console.log(`quote threshold ${quoteCut.threshold} (published quotes right ${quoteCut.precision} on the dev sets; target ${priors.quotePrecision}, floor ${priors.thresholdFloor})`);
const roleCut = fitThreshold(roles, attribution.roles, priors.rolePrecision, priors.thresholdFloor);
attribution.roleThreshold = roleCut.threshold;
console.log(`role threshold ${roleCut.threshold} (published roles right ${roleCut.precision} on the dev sets; target ${priors.rolePrecision}, floor ${priors.thresholdFloor})`);

if (values['dry-run']) process.exit(0);
writeFileSync(attributionFile, JSON.stringify(attribution, null, 2) + '\n');
// --keep-model: refit only the confidences and thresholds, keep the committed person model.
if (values['keep-model']) {
  console.log(`wrote ${attributionFile} (person model kept); run npm run eval:people to see the scorer's figures`);
  process.exit(0);
}
const modelFile = 'src/pipeline/figures/data/person-model.json';
writeFileSync(
  modelFile,
  JSON.stringify({ source: 'npm run fit:figures: logistic regression on the GUM fit part (src/eval/gum-people-split.json) and the news dev sets', threshold: model.threshold, weights: model.weights }, null, 2) + '\n',
);
console.log(`wrote ${modelFile} and ${attributionFile}; run npm run eval:people to see the scorer's figures`);
