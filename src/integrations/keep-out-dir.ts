/**
 * Astro integration: the output folder is kept between builds, and only the page files the last
 * build wrote and this one no longer writes are removed.
 *
 * Astro 7.3.5 empties the output folder before every build, and its incremental build then copies
 * each unchanged page back from its cache: at 10,000 briefings that was 85 s of a 173 s rebuild for
 * one changed article, more than rendering them (docs/scaling.md). With the folder kept, Astro
 * leaves a page that is already there as it is.
 *
 * What must never happen is a page that is no longer built staying published (a briefing taken
 * down, a person no longer in any story). So every build records the files its routes wrote, in
 * the checkout's `.astro/` folder (not in the cache folder, which changes with the glossary and
 * profiles, nor in the output folder, which is published), and the next build into the same folder
 * removes what was recorded and is not written again, before Pagefind indexes the folder. With no
 * record (a first build, one after a build that failed, or one with another cache folder) the
 * folder is emptied, as Astro would.
 *
 * Files that are not pages (Astro's `_astro/` bundles, `public/` copies, the search index, the
 * editor's desk) are rewritten by each build and not pruned: `_astro/` keeps earlier builds'
 * hashed files until the folder is deleted.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkoutRecordFile, readRecordFile, writeRecordFile } from '../lib/checkout-record.ts';

/**
 * What one build into a folder wrote: the folder, the cache folder whose incremental build it
 * used, and its page files, relative to the folder.
 */
export const outDirRecordSchema = z.object({
  outDir: z.string(),
  cacheDir: z.string(),
  files: z.array(z.string()),
});
export type OutDirRecord = z.infer<typeof outDirRecordSchema>;

/** Where the record of the last build into `outDir` is kept, under the checkout's `.astro/` folder. */
export function recordFile(root: string, outDir: string): string {
  return checkoutRecordFile(root, 'out-dirs', outDir);
}

/**
 * The record, or undefined when there is none, or it is for another folder, or the folder was
 * last built with another cache folder. Astro keeps a page that is already in the folder when its
 * cache says the page is unchanged, so the folder must hold what that same cache last wrote: the
 * cache folder changes with the glossary and the profiles (render-cache.ts), and going back to an
 * earlier glossary would otherwise keep pages drawn with the later one.
 */
export function readRecord(file: string, outDir: string, cacheDir: string): OutDirRecord | undefined {
  const record = readRecordFile(file, outDirRecordSchema);
  return record && record.outDir === resolve(outDir) && record.cacheDir === resolve(cacheDir) ? record : undefined;
}

/** Everything in `dir` but `.git`, as Astro's own emptying leaves it. */
export function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Remove the files of `previous` that are not in `current` (paths relative to `outDir`), and the
 * folders that leaves empty. A path that would lead outside `outDir` is ignored. Returns how many
 * files were removed.
 */
export function pruneStale(outDir: string, previous: Iterable<string>, current: Set<string>): number {
  const root = resolve(outDir);
  let removed = 0;
  for (const rel of previous) {
    if (current.has(rel)) continue;
    const file = resolve(root, rel);
    if (!file.startsWith(root + sep)) continue;
    if (!existsSync(file)) continue;
    rmSync(file, { force: true });
    removed++;
    for (let dir = dirname(file); dir !== root && dir.startsWith(root + sep); dir = dirname(dir)) {
      try {
        rmdirSync(dir); // only succeeds when empty
      } catch {
        break;
      }
    }
  }
  return removed;
}

export default function keepOutDir(): AstroIntegration {
  let root = '';
  let outDir = '';
  let cacheDir = '';
  let previous: OutDirRecord | undefined;
  return {
    name: 'briefings-keep-out-dir',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const file = recordFile(root, outDir);
        previous = readRecord(file, outDir, cacheDir);
        // Taken away until this build succeeds: after a failed build the next one starts clean.
        rmSync(file, { force: true });
        if (previous) logger.info(`output folder kept: ${previous.files.length} page file(s) of the last build`);
        else emptyFolder(outDir);
      },
      'astro:build:done': ({ assets, dir, logger }) => {
        const out = fileURLToPath(dir);
        const current = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) current.add(relative(out, fileURLToPath(url)));
        if (previous) {
          const removed = pruneStale(out, previous.files, current);
          if (removed) logger.info(`removed ${removed} page file(s) the last build wrote and this one does not`);
        }
        writeRecordFile(recordFile(root, outDir), outDirRecordSchema, { outDir: resolve(outDir), cacheDir: resolve(cacheDir), files: [...current].sort() });
      },
    },
  };
}
