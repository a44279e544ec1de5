/**
 * Reading one source article from disk, with every way that can fail turned into a reason an
 * editor can act on (a SourceError), so one unreadable file is that file's problem and the run
 * goes on with the others.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, constants } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from './errors.ts';

/** Largest source article read: a news article is tens of kilobytes; the hostile set has a 2.1 MB one that must still be briefed. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** A file name with a line break, tab or other control character (or a bidi override). */
export const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A file name as it may be printed: control characters shown as escapes, so no name can start a log line. */
export function printableName(name: string): string {
  return name.replace(new RegExp(UNSAFE_NAME.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An I/O error in an editor's words. */
export function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'disappeared while the run was reading it (or is a link to nothing)';
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied (${code})`;
    case 'ELOOP':
      return 'is a symbolic link that points to itself (ELOOP)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EIO':
      return 'cannot be read: the disk reported an error (EIO)';
    default:
      return `cannot be read (${code ?? (e as Error)?.message ?? String(e)})`;
  }
}

/**
 * The bytes of `dir/name`.
 * @throws SourceError when the name, the kind of file, its size or reading it is a problem.
 */
export function readSourceFile(dir: string, name: string): Buffer {
  if (UNSAFE_NAME.test(name)) {
    throw new SourceError(name, 'the file name contains a line break, tab or other control character: rename the file');
  }
  const path = join(dir, name);
  let fd: number | undefined;
  try {
    const link = lstatSync(path);
    // A link could point anywhere on the machine that builds the site (a pull request can add
    // one): its target is never read, let alone published.
    if (link.isSymbolicLink()) throw new SourceError(name, 'is a symbolic link, not a file: copy the article itself into the folder');
    if (!link.isFile()) throw new SourceError(name, 'is not a regular file (a folder, device or pipe)');
    // O_NOFOLLOW: the file cannot be swapped for a link between the check above and the read.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SourceError(name, 'is not a regular file (a folder, device or pipe)');
    if (stat.size > MAX_SOURCE_BYTES) {
      throw new SourceError(name, `is ${(stat.size / 1024 / 1024).toFixed(1)} MB; an article may be at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
    }
    const bytes = Buffer.alloc(stat.size);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(fd, bytes, done, bytes.length - done, done);
      if (n === 0) break; // shortened while being read
      done += n;
    }
    return bytes.subarray(0, done);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(name, describeReadError(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The text of `dir/name` when it is a plain file of an article's size, else undefined: for the
 * site's own readers of the content folder (sitemap dates, people pages, corrections), which must
 * never follow a link (to /dev/zero, say) and leave the reason to `npm run check`.
 */
export function readPlainText(dir: string, name: string): string | undefined {
  try {
    return readSourceFile(dir, name).toString('utf8');
  } catch {
    return undefined;
  }
}
