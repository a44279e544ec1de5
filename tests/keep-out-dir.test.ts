/**
 * The output folder kept between builds (src/integrations/keep-out-dir.ts): unchanged pages are
 * left where they are, a page no longer built is removed before Pagefind reads the folder, and
 * with no record of the last build, or a record made with another cache folder, the folder is
 * emptied first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from './helpers/site.ts';
import { pruneStale, readRecord } from '../src/integrations/keep-out-dir.ts';
import { shardListSchema } from '../src/lib/search-shards.ts';
import { DELTA_BUNDLE, readResultIds } from '../src/integrations/search-delta.ts';

describe('pruning the files the last build wrote and this one does not', () => {
  it('removes those files and the folders left empty, and nothing else', () => {
    const out = mkdtempSync(join(tmpdir(), 'prune-'));
    for (const f of ['a/index.html', 'b/index.html', 'b/share.png', 'c/d/index.html', 'keep.txt']) {
      mkdirSync(join(out, f, '..'), { recursive: true });
      writeFileSync(join(out, f), 'x');
    }
    const removed = pruneStale(out, ['a/index.html', 'b/index.html', 'b/share.png', 'c/d/index.html', '../outside.txt'], new Set(['a/index.html', 'b/share.png']));
    expect(removed).toBe(2);
    expect(existsSync(join(out, 'a/index.html'))).toBe(true);
    expect(existsSync(join(out, 'b/index.html'))).toBe(false);
    expect(existsSync(join(out, 'b/share.png'))).toBe(true);
    expect(existsSync(join(out, 'c'))).toBe(false);
    expect(existsSync(join(out, 'keep.txt'))).toBe(true);
    rmSync(out, { recursive: true, force: true });
  });

  it('trusts a record only for the same output folder and cache folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-'));
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify({ outDir: '/site/dist', cacheDir: '/site/cache-1', files: ['index.html'] }));
    expect(readRecord(file, '/site/dist', '/site/cache-1')?.files).toEqual(['index.html']);
    expect(readRecord(file, '/site/dist', '/site/cache-2')).toBeUndefined();
    expect(readRecord(file, '/other/dist', '/site/cache-1')).toBeUndefined();
    writeFileSync(file, '{"outDir": "/site/dist"');
    expect(readRecord(file, '/site/dist', '/site/cache-1')).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a rebuild into the same folder', () => {
  let root: string;
  let dist: string;
  let content: string;
  let removedSlug: string;
  let changedSlug: string;
  let keptSlug: string;
  const page = (slug: string) => join(dist, 'briefings', slug, 'index.html');
  const mtime = (f: string) => statSync(f).mtimeMs;
  let keptBefore: number;
  let shareBefore: number;
  let peopleFileBefore: number;
  // The incremental build's copy of a page (Astro's cache folder, as tests/helpers/site.ts sets it).
  const cached = (slug: string) => join(root, 'site', '.astro-cache', 'dist', 'briefings', slug, 'index.html');
  let changedCacheBefore: { ino: number; text: string };
  let keptLinked: boolean;
  const peopleFile = () => join(dist, 'search-people', readdirSync(join(dist, 'search-people')).sort()[0]!);
  let log: string;
  let firstLog: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'keep-out-dir-'));
    content = join(root, 'content');
    dist = join(root, 'site', 'dist');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    const slugs = readdirSync(join(content, 'briefings')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    [removedSlug, changedSlug, keptSlug] = [slugs[0]!, slugs[1]!, slugs[2]!];
    // A file left over from something else: with no record of a last build the folder is emptied.
    mkdirSync(join(dist, 'left-over'), { recursive: true });
    writeFileSync(join(dist, 'left-over', 'index.html'), '<p>not built by this site</p>');
    firstLog = buildSite(content, dist);
    keptBefore = mtime(page(keptSlug));
    shareBefore = mtime(join(dist, 'briefings', keptSlug, 'share.png'));
    peopleFileBefore = mtime(peopleFile());
    keptLinked = statSync(page(keptSlug)).ino === statSync(cached(keptSlug)).ino;
    changedCacheBefore = { ino: statSync(cached(changedSlug)).ino, text: readFileSync(cached(changedSlug), 'utf8') };
    rmSync(join(content, 'briefings', `${removedSlug}.md`));
    const changed = join(content, 'briefings', `${changedSlug}.md`);
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nAn editor added this closing sentence.\n');
    log = buildSite(content, dist);
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('emptied the folder on the first build, which had no record', () => {
    expect(existsSync(join(dist, 'left-over'))).toBe(false);
  });

  it('removes the pages of a briefing no longer built, before the search index is made', () => {
    expect(log).toMatch(/removed [1-9]\d* page file\(s\) the last build wrote and this one does not/);
    expect(existsSync(join(dist, 'briefings', removedSlug))).toBe(false);
    // The first build indexes the site whole; the second only its changed pages, and hides the
    // whole index's result for the page removed. Pruned after indexing, that page would still be
    // there, unchanged, and its result would stay.
    expect(Number(/(\d+) pages indexed whole/.exec(firstLog)?.[1])).toBeGreaterThan(20);
    expect(log).toMatch(/\d+ changed pages? indexed beside the whole index \([1-9]\d* of its results replaced or gone\)/);
    const removedUrl = `/briefings/${removedSlug}/`;
    const list = shardListSchema.parse(JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')));
    expect(list.hidden).toContain(readResultIds(join(dist, 'pagefind'))[removedUrl]);
    expect(Object.keys(readResultIds(join(dist, DELTA_BUNDLE)))).not.toContain(removedUrl);
  });

  it('leaves an unchanged page as it was and writes the changed one', () => {
    expect(mtime(page(keptSlug))).toBe(keptBefore);
    // The share image and the people type-ahead's files have keys of their own too.
    expect(mtime(join(dist, 'briefings', keptSlug, 'share.png'))).toBe(shareBefore);
    expect(mtime(peopleFile())).toBe(peopleFileBefore);
    expect(readFileSync(page(changedSlug), 'utf8')).toContain('An editor added this closing sentence.');
  });

  it('keeps the incremental cache’s copy of a page as a link to the page, never writing the old copy over', () => {
    // One write a page instead of two (patches/astro+7.3.5.patch).
    expect(keptLinked).toBe(true);
    expect(statSync(page(changedSlug)).ino).toBe(statSync(cached(changedSlug)).ino);
    expect(readFileSync(cached(changedSlug), 'utf8')).toContain('An editor added this closing sentence.');
    // The changed page is a new file: the first build's copy was not truncated and written over,
    // so a build that failed half-way would have left the cache as its record describes it.
    expect(statSync(cached(changedSlug)).ino).not.toBe(changedCacheBefore.ino);
    expect(changedCacheBefore.text).not.toContain('An editor added this closing sentence.');
  });

  it('empties the folder when the last build used another cache folder', () => {
    buildSite(content, dist, { ASTRO_CACHE_DIR: join(root, 'other-cache') });
    expect(mtime(page(keptSlug))).toBeGreaterThan(keptBefore);
    expect(existsSync(join(dist, 'briefings', removedSlug))).toBe(false);
  }, 300_000);
});
