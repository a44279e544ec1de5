/**
 * node scripts/ingest-figures.ts  (npm run ingest:figures)
 *
 * Extraction figures over every fixture page with an expectation file: each page is served from
 * a local server, ingested, and its seed compared with what a person reads on the page. Run once
 * with linkedom (the DOM the ingester uses) and once with jsdom, for the library choice in
 * docs/ingest.md. Prints fields right, boilerplate lines left, article lines lost, and time per page
 * (whole ingest over loopback HTTP, and extraction alone on the page's text, wall and CPU time).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { startIngestServer } from '../tests/helpers/ingest-server.ts';
import { FIXTURES, readExpectations, scoreSeed } from '../src/eval/ingest-figures.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { Fetcher } from '../src/ingest/fetcher.ts';
import { extractPage } from '../src/ingest/extract-page.ts';
import { decodeDocument } from '../src/ingest/charset.ts';
import { parseWithLinkedom, type DomParser } from '../src/ingest/dom.ts';
import { readCommandLine } from '../src/lib/cli.ts';

// It takes no options; asking for help or passing one should not start a minute's measuring.
readCommandLine('ingest:figures', 'usage: npm run ingest:figures', { options: {} });

const parseWithJsdom: DomParser = (html, url) => new JSDOM(html, url ? { url } : {}).window.document;
const REPS = 20;

async function measure(name: string, dom: DomParser) {
  const server = await startIngestServer();
  const dir = mkdtempSync(join(tmpdir(), 'ingest-figures-'));
  const rows: string[] = [];
  let fields = 0, fieldsOf = 0, left = 0, boilerOf = 0, lost = 0, linesOf = 0, totalIngest = 0, totalExtract = 0, totalCpu = 0, pages = 0;
  for (const exp of readExpectations()) {
    const fetcher = new Fetcher({ allowLocal: true, delayMs: 0 });
    const t0 = performance.now();
    const [outcome] = await ingest([{ location: `${server.base}/pages/${exp.page}` }], { outDir: join(dir, name, exp.page), fetcher, dom });
    const ingestMs = performance.now() - t0;
    await fetcher.close();
    const html = decodeDocument(readFileSync(join(FIXTURES, 'pages', exp.page))).text;
    for (let i = 0; i < 3; i++) extractPage(html, { dom });
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < REPS; i++) extractPage(html, { dom });
    const extractMs = (performance.now() - t1) / REPS;
    // CPU time as well as wall time: on a shared machine the wall clock also counts other work.
    const cpu = process.cpuUsage(cpu0);
    const extractCpuMs = (cpu.user + cpu.system) / 1000 / REPS;
    pages++;
    totalIngest += ingestMs;
    totalExtract += extractMs;
    totalCpu += extractCpuMs;
    if (exp.refused) {
      const ok = outcome.status === 'failed' && (outcome.reason ?? '').includes(exp.refused);
      rows.push(`| ${exp.page} | refused ${ok ? 'as expected' : `WRONGLY (${outcome.status})`} | – | – | ${ingestMs.toFixed(1)} | ${extractMs.toFixed(1)} | ${extractCpuMs.toFixed(1)} |`);
      continue;
    }
    if (!outcome.file) {
      rows.push(`| ${exp.page} | ${outcome.status}: ${outcome.reason} | | | | | |`);
      continue;
    }
    const s = scoreSeed(exp, readFileSync(outcome.file, 'utf8'));
    fields += s.fieldsRight;
    fieldsOf += s.fieldsChecked;
    left += s.boilerplateLeft.length;
    boilerOf += exp.boilerplate.length;
    lost += s.linesLost.length;
    linesOf += exp.paragraphs.length;
    rows.push(
      `| ${exp.page} | ${s.fieldsRight}/${s.fieldsChecked}${s.wrongFields.length ? ` (${s.wrongFields.join('; ')})` : ''} | ` +
        `${s.boilerplateLeft.length}/${exp.boilerplate.length} | ${s.linesLost.length}/${exp.paragraphs.length} | ${ingestMs.toFixed(1)} | ${extractMs.toFixed(1)} | ${extractCpuMs.toFixed(1)} |`,
    );
  }
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n### ${name}\n`);
  console.log('| page | fields right | boilerplate lines left | article lines lost | ingest ms (first, HTTP) | extract ms (mean of 20) | extract CPU ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  console.log(
    `| **all ${pages} pages** | **${fields}/${fieldsOf}** | **${left}/${boilerOf}** | **${lost}/${linesOf}** | ` +
      `**${(totalIngest / pages).toFixed(1)} per page** | **${(totalExtract / pages).toFixed(1)} per page** | **${(totalCpu / pages).toFixed(1)} per page** |`,
  );
}

await measure('linkedom', parseWithLinkedom);
await measure('jsdom', parseWithJsdom);
