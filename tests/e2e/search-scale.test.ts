/**
 * Search that stays light as the archive grows (src/lib/person-filter.js), in Chromium against
 * the built `dist/` (`npm run build` first): a first query fetches no filter data at all, the
 * people box suggests names from one small file as the reader types, and choosing a person loads
 * only their letter's share of the person filter.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { useBuiltSite, dist } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/site.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';

const briefingsDir = join(projectRoot, 'content/briefings');

const site = useBuiltSite();
/** Seeds site: a person with a page, and a briefing that names him. */
const person = 'Sergey Lavrov';
const seed = '/briefings/russia-us-mull-fresh-putin-biden-meeting/';

/** Record the requests a page makes from now on, with their response sizes. */
function record(page: Page) {
  const seen: Request[] = [];
  page.on('requestfinished', (r) => seen.push(r));
  return async () => Promise.all(seen.map(async (r) => ({ path: new URL(r.url()).pathname, bytes: (await r.sizes()).responseBodySize })));
}

const resultPaths = (page: Page) => page.locator('pagefind-results a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('the first query', () => {
  it("fetches no filter data and of the people files only the query's, for the people row", async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(site.url);
    const requests = record(page);
    await page.keyboard.press('/');
    await page.locator('dialog[open] pagefind-input input').fill('Lavrov');
    await page.waitForFunction(() => document.querySelector('dialog[open] pagefind-results a.pf-result-link[href]'), null, { timeout: 15_000 });
    const got = await requests();
    expect(got.some((r) => r.path.includes('/pagefind/fragment/'))).toBe(true);
    expect(got.filter((r) => r.path.includes('/pagefind/filter/'))).toEqual([]);
    // The one small type-ahead file of the query's first word (src/lib/person-index.ts).
    expect(got.filter((r) => r.path.includes('/search-people/')).map((r) => r.path)).toEqual(['/search-people/la.json']);
    await page.close();
  });

  it('reads the list of other shards to search, which a whole build writes empty, with no request failing', async () => {
    const page = await site.page.context().browser()!.newPage();
    const failed: string[] = [];
    const shards: number[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      if (new URL(r.url()).pathname === '/pagefind/shards.json') shards.push(r.status());
    });
    await page.goto(site.url);
    await page.keyboard.press('/');
    await page.locator('dialog[open] pagefind-input input').fill('Lavrov');
    await page.waitForFunction(() => document.querySelector('dialog[open] pagefind-results a.pf-result-link[href]'), null, { timeout: 15_000 });
    expect(shards).toEqual([200]);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ mergeIndex: [] });
    expect(failed).toEqual([]);
    await page.close();
  });

  it('fetches no filter data on the search page either', async () => {
    const page = await site.page.context().browser()!.newPage();
    const requests = record(page);
    await page.goto(`${site.url}search/?q=Lavrov`);
    await page.waitForFunction(() => document.querySelector('pagefind-results a.pf-result-link[href]'), null, { timeout: 15_000 });
    // And typed into the box, which has the focus as the page opens.
    await page.goto(`${site.url}search/`);
    await page.locator('pagefind-input input').fill('Nuland');
    await page.waitForFunction(() => document.querySelector('pagefind-results a.pf-result-link[href]'), null, { timeout: 15_000 });
    const got = await requests();
    expect(got.filter((r) => r.path.includes('/pagefind/filter/'))).toEqual([]);
    expect(got.filter((r) => r.path.includes('/search-people/')).map((r) => r.path).sort()).toEqual(['/search-people/la.json', '/search-people/nu.json']);
    await page.close();
  });

  it('loads the dropdown filters when one is opened, and not the person shards', async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(`${site.url}search/`);
    await page.locator('pagefind-input input').fill('Lavrov');
    await page.waitForFunction(() => document.querySelector('pagefind-results a[href]'), null, { timeout: 15_000 });
    const requests = record(page);
    await page.locator('pagefind-filter-dropdown[filter="source"] .pf-dropdown-trigger').click();
    await page.waitForSelector('pagefind-filter-dropdown[filter="source"] [role="option"]');
    const filters = (await requests()).filter((r) => r.path.includes('/pagefind/filter/'));
    // One file per filter: the dropdowns' two (place, source), none of the 27 person shards.
    expect(filters.length).toBeGreaterThan(0);
    expect(filters.length).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('the people box', () => {
  it('suggests people with a page from one small file per prefix', async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(`${site.url}search/`);
    const requests = record(page);
    await page.locator('.search-filters input.person-input').fill('lav');
    await page.waitForFunction(() => document.querySelectorAll('.search-filters datalist option').length > 0, null, { timeout: 10_000 });
    const options = await page.locator('.search-filters datalist option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain(person);
    const got = (await requests()).filter((r) => r.path.includes('/search-people/'));
    expect(got.map((r) => r.path)).toEqual(['/search-people/la.json']);
    await page.close();
  });

  it('filters by the person chosen, keeps them in the address, and loads only their letter of the filter', async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(`${site.url}search/`);
    // The box is in the page before the search code that listens to it has loaded: wait until it
    // suggests names (its listener is there) before typing the whole name.
    await page.locator('.search-filters input.person-input').fill(person.slice(0, 3));
    await page.waitForFunction(() => document.querySelectorAll('.search-filters datalist option').length > 0, null, { timeout: 15_000 });
    const requests = record(page);
    await page.locator('.search-filters input.person-input').fill(person);
    await page.waitForFunction(() => location.search.includes('person='), null, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('person')).toBe(person);
    // Browsable without a query: the person's briefings are listed.
    await page.waitForFunction(() => document.querySelector('pagefind-results a[href]'), null, { timeout: 15_000 });
    const paths = await resultPaths(page);
    expect(paths).toContain(seed);
    const filters = (await requests()).filter((r) => r.path.includes('/pagefind/filter/'));
    expect(filters).toHaveLength(1);
    await page.close();
  });

  it('reads a name typed in full before the search code has loaded', async () => {
    const page = await site.page.context().browser()!.newPage();
    // Hold Pagefind's component UI back until the whole name is in the box, as on a slow line.
    let release!: () => void;
    const typed = new Promise<void>((done) => { release = done; });
    await page.route('**/pagefind/pagefind-component-ui.js', async (route) => { await typed; await route.continue(); });
    await page.goto(`${site.url}search/`);
    await page.locator('.search-filters input.person-input').fill(person);
    release();
    await page.waitForFunction(() => location.search.includes('person='), null, { timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('person')).toBe(person);
    await page.waitForFunction(() => document.querySelector('pagefind-results a[href]'), null, { timeout: 15_000 });
    expect(await resultPaths(page)).toContain(seed);
    await page.close();
  });

  it('works in the search modal too, typed key by key', async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(site.url);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.pf-modal[open]');
    await page.locator('dialog[open] .person-input').click();
    await page.keyboard.type('lav');
    await page.waitForFunction(() => document.querySelectorAll('dialog[open] datalist option').length > 0, null, { timeout: 10_000 });
    expect(await page.locator('dialog[open] datalist option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain(person);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(person);
    await page.waitForFunction(() => document.querySelector('dialog[open] pagefind-results a[href]'), null, { timeout: 15_000 });
    const paths = await page.locator('dialog[open] pagefind-results a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toContain(seed);
    await page.close();
  });

  it('fills the box from a person in the address', async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(`${site.url}search/?person=${encodeURIComponent(person)}`);
    await page.waitForFunction(() => document.querySelector('pagefind-results a[href]'), null, { timeout: 15_000 });
    expect(await page.locator('.search-filters input.person-input').inputValue()).toBe(person);
    await page.close();
  });
});

describe('many results', () => {
  it('draws the first 30, and 30 more at each press of the button', async () => {
    const page = await site.page.context().browser()!.newPage();
    await page.goto(`${site.url}search/`);
    await page.locator('pagefind-input input').fill('the');
    await page.waitForSelector('.search-more:not([hidden])', { timeout: 15_000 });
    const count = () => page.locator('pagefind-results li.pf-result').count();
    expect(await count()).toBe(30);
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results li.pf-result').length > 30, null, { timeout: 10_000 });
    expect(await count()).toBeLessThanOrEqual(60);
    // A new search starts again from 30.
    await page.locator('pagefind-input input').fill('the briefing');
    await page.waitForTimeout(1500);
    expect(await count()).toBeLessThanOrEqual(30);
    await page.close();
  });
});

describe('the type-ahead files', () => {
  const dir = join(dist, 'search-people');
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('list only people with a page, under each prefix of their names', () => {
    const listed = new Map<string, string[]>();
    for (const f of files()) for (const [name, n, ids] of JSON.parse(readFileSync(join(dir, f), 'utf8')) as [string, number, string[]][]) {
      expect(n).toBeGreaterThan(0);
      // The pages the search's people row links to exist.
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(existsSync(join(dist, 'figures', id, 'index.html'))).toBe(true);
      listed.set(name, [...(listed.get(name) ?? []), f]);
    }
    expect(listed.get(person)?.sort()).toEqual(['la.json', 'se.json']);
    const figures = readdirSync(briefingsDir).filter((f) => f.endsWith('.md'))
      .flatMap((f) => (parseMarkdown(readFileSync(join(briefingsDir, f), 'utf8')).data as { figures?: { id: string; name: string }[] }).figures ?? []);
    const hasPage = (id: string) => existsSync(join(dist, 'figures', id, 'index.html'));
    for (const f of figures) if (!figures.some((g) => g.name === f.name && hasPage(g.id))) expect(listed.has(f.name)).toBe(false);
    for (const name of listed.keys()) expect(figures.some((g) => g.name === name && hasPage(g.id))).toBe(true);
    // The seeds do name people in passing, who have no page: the check above is not empty.
    expect(figures.some((f) => !hasPage(f.id))).toBe(true);
  });

  it('are each small', () => {
    for (const f of files()) expect(statSync(join(dir, f)).size).toBeLessThan(20_000);
  });
});
