/**
 * The editor's desk script kept between builds (src/integrations/admin-script.ts): reused while the
 * files it was built from and the lockfile are unchanged, bundled again when any of them changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { keptBundle } from '../src/integrations/admin-script.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A checkout with one source file, a lockfile and a kept bundle recorded as built from them. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'admin-script-'));
  roots.push(root);
  mkdirSync(join(root, 'src/cms'), { recursive: true });
  writeFileSync(join(root, 'src/cms/admin.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  const dir = join(root, '.astro/admin-script');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'editor.js'), 'var a=1;');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ lock: sha('{"lockfileVersion":3}\n'), inputs: { 'src/cms/admin.ts': sha('export const a = 1;\n') }, bundle: sha('var a=1;') }));
  return root;
}

describe('the kept editor script', () => {
  it('is reused while its sources and the lockfile are unchanged', () => {
    const r = checkout();
    expect(keptBundle(r)).toBe(join(r, '.astro/admin-script/editor.js'));
  });

  it('is not reused once a source file changes or is gone', () => {
    const r = checkout();
    writeFileSync(join(r, 'src/cms/admin.ts'), 'export const a = 2;\n');
    expect(keptBundle(r)).toBeUndefined();
    rmSync(join(r, 'src/cms/admin.ts'));
    expect(keptBundle(r)).toBeUndefined();
  });

  it('is not reused when the bundle is not the one its record was written for (another build replaced it)', () => {
    const r = checkout();
    writeFileSync(join(r, '.astro/admin-script/editor.js'), 'var a=2;');
    expect(keptBundle(r)).toBeUndefined();
  });

  it('is not reused once the lockfile changes, or when its record is unreadable', () => {
    const r = checkout();
    writeFileSync(join(r, 'package-lock.json'), '{"lockfileVersion":3,"x":1}\n');
    expect(keptBundle(r)).toBeUndefined();
    const s = checkout();
    writeFileSync(join(s, '.astro/admin-script/manifest.json'), '{ not json');
    expect(keptBundle(s)).toBeUndefined();
  });
});
