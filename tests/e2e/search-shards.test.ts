/**
 * Multisite search over a sharded build (docs/scaling.md, "A sharded build"): a scratch site is
 * built as 3 shards, each with its own Pagefind bundle, and merged without `--reindex`; in
 * Chromium, one search covers every shard's bundle (the search script passes
 * pagefind/shards.json's list to Pagefind's mergeIndex), and the person and place filters hold
 * across shards, including a shard whose index has no such filter at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Page } from 'playwright-core';
import { buildSite } from '../helpers/site.ts';
import { useServedSite } from '../helpers/built-site.ts';
import { mergeShards } from '../../src/shards/merge.ts';
import { shardOf } from '../../src/lib/shard.ts';
import { shardListSchema } from '../../src/lib/search-shards.ts';

const SHARDS = 3;
const BRIEFINGS = 24;
const syllables = ['bra', 'ke', 'lu', 'mo', 'ni', 'po', 'ra', 'su', 'ti', 'vo'];
/** A word only briefing `b` contains. */
const wordOf = (b: number) => `zal${syllables[b % 10]}${syllables[Math.floor(b / 10)]}quor`;
const slugOf = (b: number) => `story-${b}`;
const shardOfBriefing = (b: number) => shardOf(slugOf(b), SHARDS);
const all = Array.from({ length: BRIEFINGS }, (_, b) => b);

// Orla Shardwell is named in the briefings of shards 1 and 2 only, so shard 3's index has no
// "person-o" filter; Vantoria is a place of briefings in shards 1 and 3, so shard 2's has no place
// filter. A filter a bundle lacks must still filter it out, not let all its pages through.
const person = 'Orla Shardwell';
const place = 'Vantoria';
const orla = all.filter((b) => shardOfBriefing(b) !== 3 && b % 3 === 0);
const vantoria = all.filter((b) => shardOfBriefing(b) !== 2 && b % 2 === 1);

const root = mkdtempSync(join(tmpdir(), 'search-shards-'));
const merged = join(root, 'merged');

beforeAll(async () => {
  const content = join(root, 'content');
  for (const dir of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, dir), { recursive: true });
  writeFileSync(join(content, 'figures', 'orla-shardwell.md'), `---\n${stringify({ name: person })}---\n`);
  for (const b of all) {
    const lead = { id: `aldo-story${b}`, name: `Aldo Story${b}` };
    writeFileSync(join(content, 'figures', `${lead.id}.md`), `---\n${stringify({ name: lead.name })}---\n`);
    const cast = [lead, ...(orla.includes(b) ? [{ id: 'orla-shardwell', name: person }] : [])];
    const fm = {
      title: `Council report number ${b}`,
      slug: slugOf(b),
      source: { file: `s${b}.md`, name: 'Example News', url: `https://news.example.org/s${b}`, license: 'CC BY 4.0' },
      date: `2024-02-${String(b + 1).padStart(2, '0')}`,
      summary: `The council met for report ${b}.`,
      keyPoints: ['The council met.'],
      keyPointParagraphs: [1],
      figures: cast.map((f) => ({ ...f, role: '', quotes: [], mentions: 3 })),
      glossary: [],
      places: vantoria.includes(b) ? [{ name: place, kind: 'country' }] : [],
    };
    const body = `The council met again and ${cast.map((f) => f.name).join(' and ')} spoke. The word of this report is ${wordOf(b)}.\n\nThe council will meet again next month.\n`;
    writeFileSync(join(content, 'briefings', `${slugOf(b)}.md`), `---\n${stringify(fm)}---\n\n${body}`);
  }
  const parts = Array.from({ length: SHARDS }, (_, i) => join(root, `shard-${i + 1}`));
  parts.forEach((dir, i) => buildSite(content, dir, { SHARD: `${i + 1}/${SHARDS}`, ASTRO_CACHE_DIR: join(root, `cache-${i + 1}`) }));
  await mergeShards({ shards: parts, out: merged });
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = useServedSite(() => merged, { requireSearchIndex: true });

/** Open a page, recording every request and every failed one (an error status or no answer). */
async function open(url: string) {
  // Tall enough that every result is on screen: the results list loads a result's fragment only
  // when it scrolls into view.
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 4000 } });
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  return { page, requested, failed };
}

