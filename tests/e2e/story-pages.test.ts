/**
 * Story pages and corrections in a built site: a scratch content folder, kept in git, with one
 * developing story (three briefings about the same council dispute over a fortnight) and two
 * unrelated briefings, one of which an editor corrects in a later commit.
 * - The story gets a page with its timeline, the people across it and who each step brings in; its
 *   briefings link to it; the unrelated ones do not; axe-core finds no WCAG A/AA violation on it.
 * - The corrected briefing says "Corrected on" with what changed, in its page, its JSON-LD and the feeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildSite } from '../helpers/site.ts';
import { useServedSite } from '../helpers/built-site.ts';

const require = createRequire(import.meta.url);
let root: string;
let dist: string;
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

// Invented people and events.
const people = {
  duarte: { id: 'ana-duarte', name: 'Ana Duarte', role: 'mayor' },
  okoye: { id: 'ben-okoye', name: 'Ben Okoye', role: 'councillor' },
  lind: { id: 'sara-lind', name: 'Sara Lind', role: 'auditor' },
  moss: { id: 'tom-moss', name: 'Tom Moss', role: 'coach' },
  ferro: { id: 'lia-ferro', name: 'Lia Ferro', role: 'chemist' },
};
type P = (typeof people)[keyof typeof people];
const briefing = (slug: string, date: string, cast: P[], title: string) => ({
  slug,
  fm: {
    title,
    slug,
    source: { file: `${slug}.txt`, name: 'Example Gazette' },
    date,
    summary: `${title}, the Gazette reported.`,
    keyPoints: [],
    keyPointParagraphs: [],
    figures: cast.map((p) => ({ id: p.id, name: p.name, role: p.role, quotes: [], mentions: 3 })),
    glossary: [],
  },
  body: `${cast.map((p) => p.name).join(' and ')} were named in this report. ${'Words of the article. '.repeat(20)}\n`,
});
const all = [
  briefing('budget-row-begins', '2024-03-01', [people.duarte, people.okoye], 'Council budget row begins'),
  briefing('audit-ordered', '2024-03-08', [people.duarte, people.lind], 'Audit of council budget ordered'),
  briefing('budget-passed', '2024-03-15', [people.lind, people.okoye, people.duarte], 'Council budget passes after audit'),
  briefing('cup-final', '2024-03-09', [people.moss], 'Town side reaches cup final'),
  briefing('new-element', '2024-03-10', [people.ferro], 'Chemist describes a new compound'),
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-stories-'));
  const content = join(root, 'content');
  for (const dir of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, dir), { recursive: true });
  for (const p of Object.values(people)) writeFileSync(join(content, 'figures', `${p.id}.md`), `---\n${stringify({ name: p.name })}---\n`);
  const write = (b: (typeof all)[number]) => writeFileSync(join(content, 'briefings', `${b.slug}.md`), `---\n${stringify(b.fm)}---\n\n${b.body}`);
  for (const b of all) write(b);
  const git = (args: string[], when: string) =>
    execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 'Ed', GIT_AUTHOR_EMAIL: 'ed@example.org', GIT_COMMITTER_NAME: 'Ed', GIT_COMMITTER_EMAIL: 'ed@example.org', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });
  git(['init', '-q'], '2024-03-16T09:00:00Z');
  git(['add', 'content'], '2024-03-16T09:00:00Z');
  git(['commit', '-qm', 'Publish'], '2024-03-16T09:00:00Z');
  // An editor corrects the chemist's role.
  const chemist = all.find((b) => b.slug === 'new-element')!;
  chemist.fm.figures[0]!.role = 'professor of chemistry';
  write(chemist);
  git(['commit', '-qam', 'Correct a role'], '2024-03-20T09:00:00Z');
  dist = join(root, 'dist');
  buildSite(content, dist);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a story thread', () => {
  it('has a page with its briefings as a timeline, oldest first', () => {
    expect(existsSync(join(dist, 'stories/budget-row-begins/index.html'))).toBe(true);
    const page = read('stories/budget-row-begins');
    const order = ['budget-row-begins', 'audit-ordered', 'budget-passed'].map((s) => page.indexOf(`/briefings/${s}/`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).not.toContain('/briefings/cup-final/');
    expect(page).not.toContain('/briefings/new-element/');
  });

  it('names the people across it and who each step brings in', () => {
    const page = read('stories/budget-row-begins');
    expect(page).toMatch(/Ana Duarte<\/a> <span class="meta">3 of 3/);
    expect(page).toMatch(/New in the story: <a href="\/figures\/sara-lind\/">Sara Lind<\/a>/);
  });

  it('is linked from each of its briefings, and unrelated briefings link to no story', () => {
    for (const s of ['budget-row-begins', 'audit-ordered', 'budget-passed']) expect(read(`briefings/${s}`)).toContain('href="/stories/budget-row-begins/"');
    for (const s of ['cup-final', 'new-element']) expect(read(`briefings/${s}`)).not.toContain('/stories/');
  });

  describe('in a browser', () => {
    const site = useServedSite(() => dist, { requireSearchIndex: false });

    it.each([
      [390, 'light'],
      [1280, 'dark'],
    ] as const)('axe-core finds no WCAG A/AA violation at %i px, %s', async (width, scheme) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.url}stories/budget-row-begins/`);
      await page.addScriptTag({ path: require.resolve('axe-core') });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        }),
      );
      expect(result.violations.map((v) => v.id)).toEqual([]);
      await page.close();
    });
  });
});

describe('a corrected briefing', () => {
  const change = 'Lia Ferro&#39;s role: “chemist” → “professor of chemistry”';

  it('says when it was corrected and what changed, in words', () => {
    const page = read('briefings/new-element');
    expect(page).toMatch(/Corrected on <time datetime="2024-03-20">20 March 2024<\/time>/);
    expect(page).toContain(change);
    for (const s of ['budget-row-begins', 'audit-ordered', 'cup-final']) expect(read(`briefings/${s}`)).not.toContain('Corrected on');
  });

  it('carries the correction in its JSON-LD and marks the feed items updated', () => {
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read('briefings/new-element'))![1]!);
    expect(json.dateModified).toBe('2024-03-20');
    expect(json.correction).toEqual({ '@type': 'CorrectionComment', datePublished: '2024-03-20', text: "Lia Ferro's role: “chemist” → “professor of chemistry”" });
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    const items = Object.fromEntries(feed.items.map((i: { url: string }) => [new URL(i.url).pathname, i]));
    expect(items['/briefings/new-element/'].date_modified).toBe('2024-03-20T00:00:00Z');
    expect(items['/briefings/cup-final/'].date_modified).toBeUndefined();
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('<atom:updated>2024-03-20T00:00:00Z</atom:updated>');
  });
});
