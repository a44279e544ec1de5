/**
 * Whole-or-absent file writes. The new content goes to a hidden temporary file in the same folder,
 * is checked to be on disk in full, and is then renamed over the target: a reader, or a process
 * killed half-way, sees the old file or the new one, never a mix, and a disk that fills up
 * mid-write leaves the old file (or none) and no temporary file. Temporary names start with "."
 * so content globs skip them, and carry the writer's process id so a second process never takes
 * a live run's temporary file for a stale one.
 *
 * There is no fsync: a rename is atomic for every process on the machine, which is what a killed
 * run needs, and syncing each of thousands of small files made a cold run of 1,000 articles four
 * times slower. Surviving a power cut mid-run is left to the file system and to git, where the
 * content folder lives.
 */
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TMP_PREFIX = '.tmp-';

/** A file could not be written; the message names the file and says why in words. */
export class WriteError extends Error {
  readonly path: string;
  readonly code?: string;
  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    super(`could not write ${path}: ${describeWriteError(cause)}`, { cause });
    this.name = 'WriteError';
    this.path = path;
    this.code = code;
  }
}

function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC); nothing was changed';
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT); nothing was changed';
    case 'EFBIG':
      return 'the file is larger than this process may write (EFBIG); nothing was changed';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EROFS':
      return 'the folder is on a read-only file system (EROFS)';
    default:
      return (e as Error)?.message ?? String(e);
  }
}

/** What the target must hold for the write to go ahead. */
export interface WriteCondition {
  /**
   * The target's text as it was read earlier (a replacement happens only if it still holds
   * exactly that), or `null` when the target must not exist (the write never replaces a file).
   */
  expect: string | null;
}

/**
 * Write `text` to `path` atomically, in full or not at all.
 * @returns false when a `condition` did not hold (the target changed, or exists), so nothing was written.
 * @throws WriteError naming the file when it cannot be written; no temporary file is left.
 */
export function writeFileAtomic(path: string, text: string, condition?: WriteCondition): boolean {
  const dir = dirname(path);
  const tmp = join(dir, `${TMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}-${basename(path).slice(0, 60)}`);
  const data = Buffer.from(text, 'utf8');
  let fd: number | undefined;
  try {
    try {
      fd = openSync(tmp, 'wx', 0o644);
    } catch (e) {
      // The folder is made on first need rather than checked before every write.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dir, { recursive: true });
      fd = openSync(tmp, 'wx', 0o644);
    }
    // write(2) may write less than asked (a nearly full disk, a file-size limit): go on until all
    // is written or an error says why not.
    for (let done = 0; done < data.length; ) {
      const n = writeSync(fd, data, done, data.length - done);
      if (n <= 0) throw Object.assign(new Error('no more bytes could be written'), { code: 'ENOSPC' });
      done += n;
    }
    const written = fstatSync(fd).size;
    if (written !== data.length) throw Object.assign(new Error(`only ${written} of ${data.length} bytes reached the disk`), { code: 'ENOSPC' });
    closeSync(fd);
    fd = undefined;
    if (condition?.expect === null) {
      // link(2) fails if the target exists: a new file never replaces one made meanwhile.
      try {
        linkSync(tmp, path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e;
      }
      return true;
    }
    // An edit saved since the target was read is kept: compare right before the rename.
    if (condition && readOrNull(path) !== condition.expect) return false;
    renameSync(tmp, path);
    return true;
  } catch (e) {
    throw e instanceof WriteError ? e : new WriteError(path, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Whether a process with this id is running on this machine. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temporary files that killed runs left behind in a folder (never those of a live process). */
export function removeStaleTemporaries(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(TMP_PREFIX)) continue;
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && isAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
