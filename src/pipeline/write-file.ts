/**
 * Atomic file writes. The new content goes to a hidden temporary file in the same folder and is
 * then renamed over the target: a reader, or a process killed half-way, sees the old file or the
 * new one, never a mix. Temporary names start with "." so content globs skip them.
 *
 * There is no fsync: a rename is atomic for every process on the machine, which is what a killed
 * run needs, and syncing each of thousands of small files made a cold run of 1,000 articles four
 * times slower. Surviving a power cut mid-run is left to the file system and to git, where the
 * content folder lives.
 */
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TMP_PREFIX = '.tmp-';

/** Write `text` to `path` atomically. */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  const tmp = join(dir, `${TMP_PREFIX}${process.pid}-${basename(path).slice(0, 60)}`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w', 0o644);
  } catch (e) {
    // The folder is made on first need rather than checked before every write.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, 'w', 0o644);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Remove temporary files a killed run left behind in a folder. */
export function removeStaleTemporaries(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith(TMP_PREFIX)) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
