/**
 * One run at a time per folder. Two brief runs writing one content folder would each take the
 * other's edits and temporary files for stale ones; two site builds in one checkout share
 * Astro's generated files. A lock file made with O_EXCL says who holds the folder; a lock whose
 * process has died (a killed run) is taken over.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './write-file.ts';

/** The folder is held by another live process. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedError';
  }
}

interface LockInfo {
  pid: number;
  started: string;
  command: string;
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Take the lock `name` in `dir` for `command` (e.g. "npm run brief"), or throw LockedError saying
 * who holds it. Returns the function that releases it.
 */
export function acquireLock(dir: string, name: string, command: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new LockedError(
          `${dir} is in use by another "${holder.command}" (process ${holder.pid}, started ${holder.started}): wait for it to finish. ` +
            `If no such run is going on, delete ${path}.`,
        );
      }
      // A killed run's lock (or one being written this instant: retried).
      if (holder || attempt > 0) rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString(), command } satisfies LockInfo));
    closeSync(fd);
    return () => {
      if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
    };
  }
  throw new LockedError(`could not take the lock ${path}: another run keeps taking it`);
}
