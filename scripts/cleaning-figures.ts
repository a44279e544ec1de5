/**
 * node scripts/cleaning-figures.ts [<corpus folder> …]
 *
 * Precision and recall of the cleaning stage: on the boilerplate gold (tests/fixtures/boilerplate,
 * dev and test parts), and on any corpus folder given whose gold file (`gold*.json`, keyed by file
 * name) lists each article's `boilerplate` lines. Such a corpus is split into dev and test by its
 * SPLIT.json when it has one (the newsroom set), else by FNV-1a of the file name (even: dev, odd: test). A removed opening that reads as a wire dateline
 * counts as right: it becomes the briefing's dateline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBoilerplateGold, removalFigures } from '../src/eval/boilerplate-gold.ts';
import { fnv1a } from '../src/eval/gum-split.ts';
import { decodeArticle } from '../src/pipeline/decode.ts';
import { parseSource } from '../src/pipeline/parse-source.ts';
import { cleanBlocks, parseDateline } from '../src/pipeline/clean.ts';

const gold = loadBoilerplateGold('tests/fixtures/boilerplate');
for (const part of ['dev', 'test'] as const) {
  const f = removalFigures(gold.filter((g) => g.part === part));
  console.log(`boilerplate gold, ${part}: precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)} (${f.marked} marked)`);
}

for (const root of process.argv.slice(2)) {
  const goldFiles = readdirSync(root).filter((f) => /^gold.*\.json$/.test(f));
  const marks: Record<string, { boilerplate?: string[] }> = Object.assign({}, ...goldFiles.map((g) => JSON.parse(readFileSync(join(root, g), 'utf8'))));
  const dir = join(root, 'articles');
  const tally = { dev: { tp: 0, fn: 0, fp: 0 }, test: { tp: 0, fn: 0, fp: 0 } };
  const split = existsSync(join(root, 'SPLIT.json')) ? (JSON.parse(readFileSync(join(root, 'SPLIT.json'), 'utf8')) as { test: string[] }) : undefined;
  for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
    const id = file.replace(/\.(md|txt)$/, '');
    const lines = marks[id]?.boilerplate;
    if (!lines) continue;
    const t = tally[(split ? !split.test.includes(id) : fnv1a(id) % 2 === 0) ? 'dev' : 'test'];
    const decoded = decodeArticle(readFileSync(join(dir, file)));
    if (!decoded.ok) continue;
    const source = parseSource(file, decoded.text);
    const kept = cleanBlocks(source.blocks, source.title).blocks.map((b) => b.text);
    for (const line of lines) (kept.some((k) => k.includes(line) || (k.length > 12 && line.includes(k))) ? t.fn++ : t.tp++);
    for (const b of source.blocks) {
      if (kept.includes(b.text)) continue;
      const rest = kept.find((k) => k.length > 20 && b.text.endsWith(k));
      const cut = rest ? b.text.slice(0, b.text.length - rest.length).trim() : b.text;
      const marked = lines.some((l) => l.includes(cut) || cut.includes(l));
      if (!marked && !parseDateline(`${cut} X`).dateline && !/^\w+day, \w+ \d+, \d{4}$/.test(cut)) t.fp++;
    }
  }
  for (const [part, t] of Object.entries(tally)) {
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    console.log(`${root}, ${part}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)} (${t.tp + t.fn} marked lines)`);
  }
}
