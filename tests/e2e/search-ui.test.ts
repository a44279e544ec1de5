/**
 * The search experience beyond finding words (tests/e2e/search.test.ts covers that): ranking of
 * title and name matches, results that show the briefing's summary, the filters, and `?q=` links.
 * Runs against the built `dist/` (`npm run build` first).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite, dist } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/site.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';

const briefingsDir = join(projectRoot, 'content/briefings');
const site = useBuiltSite();

const briefings = () =>
  readdirSync(briefingsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseMarkdown(readFileSync(join(briefingsDir, f), 'utf8')).data as Record<string, any>);

async function results(query: string): Promise<{ path: string; text: string }[]> {
  await site.page.goto(`${site.url}search/`);
  await site.page.locator('pagefind-input input').fill(query);
  await site.page.waitForFunction(() => document.querySelectorAll('pagefind-results a[href]').length > 0, null, { timeout: 15_000 });
  // Results fill in their placeholders as their data arrives: wait for the ones on screen.
  await site.page.waitForFunction(() => !document.querySelector('pagefind-results li[aria-hidden="true"]'), null, { timeout: 5_000 }).catch(() => {});
  return site.page.locator('pagefind-results li.pf-result:has(a[href])').evaluateAll((lis) =>
    lis.map((li) => ({ path: new URL(li.querySelector('a')!.href).pathname, text: li.textContent ?? '' })),
  );
}

describe('ranking', () => {
  it('puts the briefing whose headline is searched first', async () => {
    const b = briefings().find((x) => x.title.split(/\s+/).length >= 4)!;
    const found = await results(b.title);
    expect(found[0]?.path).toBe(`/briefings/${b.slug}/`);
  });

  it("shows a person's page above the results when their name is searched, and no person for other words", async () => {
    const person = briefings().flatMap((b) => b.figures ?? []).find((f: any) => existsSync(join(dist, 'figures', f.id, 'index.html')) && f.name.split(' ').length >= 2)!;
    const found = await results(person.name);
    const row = site.page.locator('.search-people li a');
    await row.first().waitFor({ timeout: 5_000 });
    const people = await row.evaluateAll((as) => as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, text: a.textContent })));
    expect(people[0]).toEqual({ path: `/figures/${person.id}/`, text: person.name });
    // Person pages are not full-text results: the row is where they are found.
    expect(found.some((r) => r.path.startsWith('/figures/'))).toBe(false);
    // A surname alone finds them too; words that begin no one's name show no row.
    await results(person.name.split(' ').at(-1));
    await site.page.waitForFunction((id) => [...document.querySelectorAll('.search-people a')].some((a) => a.getAttribute('href')?.endsWith(`/figures/${id}/`)), person.id, { timeout: 5_000 });
    await site.page.locator('pagefind-input input').fill('zzqx');
    await site.page.waitForFunction(() => document.querySelectorAll('.search-people li').length === 0, null, { timeout: 5_000 });
  });
});

describe('results and filters', () => {
  it("shows each briefing's summary in its result", async () => {
    const b = briefings().find((x) => x.summary && x.title.split(/\s+/).length >= 4)!;
    const found = await results(b.title);
    const hit = found.find((r) => r.path === `/briefings/${b.slug}/`)!;
    expect(hit.text.replace(/\s+/g, ' ')).toContain(b.summary.replace(/\s+/g, ' ').slice(0, 80));
  });

  it('offers place and source filters built from the briefings, and people as a type-ahead', async () => {
    await results('the');
    await site.page.locator('pagefind-filter-dropdown[filter="source"] .pf-dropdown-trigger').click();
    await site.page.waitForSelector('pagefind-filter-dropdown[filter="source"] [role="option"]');
    const sources = await site.page.locator('pagefind-filter-dropdown[filter="source"] [role="option"]').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.value));
    const all = briefings();
    expect(new Set(sources)).toEqual(new Set(all.map((b) => b.source.name).filter(Boolean)));
    expect(await site.page.locator('pagefind-filter-dropdown[filter="place"]').count()).toBe(1);
    expect(await site.page.locator('pagefind-filter-dropdown[filter^="person"]').count()).toBe(0);
    expect(await site.page.locator('.search-filters input.person-input').count()).toBe(1);
  });

  it('runs the query given as /search/?q=', async () => {
    const b = briefings()[0];
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent(b.title)}`);
    await site.page.waitForFunction(() => document.querySelectorAll('pagefind-results a[href]').length > 0, null, { timeout: 15_000 });
    expect(await site.page.locator('pagefind-input input').inputValue()).toBe(b.title);
  });
});
