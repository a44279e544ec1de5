/**
 * The search's "places and organisations" filter, in Chromium against the built `dist/` (`npm run
 * build` first): it lists the places briefings are about, found by the brief command's places
 * stage, and choosing one without a query lists the briefings about it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/site.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';

const site = useBuiltSite();
const briefingsDir = join(projectRoot, 'content/briefings');

/** Each briefing's slug with the text of its source (headline and body). */
const briefings = readdirSync(briefingsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const { data, body } = parseMarkdown(readFileSync(join(briefingsDir, f), 'utf8'));
    return { slug: data.slug as string, text: `${data.title as string}\n${body}` };
  });

/** The place filter's values as the search page offers them. */
async function placeOptions(): Promise<string[]> {
  const { page } = site;
  await page.goto(`${site.url}search/`);
  const options = page.locator('pagefind-filter-dropdown[filter="place"] [role="option"]');
  await page.locator('pagefind-filter-dropdown[filter="place"] .pf-dropdown-trigger').click();
  await options.first().waitFor({ state: 'attached', timeout: 15_000 });
  return options.evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.value ?? ''));
}

describe('the places and organisations filter', () => {
  it('lists Hong Kong, which a briefing is about though no glossary entry or dateline names it', async () => {
    const about = briefings.filter((b) => (b.text.match(/Hong Kong/g) ?? []).length >= 3);
    expect(about.length).toBeGreaterThanOrEqual(1);
    expect(await placeOptions()).toContain('Hong Kong');
  });

  it('does not list a place that appears only inside a stance ("pro-Beijing")', async () => {
    const beijing = briefings.filter((b) => /\bBeijing\b/.test(b.text));
    // The Hong Kong election briefing says "pro-Beijing" throughout and never means the city.
    expect(beijing.length).toBeGreaterThanOrEqual(1);
    expect(beijing.every((b) => !/(?<!-)\bBeijing\b/.test(b.text))).toBe(true);
    expect(await placeOptions()).not.toContain('Beijing');
  });

  it('lists the briefings about a place when it is chosen without a query', async () => {
    const { page } = site;
    await placeOptions();
    await page.locator('pagefind-filter-dropdown[filter="place"] [role="option"][data-value="Hong Kong"]').click();
    await page.waitForFunction(() => document.querySelectorAll('pagefind-results a[href]').length > 0, null, { timeout: 15_000 });
    expect(await page.locator('pagefind-input input').inputValue()).toBe('');
    const paths = await page.locator('pagefind-results a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const about = briefings.filter((b) => b.text.includes('Hong Kong')).map((b) => `/briefings/${b.slug}/`);
    expect(paths).toContain(about.find((p) => p.includes('hong-kong')));
    // Only briefings that name Hong Kong.
    for (const p of paths.filter((x) => x.startsWith('/briefings/'))) expect(about, p).toContain(p);
  });
});
