/**
 * What may be in a content folder, file by file, before any file is read: the collection
 * folders hold only real `.md` files, the images folder only real images of the allowed types.
 * A symbolic link could publish any file of the machine that builds the site (or read
 * `/dev/zero` until memory runs out), a folder or a device where a file is expected crashes or
 * hangs a reader, and a file the site would ignore is most likely a mistake.
 *
 * `npm run check` reports these problems; the site's content loader (src/content.config.ts)
 * refuses to build while any error stands, so the two agree.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { IMAGES_FOLDER, imageFileProblem } from './body-images.ts';

/** The folders of a content folder that hold Markdown entries. */
export const COLLECTIONS = ['briefings', 'figures', 'glossary'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Largest content file accepted: a briefing is a few kilobytes; the largest source article brief accepts (4 MB) gives about as much. */
export const MAX_CONTENT_FILE_BYTES = 4 * 1024 * 1024;

/** A problem with a path of the content folder (before its contents are read). */
export interface LayoutProblem {
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Temporary files of an interrupted write (src/pipeline/write-file.ts). */
export const isTemporary = (name: string) => name.startsWith('.tmp-');

/** `lstat` that reports a missing or unreadable path as undefined rather than throwing. */
function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Problems with the content folder itself and its collection and images folders. */
export function folderProblems(contentDir: string): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const top = lstatOrUndefined(contentDir);
  if (!top) return [{ path: contentDir, severity: 'error', message: 'the content folder does not exist' }];
  if (top.isSymbolicLink()) {
    return [{ path: contentDir, severity: 'error', message: 'the content folder is a symbolic link: it must be a real folder of the repository' }];
  }
  if (!top.isDirectory()) return [{ path: contentDir, severity: 'error', message: 'the content folder is not a folder' }];
  for (const folder of [...COLLECTIONS, IMAGES_FOLDER]) {
    const dir = join(contentDir, folder);
    const stat = lstatOrUndefined(dir);
    if (!stat) continue;
    if (stat.isSymbolicLink()) problems.push({ path: dir, severity: 'error', message: 'is a symbolic link: it must be a real folder of the repository' });
    else if (!stat.isDirectory()) problems.push({ path: dir, severity: 'error', message: 'must be a folder' });
  }
  return problems;
}

/** A folder's files to read, the problems with its other entries, and each file's stamp. */
export interface FolderEntries {
  files: string[];
  problems: LayoutProblem[];
  /** Each `.md` file's {@link fileStamp}, for the content gate's record of files it passed. */
  stamps: Map<string, string>;
}

/**
 * What changes whenever a file's contents may have: its size, modification and change times and
 * inode. The change time cannot be set back by any tool (unlike the modification time, which
 * `touch` and git checkouts set), so a file rewritten to the same size is not taken as the same.
 */
export const fileStamp = (s: Stats): string => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

/**
 * The entries of one collection folder (`briefings`, `figures`, `glossary`) or of the images
 * folder: the files to read, and problems with the others. Hidden files (names starting with
 * ".") are never read by the site and are passed over, except a temporary file left by an
 * interrupted run, which is mentioned.
 */
export function folderEntries(contentDir: string, folder: Collection | typeof IMAGES_FOLDER): FolderEntries {
  const dir = join(contentDir, folder);
  const files: string[] = [];
  const stamps = new Map<string, string>();
  const problems: LayoutProblem[] = [];
  const stat = lstatOrUndefined(dir);
  if (!stat || !stat.isDirectory()) return { files, problems, stamps };
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    return { files, stamps, problems: [{ path: dir, severity: 'error', message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }] };
  }
  for (const name of names) {
    const path = join(dir, name);
    const add = (severity: LayoutProblem['severity'], message: string) => problems.push({ path, severity, message });
    if (isTemporary(name)) {
      add('warning', 'a temporary file left by an interrupted run; the next "npm run brief" removes it');
      continue;
    }
    if (name.startsWith('.')) continue;
    const entry = lstatOrUndefined(path);
    if (!entry) {
      add('error', 'cannot be read (it disappeared, or permission is denied)');
      continue;
    }
    if (entry.isSymbolicLink()) {
      add('error', 'is a symbolic link: content files must be real files (a link could publish any file of the machine that builds the site)');
      continue;
    }
    if (entry.isDirectory()) {
      add('error', `is a folder: ${folder}/ holds only ${folder === IMAGES_FOLDER ? 'image files' : '.md files'}, no sub-folders`);
      continue;
    }
    if (!entry.isFile()) {
      add('error', 'is not a regular file (a device, pipe or socket): remove it');
      continue;
    }
    if (folder === IMAGES_FOLDER) {
      const problem = imageFileProblem(path);
      if (problem) add('error', problem);
      else files.push(path);
      continue;
    }
    if (!name.endsWith('.md')) {
      add(
        'error',
        name.endsWith('.mdx')
          ? 'is an .mdx file: the site reads only .md files (MDX can run code); rename it to .md'
          : `is not a .md file: ${folder}/ holds only .md files (images go in ${IMAGES_FOLDER}/); remove or move it`,
      );
      continue;
    }
    if (entry.size > MAX_CONTENT_FILE_BYTES) {
      add('error', `is larger than ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB: a content file holds one article`);
      continue;
    }
    files.push(path);
    stamps.set(path, fileStamp(entry));
  }
  return { files, problems, stamps };
}
