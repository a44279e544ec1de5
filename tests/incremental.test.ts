/**
 * Incremental builds (Astro's experimental.incrementalBuild with the cache keys of
 * src/lib/cache-key.ts): after one briefing changes, its page and the pages that list it are
 * rendered again, and the other briefings' pages are restored from the previous build; with
 * nothing changed, the content store is not written again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from './helpers/site.ts';
import { parseMarkdown, stringifyMarkdown } from '../src/pipeline/frontmatter.ts';

const CHANGED = 'at-least-107-killed-in-mecca-crane-collapse';
const OTHER = 'north-korea-puts-military-in-quasi-state-of-war';
let root: string;
let second: string;
const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
/** Not rendered again: kept in the output folder ("cached") or copied back from the cache ("restored"). */
const restored = (log: string, path: string) => new RegExp(`/${path}/index\\.html \\((?:restored|cached)\\)`).test(log);

/** The content store's files (in the cache folder buildSite gives a build) with their modification times. */
const storeFiles = () => {
  const dir = join(root, '.astro-cache', 'data-store');
  return Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
};
let storeBefore: Record<string, number>;
let storeUnchanged: Record<string, number>;
let unchangedLog: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'incremental-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  buildSite(join(root, 'content'), join(root, 'dist'));
  storeBefore = storeFiles();
  unchangedLog = buildSite(join(root, 'content'), join(root, 'dist'));
  storeUnchanged = storeFiles();
  const file = join(root, 'content/briefings', `${CHANGED}.md`);
  const { data, body } = parseMarkdown(readFileSync(file, 'utf8'));
  writeFileSync(file, stringifyMarkdown({ ...data, title: 'A retitled crane briefing' }, `${body}\n\nAn editor added this sentence.`));
  second = buildSite(join(root, 'content'), join(root, 'dist'));
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rebuild with nothing changed', () => {
  // Astro 7.3.5 parsed every entry's frontmatter before comparing its digest, and wrote the whole
  // store again on every sync (patches/astro+7.3.5.patch): 19 s of a 36 s rebuild at 10,000.
  it('leaves the content store as it was, and renders no briefing again', () => {
    expect(Object.keys(storeBefore).length).toBeGreaterThan(1);
    expect(storeUnchanged).toEqual(storeBefore);
    expect(restored(unchangedLog, `briefings/${CHANGED}`)).toBe(true);
  });

  it('writes the store again once a briefing changes', () => {
    expect(storeFiles()).not.toEqual(storeBefore);
  });
});

describe('a rebuild after one briefing changed', () => {
  it('renders the changed briefing again and restores the others', () => {
    expect(restored(second, `briefings/${CHANGED}`)).toBe(false);
    expect(page(`briefings/${CHANGED}`)).toContain('An editor added this sentence.');
    expect(page(`briefings/${CHANGED}`)).toContain('A retitled crane briefing');
    expect(restored(second, `briefings/${OTHER}`)).toBe(true);
  });

  it('renders again the page of a person that lists the changed briefing', () => {
    const lead = (parseMarkdown(readFileSync(join(root, 'content/briefings', `${CHANGED}.md`), 'utf8')).data.figures as { id: string }[])[0]!.id;
    expect(restored(second, `figures/${lead}`)).toBe(false);
    expect(page(`figures/${lead}`)).toContain('A retitled crane briefing');
  });

  it('renders again the term page that lists the changed briefing and restores a term page that does not', () => {
    const terms = (parseMarkdown(readFileSync(join(root, 'content/briefings', `${CHANGED}.md`), 'utf8')).data.glossary as { id: string }[]).map((g) => g.id);
    expect(terms).toContain('hajj');
    expect(restored(second, 'glossary/hajj')).toBe(false);
    expect(page('glossary/hajj')).toContain('A retitled crane briefing');
    // The UN's page lists other briefings only (this test's premise, checked rather than assumed).
    expect(terms).not.toContain('un');
    expect(restored(second, 'glossary/un')).toBe(true);
  });
});
