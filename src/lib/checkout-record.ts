/**
 * Where the build keeps what it remembers about a folder between runs: the checkout's `.astro/`
 * folder (ignored by git, and not the cache folder, which changes with the glossary and the
 * profiles, nor the output folder, which is published), one file per folder, named by a hash of
 * the folder's absolute path.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** `<root>/.astro/<kind>/<hash of folder's path>.json`, e.g. the record of an output folder's pages. */
export function checkoutRecordFile(root: string, kind: string, folder: string): string {
  const key = createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 16);
  return join(root, '.astro', kind, `${key}.json`);
}
