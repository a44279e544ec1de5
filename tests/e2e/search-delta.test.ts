/**
 * The search index brought up to date by indexing only what changed (src/integrations/search-delta.ts):
 * a scratch site is built whole, then one briefing is reworded and another taken down, and the
 * rebuild indexes only the changed pages into `pagefind-delta/`. In Chromium, search finds the new
 * wording, no longer finds the old one or the page taken down, and finds an unchanged page once,
 * also after it was written again with the same words.
 * Once more pages change than a delta holds, the next build indexes the site whole again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Page } from 'playwright-core';
import { buildSite } from '../helpers/site.ts';
import { useServedSite } from '../helpers/built-site.ts';
import { shardListSchema } from '../../src/lib/search-shards.ts';
import { DELTA_BUNDLE, deltaLimit, readResultIds } from '../../src/integrations/search-delta.ts';

const BRIEFINGS = 30;
const syllables = ['bra', 'ke', 'lu', 'mo', 'ni', 'po', 'ra', 'su', 'ti', 'vo'];
/** A word only briefing `b` contains (in `version` of its text). */
const wordOf = (b: number, version = 0) => `${['zal', 'quen', 'dorv'][version]}${syllables[b % 10]}${syllables[Math.floor(b / 10)]}quor`;
const slugOf = (b: number) => `story-${b}`;
const REWORDED = 3;
const REMOVED = 7;
const UNCHANGED = 12;

