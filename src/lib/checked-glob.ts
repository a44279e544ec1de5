/**
 * The content collections' loader: Astro's glob loader behind the same gate as `npm run check`,
 * so `astro build` (and `astro dev`) refuse content the check would refuse, even when run on
 * their own.
 *
 * Before loading, the collection folder goes through the content gate (src/lib/content-gate.ts:
 * the folder's layout, and each body's nesting, which could stall the Markdown parser). Astro's
 * loader then reads only the files changed since their entries were stored (by their stamps,
 * kept with the store).
 * While loading, an entry that fails to render (an image refused by
 * src/plugins/remark-safe-images.ts, for one) is only logged by Astro's loader, which then
 * publishes the page with an empty body; here it fails the build instead.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { glob } from 'astro/loaders';

type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0];
import type { Collection } from '../check/folder-layout.ts';
import { gateProblems, readGateRecord, writeGateRecord } from './content-gate.ts';
import { checkoutRecordFile } from './checkout-record.ts';

export interface CheckedGlobOptions {
  contentDir: string;
  collection: Collection;
  /** Take the entry id from the file name, never from a `slug` field (for profiles and glossary entries). */
  idFromFileName?: boolean;
}

/** The collection meta key of the files' stamps when their entries were stored. */
export const STAMPS_KEY = 'briefings-file-stamps';

/** The stamps kept with the store, by file name (none when missing or unreadable). */
export function storedStamps(value: string | undefined): Map<string, string> {
  if (!value) return new Map();
  try {
    return new Map(Object.entries(z.record(z.string(), z.string()).parse(JSON.parse(value))));
  } catch {
    return new Map();
  }
}

/** A glob loader for `*.md` in one collection folder, behind the content gate. */
export function checkedGlob(options: CheckedGlobOptions): Loader {
  // Set for each load: whether a file is unchanged since the store's entry for it was made.
  let unchangedNow: (filePath: string) => boolean = () => false;
  const inner = glob({
    // `[!.]*` skips hidden temporary files an interrupted write may have left.
    pattern: '[!.]*.md',
    base: `${options.contentDir}/${options.collection}`,
    // Pages render the bodies and never read their raw Markdown (a smaller content store is faster).
    retainBody: false,
    ...(options.idFromFileName ? { generateId: ({ entry }: { entry: string }) => entry.replace(/\.md$/, '') } : {}),
    // Astro's loader reads every file to compare its digest with the stored entry's; one whose
    // stamp is the one recorded when its entry was stored is not read (patches/astro+7.3.5.patch).
    unchanged: (filePath: string) => unchangedNow(filePath),
  });
  return {
    name: 'checked-glob',
    load: async (context: LoaderContext) => {
      const record = checkoutRecordFile(fileURLToPath(context.config.root), 'content-gate', join(options.contentDir, options.collection));
      const previous = readGateRecord(record);
      const gate = gateProblems(options.contentDir, options.collection, previous);
      if (gate.lines.length) throw new Error(`the content cannot be built (run "npm run check"):\n${gate.lines.join('\n')}`);
      // Rewritten only when a file was measured or one is gone (every file passed is then in it).
      if (gate.measured.length || gate.passed.size !== previous.size) writeGateRecord(record, gate.passed);
      // Each file's stamp, by name, as the gate just took it (before Astro reads the file, so a
      // file changed in between is read again next time), against those kept with the store.
      const stamps = new Map([...gate.passed].map(([path, stamp]) => [basename(path), stamp]));
      const stored = storedStamps(context.meta.get(STAMPS_KEY));
      unchangedNow = (filePath) => {
        const stamp = stamps.get(basename(filePath));
        return stamp !== undefined && stored.get(basename(filePath)) === stamp;
      };
      const failures: string[] = [];
      const logger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            failures.push(message);
            context.logger.error(message);
          },
        },
      });
      try {
        await inner.load({ ...context, logger });
      } finally {
        unchangedNow = () => false;
      }
      if (failures.length) throw new Error(`${options.collection}: ${failures.length} entr${failures.length === 1 ? 'y' : 'ies'} could not be rendered:\n${failures.join('\n')}`);
      // Kept in the collection's meta, so they are written with the entries they describe; only
      // after a load that succeeded, so a stamp always stands for an entry made from that file.
      context.meta.set(STAMPS_KEY, JSON.stringify(Object.fromEntries(stamps)));
    },
  };
}
