/**
 * What a reader's first search costs on a built site, in headless Chromium: from opening search
 * (the `/` key on the home page, which loads the search modal) to the first result on screen, the
 * time and the bytes transferred (every response's body as sent, gzipped where the server
 * compresses, plus headers), by kind of file. Each run starts with an empty browser cache.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Request } from 'playwright-core';
import { serveDist } from './serve-dist.ts';

export interface SearchRun {
  ms: number;
  bytes: number;
  requests: number;
  /** Bytes by kind: code (JS, CSS, Wasm), index (Pagefind's meta and word index), filter, fragment, json, other. */
  byKind: Record<string, number>;
  /** The five largest responses, path and bytes. */
  largest: [string, number][];
}

export interface SearchCost {
  dist: string;
  query: string;
  runs: SearchRun[];
  median: { ms: number; bytes: number; KB: number };
  /** The machine's load average over the last minute at the end: times on a busy machine are longer. */
  load: number;
}

const kindOf = (path: string) =>
  /\/filter\/.*\.pf_filter$/.test(path) ? 'filter'
  : /\.pf_fragment$/.test(path) ? 'fragment'
  : /\.(pf_meta|pf_index)$|pagefind-entry\.json/.test(path) ? 'index'
  : /\.(js|css|pagefind|wasm)$/.test(path) ? 'code'
  : /\.json$/.test(path) ? 'json'
  : 'other';

/** A query that finds something in any built site: the longest word of the first briefing's title. */
export function defaultQuery(dist: string): string {
  const dir = join(dist, 'briefings');
  const first = existsSync(dir) ? readdirSync(dir).sort().find((d) => existsSync(join(dir, d, 'index.html'))) : undefined;
  const h1 = first ? /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(dir, first, 'index.html'), 'utf8'))?.[1] : undefined;
  return (h1 ?? 'the').split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0] || 'the';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;

/** Measure `runs` first searches for `query` on the site built in `dist`. */
export async function searchCost(dist: string, query: string, runs = 3, chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'): Promise<SearchCost> {
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) throw new Error(`${dist} has no search index (pagefind/pagefind.js): build the site first`);
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const out: SearchRun[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'networkidle' });
      const seen: Request[] = [];
      page.on('requestfinished', (req) => seen.push(req));
      const start = Date.now();
      await page.keyboard.press('/');
      const input = page.locator('dialog[open] pagefind-input input');
      await input.waitFor();
      await input.fill(query);
      await page.waitForFunction(() => document.querySelector('dialog[open] pagefind-results a.pf-result-link[href]'), null, { timeout: 120_000 });
      const ms = Date.now() - start;
      const sizes = await Promise.all(seen.map(async (req) => {
        const s = await req.sizes();
        return [new URL(req.url()).pathname, s.responseBodySize + s.responseHeadersSize] as [string, number];
      }));
      const byKind: Record<string, number> = {};
      for (const [path, n] of sizes) byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + n;
      out.push({ ms, bytes: sizes.reduce((n, [, b]) => n + b, 0), requests: sizes.length, byKind, largest: [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 5) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const bytes = median(out.map((r) => r.bytes));
  return { dist, query, runs: out, median: { ms: median(out.map((r) => r.ms)), bytes, KB: +(bytes / 1024).toFixed(1) }, load: +loadavg()[0]!.toFixed(1) };
}
