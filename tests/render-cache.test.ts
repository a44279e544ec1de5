/**
 * The content store's folder is named after everything a rendered body depends on besides its own
 * file: the plugins' code (subfolders included: the Sätteri versions live in src/plugins/satteri/),
 * the glossary and the list of profiles. A change to any of them must start a fresh store.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { renderCacheDir } from '../src/lib/render-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'render-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const key = () => basename(renderCacheDir(root, join(root, 'content')));

describe('renderCacheDir', () => {
  it('names a new store when a plugin, a plugin in a subfolder, a glossary entry or the profiles change, and the same one otherwise', () => {
    write('src/plugins/rehype-x.ts', 'one');
    write('src/plugins/satteri/x.ts', 'one');
    write('content/glossary/un.md', 'one');
    write('content/figures/ann-lee.md', 'one');
    const keys = [key()];
    expect(key()).toBe(keys[0]);
    for (const [path, text] of [
      ['src/plugins/rehype-x.ts', 'two'],
      ['src/plugins/satteri/x.ts', 'two'],
      ['content/glossary/un.md', 'two'],
      ['content/figures/bo-chen.md', 'one'],
    ]) {
      write(path, text);
      keys.push(key());
    }
    expect(new Set(keys).size).toBe(keys.length);
    // A profile's text is not part of a body, so editing it keeps the store.
    write('content/figures/bo-chen.md', 'edited');
    expect(key()).toBe(keys.at(-1));
  });
});
