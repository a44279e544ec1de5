/**
 * Feeds, folders, duplicates, updates and the command line, against the local server: the four
 * fixture feeds (RSS 2.0, Atom, JSON Feed, RSS with HTML descriptions) become seeds the brief
 * command reads without edits; the same story is ingested once; a changed story updates its seed;
 * a re-read feed costs a 304; a failure names its source and the others carry on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { FIXTURES, startIngestServer, type IngestServer } from './helpers/ingest-server.ts';
import { ingest, type IngestOptions, type SourceSpec } from '../src/ingest/ingest.ts';
import { Fetcher } from '../src/ingest/fetcher.ts';
import { HttpCache } from '../src/ingest/http-cache.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { runBrief } from '../src/pipeline/brief.ts';

let server: IngestServer;
let root: string;
let n = 0;
const fresh = () => mkdtempSync(join(root, `run${n++}-`));

beforeAll(async () => {
  server = await startIngestServer();
  root = mkdtempSync(join(tmpdir(), 'ingest-feeds-'));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Run the command (asynchronously: the fixture server answers from this same process). */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(process.cwd(), 'node_modules/.bin/node'), ['scripts/ingest.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function run(specs: (SourceSpec | string)[], outDir: string, extra: Partial<IngestOptions> = {}) {
  const fetcher = new Fetcher({ allowLocal: true, delayMs: 0, cache: extra.cache });
  const log: string[] = [];
  const outcomes = await ingest(
    specs.map((s) => (typeof s === 'string' ? { location: s } : s)),
    { outDir, fetcher, log: (l) => log.push(l), ...extra },
  );
  await fetcher.close();
  return { outcomes, log };
}

const seed = (file: string) => parseMarkdown(readFileSync(file, 'utf8'));

