/**
 * npm run eval [-- --corpus seed|wikinews|heldout|gum|gum-heldout|gum-fit|newsroom-test|newsroom-dev|fresh-news|<folder>] [--lead K] [--json] [--show-held-out]
 *
 * Runs the real pipeline over the project's corpora (`corpora/` and the second dev set in
 * `tests/fixtures/heldout-news`), or over any folder with a gold.json and its articles, and prints
 * the scorer's figures; with --lead K, the first-K-sentences baseline on the same articles instead.
 * `--corpus` may be given more than once; a corpus whose articles name their `kind` of source (the
 * newsroom set) is also shown by kind against the lead (src/eval/by-kind.ts). A run over the default corpora also records the figures
 * in quality/latest.json, which the site's About page publishes: commit it with the change that
 * moved them. Held-out documents are reported by their figures only (src/eval/held-out-lines.ts);
 * --show-held-out prints their per-document lines too.
 */
import { readCommandLine } from '../src/lib/cli.ts';
import { CORPORA, corpusFiles, evaluateCorpus } from '../src/eval/run-eval.ts';
import { figuresByKind, formatByKind } from '../src/eval/by-kind.ts';
import { corpusQuality, QUALITY_FILE, writeQualityFile } from '../src/eval/quality-file.ts';
import { PIPELINE_VERSION } from '../src/pipeline/brief.ts';
import { withoutHeldOutLines } from '../src/eval/held-out-lines.ts';

const USAGE = 'usage: npm run eval [-- --corpus seed|wikinews|heldout|gum|gum-heldout|gum-fit|newsroom-test|newsroom-dev|fresh-news|<folder>] [--lead K] [--json] [--show-held-out]';

/** What each corpus is, for the About page's readers. */
const DESCRIPTIONS: Record<string, string> = {
  seed: 'the seed article, an agency report; the project was built on it.',
  wikinews: '14 Wikinews articles; the rules were written on them (development set).',
  heldout: 'nine further Wikinews articles; rules were later written on them too, so this is a second development set.',
  'gum-heldout': 'the third of the GUM documents that no summary weight was fitted on (35 documents, split by a hash of the file name).',
  gum: '123 documents of seven genres (news, interviews, biographies, speeches, court hearings, academic papers, travel guides) from the GUM corpus, with every named person; no roles or quotes are annotated.',
  'newsroom-test': '60 invented articles of ten kinds of source (wire, tabloid, local, sport, press release, broadsheet, business, interview, speech, court), annotated by hand; no rule or weight was written or fitted on them.',
  'newsroom-dev': 'the 40 other articles of the same invented set, which rules may be written on.',
  'fresh-news': 'Invented everyday news reports of seventeen kinds, written in December 2026 by writers who had not seen the pipeline; no rule or weight was written or fitted on them.',
};

const { values } = readCommandLine('eval', USAGE, {
  options: { corpus: { type: 'string', multiple: true }, lead: { type: 'string' }, json: { type: 'boolean', default: false }, 'show-held-out': { type: 'boolean', default: false } },
});
const corpora = values.corpus?.length ? values.corpus : [...CORPORA];
const results: Record<string, unknown> = {};
for (const name of corpora) {
  const run = evaluateCorpus(name, process.cwd(), { lead: values.lead ? Number(values.lead) : undefined });
  results[name] = run.result;
  if (values.json || values.lead) continue;
  const shown = values['show-held-out'] ? { text: run.text, hidden: 0 } : withoutHeldOutLines(name, run.text);
  const note = shown.hidden ? `(${shown.hidden} held-out documents' own lines not shown: --show-held-out prints them)\n` : '';
  console.log(`== ${name}\n${note}${shown.text}`);
  // A corpus whose articles name their kind of source (the newsroom set) is also shown by kind.
  const byKind = figuresByKind(corpusFiles(name));
  if (byKind.length > 1) console.log(`ROUGE-1 by kind of source (this project's tokens; lead at the scorer's rule):\n${formatByKind(byKind)}`);
}
if (values.json) console.log(JSON.stringify(results, null, 2));
if (!values.corpus?.length && !values.lead) {
  writeQualityFile(QUALITY_FILE, {
    date: new Date().toISOString().slice(0, 10),
    pipelineVersion: PIPELINE_VERSION,
    corpora: corpora.map((name) => corpusQuality(name, DESCRIPTIONS[name] ?? name, results[name] as never)),
  });
  if (!values.json) console.log(`Figures recorded in ${QUALITY_FILE} (the About page shows them).`);
}
