/**
 * The briefing page as a reader on a phone meets it (`npm run build` first): headline, date and
 * source, summary, key points, the people with their roles and quotes (each quote linked to the
 * paragraph it stands in), then the article, then the compact list of terms and the source with a
 * way to report an error.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, useBuiltSite } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/site.ts';
import { briefingPaths } from '../helpers/site-pages.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';

const site = useBuiltSite();
const frontmatter = (path: string) =>
  parseMarkdown(readFileSync(join(projectRoot, 'content', `${path.replace(/\/$/, '')}.md`), 'utf8')).data as Record<string, any>;

/** The briefing with the most quotes, so the quote panel has something to show. */
function mostQuoted(): string {
  const scored = briefingPaths(dist).map((p) => ({ p, n: (frontmatter(p).figures ?? []).reduce((s: number, f: any) => s + (f.quotes?.length ?? 0), 0) }));
  return scored.sort((a, b) => b.n - a.n || a.p.localeCompare(b.p))[0]!.p;
}

describe('the briefing page on a 390 px phone', () => {
  it('puts summary, key points, people, the article, the terms and the source in that order', async () => {
    const { page } = site;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url + mostQuoted());
    const tops = await page.evaluate(() =>
      ['h1', '.b-meta', '.summary', '.points', '.people', '.body-text', '.terms', '.source-box'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? null),
    );
    const present = tops.filter((t): t is number => t !== null);
    expect(present.length).toBeGreaterThanOrEqual(7);
    expect([...present].sort((a, b) => a - b)).toEqual(present);
  });

  it('shows the first key point on the first screen, with no definition above it', async () => {
    const { page } = site;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of briefingPaths(dist)) {
      await page.goto(site.url + path);
      const { point, firstTerm } = await page.evaluate(() => ({
        point: document.querySelector('.points li')?.getBoundingClientRect().top ?? null,
        firstTerm: document.querySelector('.terms dd')?.getBoundingClientRect().top ?? null,
      }));
      if (point === null) continue;
      expect(point, path).toBeLessThan(844);
      if (firstTerm !== null) expect(firstTerm, path).toBeGreaterThan(point);
    }
  });

  it('lists every quote of every person, each linked to the paragraph that holds it', async () => {
    const { page } = site;
    const path = mostQuoted();
    const fm = frontmatter(path);
    await page.goto(site.url + path);
    for (const figure of fm.figures.filter((f: any) => f.quotes?.length)) {
      const shown = await page.$$eval(`#person-${figure.id} .quotes li`, (items) =>
        items.map((li) => ({ text: li.querySelector('q')?.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? null })),
      );
      expect(shown.map((s) => s.text)).toEqual(figure.quotes);
      for (const { text, href } of shown) {
        expect(href, text).toMatch(/^#p-\d+$/);
        const paragraph = await page.$eval(href!, (p) => p.textContent ?? '');
        expect(paragraph.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').slice(0, 40));
      }
    }
  });
});

describe('quotes with no confident speaker', () => {
  it('shows them apart from the people, as such, each linked to the paragraph that holds it', async () => {
    const { page } = site;
    const paths = briefingPaths(dist).filter((p) => frontmatter(p).unattributedQuotes?.length);
    expect(paths.length, 'some briefing has a quote with no stated speaker').toBeGreaterThan(0);
    for (const path of paths) {
      const fm = frontmatter(path);
      await page.goto(site.url + path);
      expect(await page.textContent('.b-side .unattributed h3')).toBe('Also quoted, speaker not stated or uncertain');
      const shown = await page.$$eval('.b-side .unattributed li', (items) =>
        items.map((li) => ({ text: li.querySelector('q')?.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? null })),
      );
      expect(shown.map((s) => s.text)).toEqual(fm.unattributedQuotes.map((q: any) => q.text));
      const ownQuotes = new Set(fm.figures.flatMap((f: any) => f.quotes ?? []));
      for (const { text, href } of shown) {
        expect(ownQuotes.has(text), `${text} is also under a person`).toBe(false);
        expect(href, text).toMatch(/^#p-\d+$/);
        const paragraph = await page.$eval(href!, (p) => p.textContent ?? '');
        expect(paragraph.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').slice(0, 40));
      }
    }
  });
});

describe('terms and corrections', () => {
  it('gives term pages and sitemap entries only to terms some briefing uses', () => {
    const used = new Set(briefingPaths(dist).flatMap((p) => (frontmatter(p).glossary ?? []).map((g: any) => g.id)));
    const pages = readFileSync(join(dist, 'glossary/index.html'), 'utf8');
    const linked = new Set([...pages.matchAll(/href="\/glossary\/([^/"]+)\/"/g)].map((m) => m[1]));
    expect(linked.size).toBeGreaterThan(0);
    for (const id of linked) expect(used.has(id), id).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const inSitemap = [...sitemap.matchAll(/\/glossary\/([^/<]+)\/<\/loc>/g)].map((m) => m[1]);
    expect(inSitemap.length).toBe(used.size);
    for (const id of inSitemap) expect(used.has(id), id).toBe(true);
  });

  it('"Report an error" leads somewhere a correction can be sent', async () => {
    const { page } = site;
    await page.goto(site.url + mostQuoted());
    const report = await page.getAttribute('.source-box a:text("Report an error")', 'href');
    expect(report).toBeTruthy();
    // Without a repository in the settings it leads to the corrections section, which must exist.
    if (report!.includes('about/#corrections')) {
      await page.goto(new URL(report!, page.url()).href);
      expect(await page.locator('#corrections').count()).toBe(1);
    } else {
      expect(report).toMatch(/\/issues\/new\?/);
    }
  });
});

describe('the About page publishes the measured quality', () => {
  it('shows each corpus of quality/latest.json with its figures and the date', () => {
    const results = JSON.parse(readFileSync(join(projectRoot, 'quality/latest.json'), 'utf8'));
    const about = readFileSync(join(dist, 'about/index.html'), 'utf8');
    expect(about).toContain(`<time datetime="${results.date}">`);
    for (const c of results.corpora) {
      const row = new RegExp(`<th scope="row">${c.name} <span class="meta">\\(${c.documents}\\)</span></th>\\s*<td>${Math.round(c.people.f1 * 100)}%</td>`);
      expect(about).toMatch(row);
      expect(about).toContain(`${c.summary.rouge1.toFixed(2)}, ${c.summary.meanWords} words`);
    }
  });
});

describe('the search filters a briefing page offers', () => {
  it('never offers the source publisher as a place or organisation the story is about', () => {
    for (const path of briefingPaths(dist)) {
      const page = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const source = frontmatter(path).source?.name;
      const places = [...page.matchAll(/data-pagefind-filter="place"[^>]*>([^<]+)</g)].map((m) => m[1]);
      if (source) expect(places, path).not.toContain(source);
    }
  });
});
