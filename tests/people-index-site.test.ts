/**
 * The people index of a built site (src/pages/figures/): a scratch site whose people are many
 * under one initial (more than a page of PEOPLE_PER_PAGE) and few under others, some named once in
 * passing. Following the index's own links from /figures/ must reach every person who has a page,
 * no index page may list more than the bound, and every link must lead to a built page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildSite } from './helpers/site.ts';
import { PEOPLE_PER_PAGE } from '../src/lib/people-index.ts';

const UNDER_M = PEOPLE_PER_PAGE + 30; // two pages under M
const given = ['Mara', 'Mateo', 'Mei', 'Milan', 'Moana', 'Musa', 'Marta', 'Mikko', 'Mónica', 'Malik'];
const others = ['Ana Bell', 'Ben Cole', 'Émile Roux', 'Zoë Adams', '50 Cent', 'Ines Ivy', 'Tom Tait', 'Ugo Ulm'];
let root: string;
let dist: string;

const slug = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const people = [
  ...Array.from({ length: UNDER_M }, (_, i) => `${given[i % given.length]} Surname${Math.floor(i / given.length)}`),
  ...others,
].map((name) => ({ id: slug(name), name }));
// Named once, not first, mentioned once: no page (src/lib/figure-pages.ts). Nobody else is under P.
const passing = [{ id: 'pat-passing', name: 'Pat Passing' }, { id: 'mona-passing', name: 'Mona Passing' }];

const html = (path: string) => readFileSync(join(dist, path.replace(/^\//, ''), 'index.html'), 'utf8');
const main = (page: string) => /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
const links = (page: string) => [...main(page).matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!);
const isIndexPage = (href: string) => /^\/figures\/(?:letter\/[a-z]+\/(?:\d+\/)?)?$/.test(href);
const isPersonPage = (href: string) => /^\/figures\/[a-z0-9-]+\/$/.test(href) && href !== '/figures/letter/';
/** The people listed in an index page's main list (the `columns` list after the navigation). */
const listed = (page: string) => {
  const lists = [...main(page).matchAll(/<ul class="columns">([\s\S]*?)<\/ul>/g)].map((m) => m[1]!);
  return lists.flatMap((l) => [...l.matchAll(/<li><a href="(\/figures\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!));
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'people-index-'));
  const content = join(root, 'content');
  for (const dir of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, dir), { recursive: true });
  for (const f of [...people, ...passing]) writeFileSync(join(content, 'figures', `${f.id}.md`), `---\n${stringify({ name: f.name, role: f.id === 'ana-bell' ? 'Mayor' : '' })}---\n`);
  const perBriefing = 30;
  for (let b = 0; b * perBriefing < people.length; b++) {
    // Everyone mentioned three times: central to the story, so each gets a page.
    const cast = people.slice(b * perBriefing, (b + 1) * perBriefing).map((f) => ({ ...f, role: '', quotes: [], mentions: 3 }));
    if (b === 0) cast.push(...passing.map((f) => ({ ...f, role: '', quotes: [], mentions: 1 })));
    const fm = {
      title: `Briefing ${b} of the people index`,
      slug: `briefing-${b}`,
      source: { file: `b${b}.md`, name: 'Example News', url: `https://news.example.org/${b}`, license: 'CC BY 4.0' },
      date: `2024-01-${String(b + 1).padStart(2, '0')}`,
      summary: `Summary of briefing ${b}.`,
      keyPoints: ['A first point.'],
      keyPointParagraphs: [1],
      figures: cast,
      glossary: [],
    };
    writeFileSync(join(content, 'briefings', `briefing-${b}.md`), `---\n${stringify(fm)}---\n\n${'Words of the article. '.repeat(30)}\n`);
  }
  dist = join(root, 'dist');
  buildSite(content, dist);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the people index of a site with many people under one initial', () => {
  it('reaches every person with a page by following its links from /figures/, each listed once', () => {
    const built = readdirSync(join(dist, 'figures')).filter((d) => d !== 'letter' && existsSync(join(dist, 'figures', d, 'index.html')));
    expect(built.sort()).toEqual(people.map((p) => p.id).sort());
    const seen = new Set<string>(['/figures/']);
    const queue = ['/figures/'];
    const reached: string[] = [];
    while (queue.length) {
      const at = queue.shift()!;
      const page = html(at);
      if (at !== '/figures/') reached.push(...listed(page));
      for (const href of links(page).filter(isIndexPage)) if (!seen.has(href)) seen.add(href), queue.push(href);
    }
    expect(reached.map((h) => h.split('/')[2]).sort()).toEqual(built.sort());
    expect(new Set(reached).size).toBe(reached.length);
    // The top page, the initials A, B, E, I, M (2 pages), T, U, Z and "other".
    expect([...seen].sort()).toEqual(['/figures/', ...['a', 'b', 'e', 'i', 'm', 'm/2', 'other', 't', 'u', 'z'].map((l) => `/figures/letter/${l}/`)].sort());
  });

  it('lists at most PEOPLE_PER_PAGE people on any page, and every link leads to a built page', () => {
    const pages = ['figures', ...['a', 'b', 'e', 'i', 'm', 'm/2', 'other', 't', 'u', 'z'].map((l) => `figures/letter/${l}`)];
    for (const p of pages) {
      const page = html(p);
      expect(listed(page).length).toBeLessThanOrEqual(PEOPLE_PER_PAGE);
      for (const href of links(page)) expect(existsSync(join(dist, href, 'index.html')), `${p} links to ${href}`).toBe(true);
    }
    expect(listed(html('figures/letter/m'))).toHaveLength(PEOPLE_PER_PAGE);
    // A full page (27 KB here) whatever the archive's size; the single index was 751 KB at 10,000 briefings.
    expect(Buffer.byteLength(html('figures/letter/m'))).toBeLessThan(40 * 1024);
    expect(listed(html('figures/letter/m/2'))).toHaveLength(UNDER_M - PEOPLE_PER_PAGE);
    expect(listed(html('figures/letter/other'))).toEqual(['/figures/50-cent/']);
    expect(listed(html('figures/letter/e'))).toEqual(['/figures/emile-roux/']);
  });

  it('navigates by initial with a list of links, the current initial and page marked', () => {
    const m2 = html('figures/letter/m/2');
    const nav = /<nav aria-label="People by initial"><ul class="az">([\s\S]*?)<\/ul><\/nav>/.exec(m2)?.[1] ?? '';
    expect([...nav.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1])).toEqual(['other', 'a', 'b', 'e', 'i', 'm', 't', 'u', 'z'].map((l) => `/figures/letter/${l}/`));
    expect(nav).toContain('<a href="/figures/letter/m/" aria-current="page">M</a>');
    expect(nav).toContain('<span class="az-empty" aria-hidden="true">P</span>');
    const pagesNav = /<nav aria-label="Pages under M">([\s\S]*?)<\/nav>/.exec(m2)?.[1] ?? '';
    expect([...pagesNav.matchAll(/<a href="([^"]+)"( aria-current="page")?>/g)].map((m) => [m[1], !!m[2]])).toEqual([['/figures/letter/m/', false], ['/figures/letter/m/2/', true]]);
    expect(m2).toMatch(/<a href="\/figures\/letter\/m\/?" rel="prev">/);
    expect(m2).toContain('<h1>People: M, page 2 of 2</h1>');
  });

  it('counts the people named once in passing, in all and under their initial', () => {
    expect(html('figures')).toContain(`${people.length} people, A–Z, with how many briefings name them. 2 more people, named once in passing, are listed on their briefing’s page.`);
    expect(html('figures/letter/m')).toContain(`${UNDER_M} people under M, 1–${PEOPLE_PER_PAGE} on this page. 1 more, named once in passing, is listed on their briefing’s page.`);
    expect(existsSync(join(dist, 'figures/letter/p'))).toBe(false);
  });

  it('lists the index pages in the sitemap beside the person pages', () => {
    const locs = new Set(readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)));
    for (const p of ['/figures/', '/figures/letter/m/', '/figures/letter/m/2/', '/figures/letter/other/', '/figures/ana-bell/']) expect(locs.has(p), p).toBe(true);
  });
});
