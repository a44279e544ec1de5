/**
 * The content collections' loader: Astro's glob loader behind the same gate as `npm run check`,
 * so `astro build` (and `astro dev`) refuse content the check would refuse, even when run on
 * their own.
 *
 * Before loading, the collection folder is checked file by file (src/check/folder-layout.ts: no
 * symbolic links, folders, devices or stray files) and every body's nesting is measured
 * (src/lib/markdown-depth.ts), since a deeply nested body stalls or crashes the Markdown parser.
 * While loading, an entry that fails to render (an image refused by
 * src/plugins/remark-safe-images.ts, for one) is only logged by Astro's loader, which then
 * publishes the page with an empty body; here it fails the build instead.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';

type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0];
import { folderEntries, folderProblems, type Collection } from '../check/folder-layout.ts';
import { nestingProblem } from './markdown-depth.ts';

export interface CheckedGlobOptions {
  contentDir: string;
  collection: Collection;
  /** Take the entry id from the file name, never from a `slug` field (for profiles and glossary entries). */
  idFromFileName?: boolean;
}

/** A frontmatter block as Astro finds it: a leading --- line, then up to the next --- line. */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Problems that stop the build, one line each, naming the file. */
export function gateProblems(contentDir: string, collection: Collection): string[] {
  const show = (path: string) => relative(process.cwd(), path) || path;
  const lines = folderProblems(contentDir)
    .filter((p) => p.severity === 'error')
    .map((p) => `${show(p.path)}: ${p.message}`);
  if (lines.length) return lines;
  const { files, problems } = folderEntries(contentDir, collection);
  for (const p of problems) if (p.severity === 'error') lines.push(`${show(p.path)}: ${p.message}`);
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      lines.push(`${show(file)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    // Only the body is measured, so the frontmatter is cut off, not parsed (Astro parses it next).
    const body = text.slice(FRONTMATTER.exec(text)?.[0].length ?? 0);
    const deep = nestingProblem(body);
    if (deep) lines.push(`${show(file)}: the text ${deep.message} (line ${deep.line} of the text)`);
  }
  return lines;
}

/** A glob loader for `*.md` in one collection folder, behind the content gate. */
export function checkedGlob(options: CheckedGlobOptions): Loader {
  const inner = glob({
    // `[!.]*` skips hidden temporary files an interrupted write may have left.
    pattern: '[!.]*.md',
    base: `${options.contentDir}/${options.collection}`,
    // Pages render the bodies and never read their raw Markdown (a smaller content store is faster).
    retainBody: false,
    ...(options.idFromFileName ? { generateId: ({ entry }: { entry: string }) => entry.replace(/\.md$/, '') } : {}),
  });
  return {
    name: 'checked-glob',
    load: async (context: LoaderContext) => {
      const refused = gateProblems(options.contentDir, options.collection);
      if (refused.length) throw new Error(`the content cannot be built (run "npm run check"):\n${refused.join('\n')}`);
      const failures: string[] = [];
      const logger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            failures.push(message);
            context.logger.error(message);
          },
        },
      });
      await inner.load({ ...context, logger });
      if (failures.length) throw new Error(`${options.collection}: ${failures.length} entr${failures.length === 1 ? 'y' : 'ies'} could not be rendered:\n${failures.join('\n')}`);
    },
  };
}
