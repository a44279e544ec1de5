/**
 * Where Astro keeps its content store between builds. The store caches each briefing's rendered
 * HTML by the briefing file's own content, but what the annotation plugin marks also depends on
 * the glossary entries, the list of profiles and the plugins' code: an editor adding an alias to a
 * glossary entry must see every briefing re-rendered. The cache folder is therefore named after a
 * hash of all of those, so any change to them starts from a fresh store, and an unchanged site
 * reuses its store.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Hash the names (and, with `contents`, the bytes) of the files of a folder, in name order; with
 * `contents`, its subfolders' files too (the plugins' Sätteri versions live in src/plugins/satteri/).
 */
function hashFolder(hash: ReturnType<typeof createHash>, dir: string, contents: boolean): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`\0${entry.name}${entry.isDirectory() ? '/' : ''}\0`);
    if (!contents) continue;
    if (entry.isDirectory()) hashFolder(hash, join(dir, entry.name), true);
    else hash.update(readFileSync(join(dir, entry.name)));
  }
}

/**
 * The cache folder for a build of `contentDir`, under `root/node_modules/.astro/`; stores left by
 * earlier keys are removed so they do not pile up. `extraKey` adds what else the rendered bodies
 * depend on (the set of people who have a page).
 */
export function renderCacheDir(root: string, contentDir: string, extraKey = ''): string {
  const hash = createHash('sha256');
  hash.update(extraKey);
  hashFolder(hash, join(root, 'src/plugins'), true);
  hashFolder(hash, join(contentDir, 'glossary'), true);
  hashFolder(hash, join(contentDir, 'figures'), false);
  const key = hash.digest('hex').slice(0, 12);
  const parent = join(root, 'node_modules/.astro');
  if (existsSync(parent))
    for (const name of readdirSync(parent)) if (name.startsWith('store-') && name !== `store-${key}`) rmSync(join(parent, name), { recursive: true, force: true });
  return join(parent, `store-${key}`);
}
