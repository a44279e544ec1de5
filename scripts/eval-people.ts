/**
 * npm run eval:people [-- --corpus seed|wikinews|heldout|gum|newsroom] [--misses] [--json] [--write-split]
 *
 * People, roles and quotes by corpus part: GUM by genre and by its fit and held-out halves
 * (src/eval/gum-people-split.json), the newsroom set by its dev and test halves. `--misses` prints each
 * document's false positives, misses and misattributed quotes (never read the held-out parts'
 * misses to write rules).
 */
import { writeFileSync } from 'node:fs';
import { readCommandLine } from '../src/lib/cli.ts';
import { corpusFiles } from '../src/eval/run-eval.ts';
import { briefCorpus, computeGumSplit, newsroomFiles, newsroomPart, newsroomRead, readGumSplit, scorePart, type NewsroomSplit, type ScoreRow } from '../src/eval/people-eval.ts';

const USAGE = 'usage: npm run eval:people [-- --corpus seed|wikinews|heldout|gum|newsroom] [--misses] [--json] [--write-split]';

const { values } = readCommandLine('eval:people', USAGE, {
  options: {
    corpus: { type: 'string', multiple: true },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'write-split': { type: 'boolean', default: false },
  },
});
if (values['write-split']) {
  writeFileSync('src/eval/gum-people-split.json', JSON.stringify(computeGumSplit(), null, 2) + '\n');
  console.log('wrote src/eval/gum-people-split.json');
}
const names = values.corpus?.length ? values.corpus : ['seed', 'wikinews', 'heldout', 'gum', 'newsroom'];
const table: Record<string, unknown> = {};

function report(label: string, result: Record<string, unknown>, rows: ScoreRow[]) {
  const f = result.figures as Record<string, number>;
  const keys = ['roles', 'quotes', 'quoteAttribution', 'misattributedQuotes'].filter((k) => k in result);
  const extra = keys.map((k) => `${k} ${result[k]}`);
  table[label] = { documents: result.documents, ...f, ...Object.fromEntries(keys.map((k) => [k, result[k]])) };
  if (values.json) return;
  console.log(`${label.padEnd(22)} docs ${String(result.documents).padStart(3)}  P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)} key ${f.keyRecall.toFixed(3)}  ${extra.join('  ')}`);
  if (!values.misses) return;
  for (const r of rows) {
    const bits = ['falsePositives', 'missed', 'roleMisses', 'quoteMisses', 'misattributed'].flatMap((k) => (Array.isArray(r[k]) && (r[k] as unknown[]).length ? [`${k}: ${(r[k] as string[]).join(' | ')}`] : []));
    if (bits.length) console.log(`   ${r.id}\n     ${bits.join('\n     ')}`);
  }
}

for (const name of names) {
  const files = name === 'newsroom' ? newsroomFiles() : corpusFiles(name);
  if (!files) {
    if (!values.json) console.log(`${name}: not present`);
    continue;
  }
  const corpus = briefCorpus(files.articles, files.gold);
  try {
    const keys = Object.keys(corpus.gold);
    const all = scorePart(corpus);
    // GUM's and the newsroom set's held-out documents are never printed in detail: no rule is written on them.
    report(name, all.result, name === 'gum' || name === 'newsroom' ? [] : all.rows);
    if (name === 'gum') {
      const split = readGumSplit();
      for (const [label, part] of [['gum fit', split.fit], ['gum held-out', split.heldOut]] as const) {
        const s = scorePart(corpus, part);
        report(label, s.result, label === 'gum held-out' ? [] : s.rows);
      }
      for (const genre of [...new Set(keys.map((k) => k.split('-')[0]!))].sort()) {
        const s = scorePart(corpus, keys.filter((k) => k.startsWith(`${genre}-`)));
        report(`gum ${genre}`, s.result, []);
      }
    }
    if (name === 'newsroom') {
      const read = newsroomRead();
      for (const part of ['dev', 'test']) {
        const ks = keys.filter((k) => newsroomPart(k, corpus.gold[k]!, 'split' in files ? (files.split as NewsroomSplit | undefined) : undefined) === part);
        if (!ks.length) continue;
        const s = scorePart(corpus, ks);
        report(`newsroom ${part}`, s.result, part === 'test' ? [] : s.rows);
        // Test articles whose misses were read before the split existed are reported apart.
        const unread = ks.filter((k) => !read.has(k));
        if (part === 'test' && unread.length < ks.length) report('newsroom test unread', scorePart(corpus, unread).result, []);
      }
    }
    if (!values.json) console.log(`   (briefed in ${corpus.seconds.toFixed(1)} s)`);
  } finally {
    corpus.dispose();
  }
}
if (values.json) console.log(JSON.stringify(table, null, 2));