/**
 * The results' paths, once at least `expected` results are listed and each is drawn (a result is
 * drawn as its fragment arrives, so a result of another shard may come a moment later).
 */
const results = async (page: Page, expected: number, scope = '') => {
  await page.waitForFunction(
    ([s, n]) => {
      const listed = document.querySelectorAll(`${s} pagefind-results li.pf-result`).length;
      return listed >= (n as number) && document.querySelectorAll(`${s} pagefind-results a.pf-result-link[href]`).length === listed;
    },
    [scope, expected] as const,
    { timeout: 20_000 },
  );
  return page.locator(`${scope} pagefind-results a.pf-result-link[href]`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
};
const paths = (bs: number[]) => bs.map((b) => `/briefings/${slugOf(b)}/`).sort();

describe('the merged site', () => {
  it('has a bundle per shard, and shard 1 lists the others to search with it', () => {
    expect(new Set(all.map(shardOfBriefing)).size).toBe(SHARDS);
    expect(['pagefind', 'pagefind-shard-2', 'pagefind-shard-3'].every((b) => existsSync(join(merged, b, 'pagefind-entry.json')))).toBe(true);
    const list = shardListSchema.parse(JSON.parse(readFileSync(join(merged, 'pagefind/shards.json'), 'utf8')));
    expect(list.mergeIndex).toEqual([{ bundlePath: '/pagefind-shard-2/' }, { bundlePath: '/pagefind-shard-3/' }]);
    // A shard's own bundle lists none; the merge does not copy it into the shard's bundle folder.
    expect(shardListSchema.parse(JSON.parse(readFileSync(join(root, 'shard-2/pagefind/shards.json'), 'utf8'))).mergeIndex).toEqual([]);
    expect(readdirSync(join(merged, 'pagefind-shard-2'))).not.toContain('shards.json');
  });

  it('finds, from the search modal, a briefing of each shard by a word only it contains', async () => {
    const { page, requested, failed } = await open(site.url);
    await page.keyboard.press('/');
    const input = page.locator('dialog[open] pagefind-input input');
    for (const shard of [3, 2, 1]) {
      const b = all.find((x) => shardOfBriefing(x) === shard)!;
      await input.fill(wordOf(b));
      await page.waitForFunction((p) => [...document.querySelectorAll('dialog[open] pagefind-results a.pf-result-link')].some((a) => new URL((a as HTMLAnchorElement).href).pathname === p), `/briefings/${slugOf(b)}/`, { timeout: 20_000 });
      expect(await results(page, 1, 'dialog[open]')).toEqual(paths([b]));
    }
    expect(requested.some((p) => p.startsWith('/pagefind-shard-3/'))).toBe(true);
    expect(requested).toContain('/pagefind/shards.json');
    expect(failed).toEqual([]);
    await page.close();
  });

  it('finds on the search page what only another shard holds', async () => {
    const b = all.find((x) => shardOfBriefing(x) === 2)!;
    const { page, failed } = await open(`${site.url}search/?q=${wordOf(b)}`);
    expect(await results(page, 1)).toEqual(paths([b]));
    expect(failed).toEqual([]);
    await page.close();
  });

  it('filters by person across shards, and a shard without that person shows none of its pages', async () => {
    expect(new Set(orla.map(shardOfBriefing))).toEqual(new Set([1, 2]));
    const { page, failed } = await open(`${site.url}search/?q=council&person=${encodeURIComponent(person)}`);
    expect(await results(page, orla.length)).toEqual(paths(orla));
    expect(failed).toEqual([]);
    await page.close();
  });

  it('filters by place across shards, and a shard without the place filter shows none of its pages', async () => {
    expect(new Set(vantoria.map(shardOfBriefing))).toEqual(new Set([1, 3]));
    const { page, failed } = await open(`${site.url}search/?q=council&place=${place}`);
    expect(await results(page, vantoria.length)).toEqual(paths(vantoria));
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('merging with --reindex', () => {
  it('writes one bundle over every page, which lists no others', async () => {
    const out = join(root, 'reindexed');
    await mergeShards({ shards: Array.from({ length: SHARDS }, (_, i) => join(root, `shard-${i + 1}`)), out, reindex: true });
    expect(readdirSync(out).filter((f) => f.startsWith('pagefind'))).toEqual(['pagefind']);
    expect(shardListSchema.parse(JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8'))).mergeIndex).toEqual([]);
  });
});