describe('ingest: feeds', () => {
  it('RSS 2.0: each item becomes a seed from its page; the partner copy of a story is a duplicate', async () => {
    const out = fresh();
    const { outcomes, log } = await run([`${server.base}/feeds/rss.xml`], out);
    const status = outcomes.map((o) => o.status);
    expect(status.filter((s) => s === 'written')).toHaveLength(3);
    const dup = outcomes.find((o) => o.status === 'duplicate')!;
    expect(dup.source).toContain('agency-syndicated.html');
    expect(dup.reason).toMatch(/the same text as .*harbour-authority-approves-new-ferry-terminal-for-norrhaven\.md/);
    expect(readdirSync(out).sort()).toEqual([
      'drought-leaves-kessel-valley-farmers-counting-the-cost.md',
      'harbour-authority-approves-new-ferry-terminal-for-norrhaven.md',
      'hero-dog-collie-alerts-family-to-fire-at-3am.md',
    ]);
    expect(log[0]).toMatch(/rss feed "Fixture Wire – Top stories", 4 of 4 entries/);
  });

  it('Atom: entries from their pages; a page without a date takes the feed entry’s', async () => {
    const out = fresh();
    const { outcomes } = await run([`${server.base}/feeds/atom.atom`], out);
    expect(outcomes.map((o) => o.status)).toEqual(['written', 'written', 'written']);
    const name = readdirSync(out).find((f) => f.startsWith('every-bridge-tells-you'))!;
    const interview = seed(join(out, name));
    expect(interview.data.date).toBe('2026-03-01T10:00:00+00:00');
    expect(interview.data.title).toBe("'Every bridge tells you how it was built': an interview with engineer Sofia Lindqvist");
  });

  it('JSON Feed: entries from their pages, a Windows-1252 page decoded', async () => {
    const out = fresh();
    const { outcomes } = await run([{ location: `${server.base}/feeds/feed.json`, publisher: 'Regional Desk', license: 'CC BY 4.0' }], out);
    expect(outcomes.map((o) => o.status)).toEqual(['written', 'written', 'written']);
    const cafe = seed(join(out, 'le-cafe-de-la-gare-rouvre-ses-portes-a-sainte-elise.md'));
    expect(cafe.data.title).toBe('Le café de la gare rouvre ses portes à Sainte-Élise');
    expect(cafe.body).toContain('45 000 € dans les travaux');
    // The publisher and licence given for the feed override what pages say.
    expect(cafe.data.source).toBe('Regional Desk');
    expect(cafe.data.license).toBe('CC BY 4.0');
  });

  it('RSS with HTML descriptions, read from a file without following links: the feed text, cleaned', async () => {
    const out = fresh();
    const { outcomes } = await run([join(FIXTURES, 'feeds/rss-html.xml')], out, { follow: false });
    expect(outcomes.map((o) => o.status)).toEqual(['written', 'written']);
    const lib = seed(join(out, 'volunteers-reopen-the-brackwater-lending-library.md'));
    expect(lib.data).toMatchObject({
      url: 'https://brackwater-bulletin.example/2026/02/lending-library-reopens/',
      source: 'Brackwater Bulletin',
      date: '2026-02-23T16:05:00+00:00',
      author: 'Sunita Rao',
      language: 'en-GB',
    });
    expect(lib.body).toContain('> People said a village library run by volunteers would last six weeks.');
    expect(lib.body).toContain('## Opening hours');
    for (const gone of ['Photo: Bulletin staff', 'reading room on opening day', 'Share on Facebook', 'appeared first on']) expect(lib.body).not.toContain(gone);
  });

  it('seeds from all four feeds brief without edits', async () => {
    const out = fresh();
    await run([`${server.base}/feeds/rss.xml`, `${server.base}/feeds/atom.atom`, `${server.base}/feeds/feed.json`], out);
    await run([join(FIXTURES, 'feeds/rss-html.xml')], out, { follow: false });
    const report = runBrief({ inDir: out, outDir: join(out, '..', `content-${n}`) });
    expect(report.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
    expect(report.outcomes.filter((o) => o.status === 'written')).toHaveLength(11);
  });

  it('a re-read feed with nothing new costs one 304 and no page requests', async () => {
    const out = fresh();
    const cachePath = join(out, '..', `cache-${n}.json`);
    await run([`${server.base}/feeds/atom.atom`], out, { cache: new HttpCache(cachePath) });
    const pageHits = server.hits.get('/pages/live-blog.html');
    const { outcomes } = await run([`${server.base}/feeds/atom.atom`], out, { cache: new HttpCache(cachePath) });
    expect(outcomes).toEqual([{ source: `${server.base}/feeds/atom.atom`, status: 'not-modified' }]);
    expect(server.hits.get('/pages/live-blog.html')).toBe(pageHits);
  });
});

describe('ingest: duplicates and updates', () => {
  it('the same page under another address (same canonical URL) is ingested once', async () => {
    const out = fresh();
    await run([`${server.base}/pages/agency-cookie.html`], out);
    const { outcomes } = await run([`${server.base}/redirect/1`], out);
    expect(outcomes.map((o) => o.status)).toEqual(['unchanged']);
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('a changed story (new updated date, new text) updates its own seed', async () => {
    const out = fresh();
    const page = (updated: string, extra: string) => `<!DOCTYPE html><html lang="en"><head><title>Ferry fares frozen for a year</title>
<link rel="canonical" href="https://wire.meridian.example/news/ferry-fares-frozen">
<meta property="article:published_time" content="2026-03-05T08:00:00+01:00">
<meta property="article:modified_time" content="${updated}"></head><body><article><h1>Ferry fares frozen for a year</h1>
<p>Ferry fares between Norrhaven and the outer islands will not rise this year, the regional transport board decided on Thursday (invented fixture).</p>
<p>The board said a freeze would cost it about two million crowns, which the regional government has agreed to cover from its transport budget.</p>
<p>Island councils had asked for the freeze after fuel surcharges pushed fares up by a tenth last spring.</p>${extra}</article></body></html>`;
    server.setRoute('/changing.html', page('2026-03-05T08:00:00+01:00', ''));
    const first = await run([`${server.base}/changing.html`], out);
    expect(first.outcomes[0].status).toBe('written');
    server.setRoute('/changing.html', page('2026-03-05T15:30:00+01:00', '<p>Update: the board will review the freeze in September.</p>'));
    const second = await run([`${server.base}/changing.html`], out);
    expect(second.outcomes[0]).toMatchObject({ status: 'updated', file: first.outcomes[0].file });
    const s = seed(first.outcomes[0].file!);
    expect(s.data.updated).toBe('2026-03-05T15:30:00+01:00');
    expect(s.body).toContain('review the freeze in September');
    const third = await run([`${server.base}/changing.html`], out);
    expect(third.outcomes[0].status).toBe('unchanged');
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('an updated seed is briefed again, but a briefing an editor changed is kept', async () => {
    const out = fresh();
    const content = join(out, '..', `content-${n}`);
    await run([`${server.base}/pages/amp.html`], out);
    runBrief({ inDir: out, outDir: content });
    const [briefing] = readdirSync(join(content, 'briefings'));
    const path = join(content, 'briefings', briefing);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n$/, '\n\nAn editor’s note.\n'));
    server.setRoute('/amp-updated.html', readFileSync(join(FIXTURES, 'pages/amp.html'), 'utf8').replace('"datePublished"', '"dateModified":"2026-03-11T09:00:00+00:00","datePublished"'));
    const { outcomes } = await run([`${server.base}/amp-updated.html`], out);
    expect(outcomes[0].status).toBe('updated');
    const report = runBrief({ inDir: out, outDir: content });
    expect(report.outcomes[0]).toMatchObject({ status: 'kept', sourceChanged: true });
    expect(readFileSync(path, 'utf8')).toContain('An editor’s note.');
  });
});

describe('ingest: paginated articles', () => {
  it('follows rel=next up to --max-pages and says where it stopped', async () => {
    const out = fresh();
    const { outcomes, log } = await run([`${server.base}/pages/paginated.html`], out, { maxPages: 2 });
    const body = seed(outcomes[0].file!).body;
    expect(body).toContain('## A loan nobody expected'); // page 2
    expect(body).not.toContain('What comes next'); // page 3
    expect(log).toContain(`${server.base}/pages/paginated.html: stopped after 2 pages (--max-pages)`);
    expect(server.hits.get('/pages/more/paginated-3.html')).toBeUndefined();
  });

  it('does not fetch the next page of a saved file, and says so', async () => {
    const out = fresh();
    const { outcomes, log } = await run([join(FIXTURES, 'pages/paginated.html')], out);
    expect(outcomes[0].status).toBe('written');
    expect(log.some((l) => l.includes('a saved page links to a next page') && l.includes('only this page is read'))).toBe(true);
  });
});

describe('ingest: folders and failures', () => {
  it('a folder of saved pages: each page a seed, the paywall stub refused by name, the rest carry on', async () => {
    const out = fresh();
    const { outcomes } = await run([join(FIXTURES, 'pages')], out);
    const failed = outcomes.filter((o) => o.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].source).toBe(join(FIXTURES, 'pages', 'paywall.html'));
    expect(failed[0].reason).toMatch(/not free to read/);
    const pages = readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html'));
    expect(outcomes.filter((o) => o.status === 'written')).toHaveLength(pages.length - 1);
  });

  it('the command exits 1 when a source failed, names each failure, and still writes the others', async () => {
    const out = fresh();
    const r = await cli([
      '--allow-local', '--delay', '0', '--out', out, '--cache', join(out, '..', `c${n}.json`),
      `${server.base}/pages/agency-cookie.html`, `${server.base}/missing.html`, 'no/such/file.html', 'ftp://example.org/x',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`failed: ${server.base}/missing.html: the server answered 404 Not Found`);
    expect(r.stderr).toContain('failed: no/such/file.html: no such file or folder');
    expect(r.stderr).toContain('failed: ftp://example.org/x: only http and https addresses are read');
    expect(r.stdout).toMatch(/1 written, .* 3 failed/);
    expect(readdirSync(out)).toEqual(['harbour-authority-approves-new-ferry-terminal-for-norrhaven.md']);
  });

  it('the command exits 2 on a usage error', async () => {
    const r = await cli(['--items', 'many', 'x.html']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--items must be a whole number');
  });
});
