/**
 * WCAG 2.2 AA in a real browser: axe-core over every page type, in the light and the dark theme,
 * on a phone and a desktop width; the search modal with results; and keyboard-only use of search
 * and of the term and person annotations. Runs against the built `dist/` (`npm run build` first).
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dist, useServedSite } from '../helpers/built-site.ts';
import { briefingPaths, pageTypes } from '../helpers/site-pages.ts';

const require = createRequire(import.meta.url);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const site = useServedSite();

async function open(path: string, width: number, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(site.url + path);
  return page;
}

/** axe's WCAG A/AA violations on the page as it is now, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const result = await page.evaluate((tags) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: tags }), WCAG);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Type a query into the search box that has focus and wait for results. */
async function typeQuery(page: Page, query: string, scope = 'body'): Promise<void> {
  await page.keyboard.type(query);
  await page.waitForFunction((s) => document.querySelectorAll(`${s} pagefind-results a[href]`).length > 0, scope, { timeout: 15_000 });
  // Results render lazily as they scroll into view: let the first batch settle.
  await page.waitForTimeout(400);
}

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  const types = () => Object.entries(pageTypes(dist));
  const cases = Object.keys(pageTypes(dist)).flatMap((type) => [360, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => [type, width, scheme] as const)));

  it.each(cases)('%s page at %i px, %s theme', async (type, width, scheme) => {
    const path = Object.fromEntries(types())[type]!;
    const page = await open(path, width, scheme);
    if (type === 'search') {
      await page.locator('pagefind-input input').focus();
      await typeQuery(page, 'the');
    }
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  // The richest briefing may have no quote without a speaker: the panel that lists those is checked too.
  it.each(['light', 'dark'] as const)('a briefing with quotes of no stated speaker, %s theme', async (scheme) => {
    const path = briefingPaths(dist).find((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('class="unattributed"'));
    expect(path, 'some briefing shows quotes with no stated speaker').toBeDefined();
    const page = await open(path!, 360, scheme);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('search modal with results, %s theme', async (scheme) => {
    const page = await open(pageTypes(dist).briefing, 1280, scheme);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.pf-modal[open]');
    await typeQuery(page, 'the', 'dialog');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard-only use', () => {
  it('opens search from any page with "/" and Ctrl+K, moves to a result and follows it', async () => {
    const page = await open(pageTypes(dist).briefing, 1280, 'light');
    for (const key of ['/', 'Control+k']) {
      await page.keyboard.press(key);
      await page.waitForSelector('dialog.pf-modal[open]');
      expect(await page.evaluate(() => document.activeElement?.matches('dialog pagefind-input input'))).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog.pf-modal:not([open])', { state: 'attached' });
    }
    await page.keyboard.press('/');
    await typeQuery(page, 'the', 'dialog');
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    expect(target).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(briefings|figures|glossary)\//);
    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('reaches the Search link by Tab, opens the modal with Enter, and Escape returns focus to the link', async () => {
    const page = await open(pageTypes(dist).home, 1280, 'light');
    let onLink = false;
    for (let i = 0; i < 12 && !onLink; i++) {
      await page.keyboard.press('Tab');
      onLink = await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open') ?? false);
    }
    expect(onLink).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.pf-modal[open]');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.pf-modal:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.close();
  });

  it('narrows results with a filter using only the keyboard', async () => {
    const page = await open(pageTypes(dist).search, 1280, 'light');
    await page.locator('pagefind-input input').focus();
    await typeQuery(page, 'the');
    const before = await page.locator('pagefind-results li.pf-result').count();
    // Tab from the search box to the Places filter, open it, pick the first place.
    await page.locator('pagefind-filter-dropdown[filter="place"] .pf-dropdown-trigger').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('pagefind-filter-dropdown[filter="place"] [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = await page.locator('pagefind-filter-dropdown[filter="place"] [role="option"][aria-selected="true"]').count();
    expect(chosen).toBe(1);
    // Results are re-rendered for the filter: fewer than before, but some.
    await page.waitForFunction(
      (n) => { const c = document.querySelectorAll('pagefind-results li.pf-result').length; return c > 0 && c < n; },
      before,
      { timeout: 10_000 },
    );
    await page.close();
  });

  it('term and person annotations: reached by Tab, explained on focus and to screen readers, followed with Enter', async () => {
    const page = await open(pageTypes(dist).briefing, 1280, 'light');
    const count = await page.locator('.body-text a').count();
    expect(count, 'the sample briefing has marked terms or people').toBeGreaterThan(0);
    // Tab until focus is inside the briefing's text.
    let inText = false;
    for (let i = 0; i < 80 && !inText; i++) {
      await page.keyboard.press('Tab');
      inText = await page.evaluate(() => !!document.activeElement?.closest('.body-text'));
    }
    expect(inText).toBe(true);
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement;
      const style = getComputedStyle(a);
      const described = (a.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
      return { href: a.href, outline: style.outlineStyle, note: a.dataset.note ?? '', term: a.classList.contains('annotation-term'), shown: getComputedStyle(a, '::after').visibility, described };
    });
    expect(focused.outline).not.toBe('none');
    if (focused.note) {
      // The explanation is visible on keyboard focus and announced through aria-describedby.
      expect(focused.shown).toBe('visible');
      // A term is described by its definition in the side panel (the tooltip shows its start); a
      // person by their entry there, which names them.
      const [name, ...rest] = focused.note.split(': ');
      const explanation = rest.join(': ').replace(/…$/, '');
      expect(focused.described).toContain(focused.term ? explanation.slice(0, 40) : name);
    }
    await Promise.all([page.waitForURL(focused.href), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toMatch(/^\/(glossary|figures)\//);
    await page.close();
  });

  it('people in the side panel are links a keyboard user can follow', async () => {
    const page = await open(pageTypes(dist).briefing, 1280, 'light');
    const first = page.locator('.people a').first();
    await first.focus();
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });
});
