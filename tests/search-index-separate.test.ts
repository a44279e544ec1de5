/**
 * SEARCH_INDEX=separate leaves the search index to `npm run index` (src/integrations/pagefind.ts,
 * scripts/index.ts), which indexes the same pages in a process of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from './helpers/site.ts';
import { indexInBuild, searchIndexMode } from '../src/integrations/pagefind.ts';
import { heapLimit } from '../src/build/run-build.ts';

describe('the SEARCH_INDEX setting', () => {
  it('indexes in the build unless told "separate", and refuses anything else', () => {
    expect(indexInBuild(undefined)).toBe(true);
    expect(indexInBuild('build')).toBe(true);
    expect(indexInBuild('separate')).toBe(false);
    // `npm run build` indexes after Astro's process has exited.
    expect(searchIndexMode('after')).toBe('after');
    expect(indexInBuild('after')).toBe(true);
    expect(() => indexInBuild('later')).toThrow(/SEARCH_INDEX must be "build" \(the default\) or "separate" \(got "later"\)/);
  });
});

describe('a build with SEARCH_INDEX=separate, then npm run index', () => {
  let root: string;
  let inBuild: string;
  let separate: string;
  let indexed: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'search-separate-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    inBuild = buildSite(join(root, 'content'), join(root, 'a', 'dist'));
    separate = buildSite(join(root, 'content'), join(root, 'b', 'dist'), { SEARCH_INDEX: 'separate' });
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds the pages and no index, and says what to run', () => {
    expect(existsSync(join(root, 'b', 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(root, 'b', 'dist', 'pagefind'))).toBe(false);
    expect(separate).toContain('search index left for `npm run index -- --dist');
  });

  it('indexes the same number of pages afterwards as the build does itself', () => {
    indexed = spawnSync(process.execPath, ['scripts/index.ts', '--dist', join(root, 'b', 'dist')], { cwd: projectRoot, encoding: 'utf8' });
    expect(indexed.status).toBe(0);
    const inBuildPages = Number(/(\d+) pages indexed whole \(no earlier index of this folder\) in/.exec(inBuild)?.[1]);
    expect(inBuildPages).toBeGreaterThan(20);
    expect(String(indexed.stdout)).toContain(`indexed ${inBuildPages} pages of`);
    expect(existsSync(join(root, 'b', 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('refuses a folder with no built site', () => {
    const r = spawnSync(process.execPath, ['scripts/index.ts', '--dist', join(root, 'nothing')], { cwd: projectRoot, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('holds no built site');
  });
});

describe('the heap limit of npm run build’s Astro process', () => {
  it('is three quarters of the memory unless NODE_OPTIONS sets one', () => {
    expect(heapLimit('', 24 * 2 ** 30)).toEqual(['--max-old-space-size=18432']);
    expect(heapLimit('--enable-source-maps', 8 * 2 ** 30)).toEqual(['--max-old-space-size=6144']);
    expect(heapLimit('--max-old-space-size=20000', 24 * 2 ** 30)).toEqual([]);
  });
});
