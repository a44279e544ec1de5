/**
 * Screenshots of the home page, a briefing and search results on a phone (360 px) and a desktop
 * (1280 px) width, in the light and dark theme, kept in test-results/screenshots/ (git-ignored)
 * for people to look at. Each shot also checks what a screenshot would show: nothing wider than
 * the screen (no sideways scrolling on a phone) and the page's heading in view.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../helpers/site.ts';
import { dist, useServedSite } from '../helpers/built-site.ts';
import { pageTypes } from '../helpers/site-pages.ts';

const outDir = join(projectRoot, 'test-results/screenshots');
const site = useServedSite();
beforeAll(() => mkdirSync(outDir, { recursive: true }));

const widths = { phone: 360, desktop: 1280 } as const;
const shots = (['home', 'briefing', 'search'] as const).flatMap((what) =>
  (Object.keys(widths) as (keyof typeof widths)[]).flatMap((device) => (['light', 'dark'] as const).map((scheme) => [what, device, scheme] as const)),
);

/** Run a search the way a reader does: open the modal with "/" and type. */
async function showResults(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog.pf-modal[open]');
  await page.keyboard.type('minister');
  await page.waitForFunction(() => document.querySelectorAll('dialog pagefind-results .result-summary, dialog pagefind-results .pf-result-excerpt').length > 1, null, { timeout: 15_000 });
  await page.waitForTimeout(300);
}

describe('screenshots', () => {
  it.each(shots)('%s on a %s, %s theme', async (what, device, scheme) => {
    const width = widths[device];
    const page = await site.browser.newPage({ viewport: { width, height: device === 'phone' ? 780 : 900 } });
    await page.emulateMedia({ colorScheme: scheme });
    const types = pageTypes(dist);
    await page.goto(site.url + (what === 'search' ? types.home : types[what]));
    if (what === 'search') await showResults(page);
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      h1: document.querySelector('h1')?.getBoundingClientRect().top ?? -1,
    }));
    expect(layout.scrollWidth, 'page is no wider than the screen').toBeLessThanOrEqual(width);
    if (what !== 'search') expect(layout.h1).toBeGreaterThanOrEqual(0);
    const file = join(outDir, `${what}-${device}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: what !== 'search' });
    expect(statSync(file).size).toBeGreaterThan(5_000);
    await page.close();
  });
});