const root = mkdtempSync(join(tmpdir(), 'search-delta-'));
const content = join(root, 'content');
const dist = join(root, 'dist');
const shardList = () => shardListSchema.parse(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')));

function writeBriefing(b: number, version: number): void {
  const lead = { id: `aldo-story${b}`, name: `Aldo Story${b}` };
  writeFileSync(join(content, 'figures', `${lead.id}.md`), `---\n${stringify({ name: lead.name })}---\n`);
  const fm = {
    title: `Council report number ${b}`,
    slug: slugOf(b),
    source: { file: `s${b}.md`, name: 'Example News', url: `https://news.example.org/s${b}`, license: 'CC BY 4.0' },
    date: `2024-02-${String((b % 28) + 1).padStart(2, '0')}`,
    summary: `The council met for report ${b}.`,
    keyPoints: ['The council met.'],
    keyPointParagraphs: [1],
    figures: [{ ...lead, role: '', quotes: [], mentions: 3 }],
    glossary: [],
  };
  const body = `The council met again and ${lead.name} spoke. The word of this report is ${wordOf(b, version)}.\n\nThe council will meet again next month.\n`;
  writeFileSync(join(content, 'briefings', `${slugOf(b)}.md`), `---\n${stringify(fm)}---\n\n${body}`);
}

let firstLog = '';
let secondLog = '';
let wholeIds: Record<string, string> = {};

beforeAll(() => {
  for (const dir of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, dir), { recursive: true });
  for (let b = 0; b < BRIEFINGS; b++) writeBriefing(b, 0);
  firstLog = buildSite(content, dist);
  wholeIds = readResultIds(join(dist, 'pagefind'));
  writeBriefing(REWORDED, 1);
  rmSync(join(content, 'briefings', `${slugOf(REMOVED)}.md`));
  rmSync(join(content, 'figures', `aldo-story${REMOVED}.md`));
  secondLog = buildSite(content, dist);
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rebuild after one briefing changed and one was taken down', () => {
  it('indexes the site whole the first time, and only the changed pages the second', () => {
    expect(firstLog).toMatch(/pages indexed whole \(no earlier index of this folder\)/);
    expect(secondLog).toMatch(/\d+ changed pages? indexed beside the whole index \(\d+ of its results replaced or gone\)/);
    const delta = JSON.parse(readFileSync(join(dist, DELTA_BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(delta.languages).reduce((n, l) => n + l.page_count, 0);
    // The reworded briefing's page at least; far fewer than the site's pages.
    expect(indexed).toBeGreaterThanOrEqual(1);
    expect(indexed).toBeLessThan(Object.keys(wholeIds).length / 2);
    expect(Object.values(readResultIds(join(dist, DELTA_BUNDLE)))).toHaveLength(indexed);
    expect(Object.keys(readResultIds(join(dist, DELTA_BUNDLE)))).toContain(`/briefings/${slugOf(REWORDED)}/`);
  });

  it('lists the delta bundle, and hides the whole index\'s results for the changed and removed pages only', () => {
    const list = shardList();
    expect(list.mergeIndex).toEqual([{ bundlePath: `/${DELTA_BUNDLE}/` }]);
    const hidden = new Set(list.hidden);
    expect(hidden.has(wholeIds[`/briefings/${slugOf(REWORDED)}/`]!)).toBe(true);
    expect(hidden.has(wholeIds[`/briefings/${slugOf(REMOVED)}/`]!)).toBe(true);
    expect(hidden.has(wholeIds[`/briefings/${slugOf(UNCHANGED)}/`]!)).toBe(false);
  });
});

describe('search over the whole index and the delta, in Chromium', () => {
  const site = useServedSite(() => dist, { requireSearchIndex: true });

  /** The result paths for `query` on the search page once the search has run (none is an answer too). */
  async function search(query: string): Promise<string[]> {
    const page: Page = await site.browser.newPage({ viewport: { width: 1000, height: 3000 } });
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${site.url}search/?q=${query}`);
    // The summary line says what was found ("1 result for …", "No results for …") once a search has run.
    await page.waitForFunction(() => /result/i.test(document.querySelector('pagefind-summary')?.textContent ?? ''), undefined, { timeout: 20_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('pagefind-results li.pf-result')].every((li) => li.querySelector('a.pf-result-link[href]')), undefined, { timeout: 20_000 });
    const found = await page.locator('pagefind-results a.pf-result-link[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(failed).toEqual([]);
    await page.close();
    return found;
  }

  it('finds the reworded briefing by its new word, and not by its old one', async () => {
    expect(await search(wordOf(REWORDED, 1))).toEqual([`/briefings/${slugOf(REWORDED)}/`]);
    expect(await search(wordOf(REWORDED, 0))).toEqual([]);
  });

  it('no longer finds the briefing taken down', async () => {
    expect(existsSync(join(dist, 'briefings', slugOf(REMOVED)))).toBe(false);
    expect(await search(wordOf(REMOVED, 0))).toEqual([]);
  });

  it('finds an unchanged briefing once', async () => {
    expect(await search(wordOf(UNCHANGED, 0))).toEqual([`/briefings/${slugOf(UNCHANGED)}/`]);
  });

  it('still finds a page written again with the same words (a re-brief that changed only its record)', async () => {
    // Its result id in a delta would equal the whole index's, and hiding that id hid both copies.
    const page = join(dist, 'briefings', slugOf(UNCHANGED), 'index.html');
    const later = new Date(Date.now() + 60_000);
    utimesSync(page, later, later);
    const log = buildSite(content, dist);
    expect(log).toMatch(/changed pages? indexed beside the whole index|no page changed since the whole index/);
    expect(shardList().hidden ?? []).not.toContain(wholeIds[`/briefings/${slugOf(UNCHANGED)}/`]);
    expect(await search(wordOf(UNCHANGED, 0))).toEqual([`/briefings/${slugOf(UNCHANGED)}/`]);
    expect(await search(wordOf(REWORDED, 1))).toEqual([`/briefings/${slugOf(REWORDED)}/`]);
  }, 300_000);
});

describe('a rebuild after more pages changed than a delta holds', () => {
  it('indexes the site whole again and removes the delta', () => {
    // Every briefing's page: past the limit of a site this size.
    expect(BRIEFINGS - 1).toBeGreaterThan(deltaLimit(Object.keys(wholeIds).length));
    for (let b = 0; b < BRIEFINGS; b++) if (b !== REMOVED) writeBriefing(b, 2);
    const log = buildSite(content, dist);
    expect(log).toMatch(/pages indexed whole \(more pages changed than a delta holds\)/);
    expect(existsSync(join(dist, DELTA_BUNDLE))).toBe(false);
    expect(shardList()).toEqual({ mergeIndex: [] });
    expect(Object.keys(readResultIds(join(dist, 'pagefind')))).toContain(`/briefings/${slugOf(REWORDED)}/`);
  }, 300_000);
});
