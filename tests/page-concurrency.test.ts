/**
 * Several pages rendered at once (`build.concurrency`, `pageConcurrency` in src/lib/config.ts):
 * the pages are the same as when Astro renders one page at a time, and a wrong setting stops the
 * build with a message that names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, htmlPages, projectRoot } from './helpers/site.ts';

describe('pages rendered several at a time', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'page-concurrency-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    buildSite(join(root, 'content'), join(root, 'one', 'dist'), { PAGE_CONCURRENCY: '1' });
    buildSite(join(root, 'content'), join(root, 'eight', 'dist'), { PAGE_CONCURRENCY: '8' });
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the same pages, byte for byte, as one page at a time', () => {
    const one = htmlPages(join(root, 'one', 'dist'));
    const eight = htmlPages(join(root, 'eight', 'dist'));
    expect(one.size).toBeGreaterThan(20);
    expect([...eight.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [path, html] of eight) expect(html, path).toBe(one.get(path));
  });
});

describe('the PAGE_CONCURRENCY setting', () => {
  const read = (value: string) =>
    execFileSync(process.execPath, ['-e', "import('./src/lib/config.ts').then((c) => console.log(c.pageConcurrency))"], {
      cwd: projectRoot,
      env: { ...process.env, PAGE_CONCURRENCY: value },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();

  it('is 4 when not set, and takes a whole number', () => {
    expect(read('')).toBe('4');
    expect(read('2')).toBe('2');
  });

  it('refuses anything but a whole number of at least 1, naming the setting', () => {
    for (const bad of ['0', '-3', '2.5', 'many']) {
      expect(() => read(bad), bad).toThrow(/PAGE_CONCURRENCY must be a whole number of at least 1 \(got "/);
    }
  });
});
