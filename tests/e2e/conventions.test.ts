/**
 * What the news ecosystem and the page budget expect of the built site (`npm run build` first):
 * feeds, sitemap, structured data, social cards, canonical links, the 404 page, each briefing's
 * statement of its source, and briefing pages under 30 KB of HTML+CSS with no script until search
 * is opened.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useServedSite } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/site.ts';
import { briefingPaths, pageTypes } from '../helpers/site-pages.ts';
import { parseMarkdown } from '../../src/pipeline/frontmatter.ts';
import { placedOn } from '../../src/lib/dates.ts';

const dist = join(projectRoot, 'dist');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const attr = (page: string, re: RegExp) => re.exec(page)?.[1];
/** The briefing's frontmatter, from content/briefings/<slug>.md. */
const source = (path: string) => parseMarkdown(readFileSync(join(projectRoot, 'content', `${path.replace(/\/$/, '')}.md`), 'utf8')).data as Record<string, any>;

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` first');
});

describe('briefing page budget', () => {
  /**
   * A briefing page's bytes: HTML plus linked CSS; the article's own text; and the people (with
   * their quotes) and terms lists, which grow with the story (a long article can name 30 people).
   */
  function weigh(path: string) {
    const page = html(path);
    const css = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => statSync(join(dist, m[1])).size);
    const article = /<div class="body-text">([\s\S]*?)<\/div><\/section>/.exec(page)?.[1] ?? '';
    const story = [/<p class="summary"[\s\S]*?<\/p>/g, /<ul class="points">[\s\S]*?<\/ul>/g]
      .flatMap((re) => [...page.matchAll(re)])
      .reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
    const lists = [/<ul class="people">[\s\S]*?<\/aside>/g, /<dl class="terms">[\s\S]*?<\/dl>/g]
      .flatMap((re) => [...page.matchAll(re)])
      .reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
    return { page, total: Buffer.byteLength(page) + css.reduce((a, b) => a + b, 0), article: Buffer.byteLength(article), story, lists };
  }

  // The page shows the article's full text, its summary and key points, and lists everyone and
  // every term in it, so those parts are as long as the story; the design's own share (frame,
  // styles, panels' headings, metadata) is held to 16 KB. An article of up to 10 KB of markup with the lists must fit in
  // 30 KB when the lists are no longer than 6 KB (a story of about ten people and ten terms).
  it.each(briefingPaths(dist))('%s: under 30 KB of HTML+CSS for its article, and no script file', (path) => {
    const { page, total, article, story, lists } = weigh(path);
    expect(total - article - story - lists, 'bytes besides the story and its lists').toBeLessThan(16 * 1024);
    if (article <= 10 * 1024 && lists <= 6 * 1024) expect(total).toBeLessThan(30 * 1024);
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page).not.toMatch(/<script[^>]+type="module"/);
  });

  describe('in a browser', () => {
    const site = useServedSite(dist, { requireSearchIndex: false });

    it('requests no JavaScript until the reader opens search, then loads the search UI', async () => {
      const page = await site.browser.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname); });
      await page.goto(site.url + pageTypes(dist).briefing, { waitUntil: 'networkidle' });
      expect(scripts).toEqual([]);
      await page.keyboard.press('/');
      await page.waitForSelector('dialog.pf-modal[open]');
      expect(scripts).toContain('/pagefind/pagefind-component-ui.js');
      await page.close();
    });
  });
});

describe('every briefing names its source', () => {
  it.each(briefingPaths(dist))('%s says it is an automated summary and links the source', (path) => {
    const page = html(path);
    const fm = source(path);
    const notice = attr(page, /<p class="notice"[^>]*>([\s\S]*?)<\/p>/) ?? '';
    expect(notice).toMatch(/Automated summary/);
    if (fm.source?.name) expect(notice).toContain(fm.source.name);
    if (fm.source?.url) expect(notice).toContain(`href="${fm.source.url.replace(/&/g, '&amp;')}"`);
    if (fm.source?.license) expect(page).toContain(fm.source.license);
  });
});

describe('structured data and social cards', () => {
  it.each(briefingPaths(dist))('%s has NewsArticle JSON-LD matching its frontmatter', (path) => {
    const page = html(path);
    const fm = source(path);
    const json = attr(page, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
    expect(json).toBeDefined();
    expect(json).not.toMatch(/<\//);
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(fm.title);
    if (fm.summary) expect(data.description).toBe(fm.summary);
    if (fm.date) expect(data.datePublished).toBe(String(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date));
    if (fm.source?.url) expect(data.isBasedOn.url).toBe(fm.source.url);
    if (/^CC BY/i.test(fm.source?.license ?? '')) {
      expect(data.isBasedOn.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by/);
      expect(data.isBasedOn.creditText).toContain(fm.source.license);
    }
    const canonical = attr(page, /<link rel="canonical" href="([^"]+)"/);
    expect(canonical).toBe(data.url);
    expect(new URL(canonical!).pathname).toBe(`/${path}`);
    expect(attr(page, /<meta property="og:type" content="([^"]+)"/)).toBe('article');
    expect(attr(page, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical);
    expect(attr(page, /<meta property="og:title" content="([^"]+)"/)).toBeTruthy();
    expect(attr(page, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    // The share image: drawn for this briefing, referenced by OpenGraph and the JSON-LD.
    const image = attr(page, /<meta property="og:image" content="([^"]+)"/)!;
    expect(image).toBe(`${canonical}share.png`);
    expect(data.image).toBe(image);
    const png = readFileSync(join(dist, new URL(image).pathname));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('gives every page type a canonical URL except the 404 page, which is noindex', () => {
    for (const [type, path] of Object.entries(pageTypes(dist))) {
      if (type === '404') continue;
      expect(html(path), type).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    }
    const notFound = readFileSync(join(dist, '404.html'), 'utf8');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
  });
});

describe('feeds and sitemap', () => {
  const briefings = briefingPaths(dist);

  it('RSS lists the newest briefings with links and dates', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/^<\?xml/);
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]);
    expect(items.length).toBe(Math.min(briefings.length, 50));
    for (const item of items) {
      const link = attr(item, /<link>([^<]+)<\/link>/)!;
      expect(briefings).toContain(new URL(link).pathname.slice(1));
    }
    expect(html('')).toContain('type="application/rss+xml"');
  });

  it('RSS names its own address and encodes text once', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/<atom:link href="https?:\/\/[^"]+\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    expect(rss).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    // A quotation mark in a summary is written as itself (or &quot;), never as a reference that
    // the XML layer escapes again into text a reader would see ("&#34;").
    expect(rss).not.toMatch(/&amp;#\d+;/);
  });

  it('JSON Feed 1.1 matches the RSS items', () => {
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBe(Math.min(briefings.length, 50));
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(briefings).toContain(new URL(item.url).pathname.slice(1));
      expect(item.content_text).toMatch(/automated summary/i);
    }
  });

  it('the sitemap lists every briefing and leaves out the 404 page', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const urls = maps.flatMap((m) => [...readFileSync(join(dist, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]).pathname));
    for (const b of briefings) expect(urls).toContain(`/${b}`);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });

  it('the sitemap gives each dated briefing its date as lastmod', () => {
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const lastmod = new Map([...xml.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [new URL(m[1]!).pathname, m[2]]));
    let dated = 0;
    for (const b of briefings) {
      const date = source(b).date;
      if (!date) continue;
      dated++;
      expect(lastmod.get(`/${b}`)?.slice(0, 10), b).toBe(String(date instanceof Date ? date.toISOString().slice(0, 10) : date));
    }
    expect(dated).toBeGreaterThan(0);
  });

  it('the 404 page offers search and the latest briefings', () => {
    const page = readFileSync(join(dist, '404.html'), 'utf8');
    expect(page).toMatch(/<form[^>]+action="\/search\/"/);
    expect(page).toMatch(/href="\/briefings\/[^"]+"/);
  });
});

describe('home page order', () => {
  it('leads with the newest briefing, placing an undated one by the day it was first briefed', () => {
    const dir = join(projectRoot, 'content/briefings');
    const briefings = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => parseMarkdown(readFileSync(join(dir, n), 'utf8')).data as { slug: string; date?: string; firstBriefed?: string });
    const newest = Math.max(...briefings.map((b) => Date.parse(placedOn(b) ?? '1970-01-01')));
    const first = /href="[^"]*\/briefings\/([a-z0-9-]+)\/"/.exec(html(''))?.[1];
    const lead = briefings.find((b) => b.slug === first);
    expect(lead, 'the home page links a briefing').toBeDefined();
    expect(Date.parse(placedOn(lead!)!)).toBe(newest);
  });
});
