/**
 * The chunked content store read from disk when pages are generated, rather than bundled into the
 * build's code (src/integrations/data-store-on-disk.ts): the module that stands for a store file,
 * and a real build whose pages match those of a build with the store as one file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, htmlPages, projectRoot } from './helpers/site.ts';
import { CHUNK_MODULE_PREFIX, chunkModuleCode } from '../src/integrations/data-store-on-disk.ts';

describe('the module for one file of the store', () => {
  it('reads the named file of the store folder', () => {
    const code = chunkModuleCode(`${CHUNK_MODULE_PREFIX}0123456789abcdef.txt.mjs`, '/cache/data-store');
    expect(code).toContain(`readFileSync("/cache/data-store/0123456789abcdef.txt", 'utf-8')`);
  });

  it('leaves any other id to Astro, including names that could leave the store folder', () => {
    for (const id of [
      '\0astro:data-layer-content',
      `${CHUNK_MODULE_PREFIX}../../etc/passwd.txt.mjs`,
      `${CHUNK_MODULE_PREFIX}0123456789ABCDEF.txt.mjs`,
      `${CHUNK_MODULE_PREFIX}0123456789abcdef.txt`,
      `astro:data-layer-content-chunk:0123456789abcdef.txt.mjs`,
    ]) {
      expect(chunkModuleCode(id, '/cache/data-store/')).toBeUndefined();
    }
  });
});

describe('a build with the chunked store read from disk', () => {
  let root: string;
  let log: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'store-on-disk-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    log = buildSite(join(root, 'content'), join(root, 'chunked', 'dist'));
    buildSite(join(root, 'content'), join(root, 'single', 'dist'), { CONTENT_STORE: 'single-file' });
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('says it read the store from disk', () => {
    expect(log).toMatch(/content store: [1-9]\d* file\(s\) read from disk, not bundled/);
  });

  it('writes the same pages as a build with the store in one file', () => {
    const chunked = htmlPages(join(root, 'chunked', 'dist'));
    const single = htmlPages(join(root, 'single', 'dist'));
    expect(chunked.size).toBeGreaterThan(20);
    expect([...chunked.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [path, html] of chunked) expect(html, path).toBe(single.get(path));
  });
});
