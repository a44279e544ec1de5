/**
 * The site's pages at scale: one person in many briefings, and an index of many people. Builds a
 * scratch site from generated briefings (valid against the briefing schema) and checks that the
 * person's page is paginated and grouped by month, the archive is paginated, the people index is
 * split by initial, and a briefing with a long cast stays within its byte budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildSite } from './helpers/site.ts';

const BRIEFINGS = 95; // three pages of 40 for the person in all of them
const PEOPLE = 300;
let root: string;
let dist: string;
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

const surnames = ['Adams', 'Brown', 'Chen', 'Diaz', 'Evans', 'Fischer', 'García', 'Hughes', 'Ivanova', 'Jones', 'Kim', 'Lopez', 'Müller', 'Nakamura', 'Okafor'];
const given = ['Ana', 'Ben', 'Chloé', 'Dev', 'Ewa', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jin', 'Kai', 'Lea', 'Mo', 'Nia', 'Oli', 'Pia', 'Quin', 'Ray', 'Sol', 'Tia'];
const person = (i: number) => {
  const name = `${given[i % given.length]} ${surnames[Math.floor(i / given.length) % surnames.length]}${i >= 300 ? i : ''}`;
  return { id: name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'), name };
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-scale-'));
  const content = join(root, 'content');
  for (const dir of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, dir), { recursive: true });
  const star = { id: 'zoe-example', name: 'Zoe Example' };
  writeFileSync(join(content, 'figures', `${star.id}.md`), `---\n${stringify({ name: star.name, role: 'Minister of Examples' })}---\n`);
  for (let p = 0; p < PEOPLE; p++) {
    const f = person(p);
    writeFileSync(join(content, 'figures', `${f.id}.md`), `---\n${stringify({ name: f.name })}---\n`);
  }
  // Named once, last and in passing: no page of their own (src/lib/figure-pages.ts).
  writeFileSync(join(content, 'figures', 'pat-passing.md'), `---\n${stringify({ name: 'Pat Passing' })}---\n`);
  writeFileSync(join(content, 'glossary', 'un.md'), `---\n${stringify({ term: 'UN', definition: 'The United Nations.', kind: 'organisation', caseSensitive: true })}---\n`);
  for (let i = 0; i < BRIEFINGS; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2000 + Math.floor(i / 12);
    const cast = [star, ...Array.from({ length: 24 }, (_, k) => person((i * 7 + k) % PEOPLE)), ...(i === 1 ? [{ id: 'pat-passing', name: 'Pat Passing' }] : [])];
    const fm = {
      title: `Briefing number ${i} about the UN`,
      slug: `briefing-${i}`,
      source: { file: `b${i}.md`, name: 'Example News', url: `https://news.example.org/${i}`, license: 'CC BY 4.0' },
      date: `${year}-${month}-15`,
      summary: `Summary sentence of briefing ${i}, which names ${star.name}.`,
      keyPoints: ['A first point.', 'A second point.'],
      keyPointParagraphs: [1, 2],
      figures: cast.map((f, k) => ({ id: f.id, name: f.name, role: k === 0 ? 'minister' : '', quotes: [], mentions: 1 })),
      glossary: [{ id: 'un', term: 'UN', definition: 'The United Nations.' }],
    };
    const body = `${star.name} spoke at the UN on day ${i}.${i === 1 ? ' Pat Passing watched.' : ''} ${'Words of the article. '.repeat(40)}\n\nA second paragraph. ${'More words here. '.repeat(40)}\n`;
    writeFileSync(join(content, 'briefings', `briefing-${i}.md`), `---\n${stringify(fm)}---\n\n${body}`);
  }
  dist = join(root, 'dist');
  buildSite(content, dist);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a person in many briefings', () => {
  it('gets a paginated page, 40 briefings a page, grouped by month, with next/previous links', () => {
    const first = read('figures/zoe-example');
    expect(first).toContain('Zoe Example');
    expect(first).toContain(`In ${BRIEFINGS} briefings`);
    expect((first.match(/href="\/briefings\/briefing-\d+\/"/g) ?? []).length).toBeGreaterThanOrEqual(40);
    expect(first).toMatch(/<h3 class="month" id="m-\d{4}-\d{2}">[A-Z][a-z]+ \d{4}<\/h3>/);
    expect(first).toMatch(/<a href="\/figures\/zoe-example\/2\/?" rel="next">/);
    expect(existsSync(join(dist, 'figures/zoe-example/2/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'figures/zoe-example/3/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'figures/zoe-example/4/index.html'))).toBe(false);
    const last = read('figures/zoe-example/3');
    expect((last.match(/<li><a href="\/briefings\/briefing-\d+\/"/g) ?? []).length).toBe(BRIEFINGS - 80);
    expect(last).toMatch(/<a href="\/figures\/zoe-example\/2\/?" rel="prev">/);
    // Person pages are found by name in the search's people row, not in the full-text index.
    expect(first).not.toContain('data-pagefind-body');
    expect(last).not.toContain('data-pagefind-body');
  });

  it('has the archive paginated the same way', () => {
    expect(existsSync(join(dist, 'archive/3/index.html'))).toBe(true);
    expect(read('archive')).toContain(`${BRIEFINGS} briefings, newest first`);
  });
});

describe('a person named once in passing', () => {
  it('has no page, and neither the body nor the people panel links to one', () => {
    expect(existsSync(join(dist, 'figures/pat-passing/index.html'))).toBe(false);
    const page = read('briefings/briefing-1');
    expect(page).toContain('Pat Passing');
    expect(page).not.toContain('/figures/pat-passing/');
    expect(page).toMatch(/<span class="name" data-pagefind-filter="person-p">Pat Passing<\/span>/);
    expect(read('figures')).toMatch(/1 more person, named once in passing, is listed on their briefing’s page/);
  });
});

describe('indexes with many entries', () => {
  it('splits the people index by initial, every initial linked from the top page and listing its people', () => {
    const top = read('figures');
    const letters = [...top.matchAll(/<li><a href="\/figures\/letter\/([a-z]+)\/">/g)].map((m) => m[1]!);
    expect(new Set(letters).size).toBeGreaterThan(10);
    const people = new Set([...new Set(letters)].flatMap((l) => [...read(`figures/letter/${l}`).matchAll(/<li><a href="(\/figures\/[a-z0-9-]+\/)">/g)].map((m) => m[1])));
    expect(people.size).toBeGreaterThanOrEqual(PEOPLE);
  });
});

describe('a briefing with a long cast', () => {
  it('folds the cast after the first few people and stays under 30 KB of HTML+CSS', () => {
    const page = read('briefings/briefing-0');
    expect(page).toMatch(/<details class="more-people"><summary>17 more people<\/summary>/);
    const css = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1])).length);
    expect(Buffer.byteLength(page) + css.reduce((a, b) => a + b, 0)).toBeLessThan(30 * 1024);
    expect(readdirSync(join(dist, 'briefings')).length).toBe(BRIEFINGS);
  });

  it('links related briefings: those sharing the most people, named with who they share', () => {
    const page = read('briefings/briefing-0');
    const related = /<section class="related"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    const links = [...related.matchAll(/href="\/briefings\/(briefing-\d+)\/"/g)].map((m) => m[1]);
    expect(links).toHaveLength(4);
    expect(links).not.toContain('briefing-0');
    expect(related).toContain('Zoe Example');
  });
});
