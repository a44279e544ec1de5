/**
 * A pool of worker threads reading articles (src/pipeline/read-task.ts), so a brief run uses
 * every core. Piscina keeps the pool: it queues the tasks, runs one per thread at a time, and
 * replaces a thread that dies, rejecting only the task it was running.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReadResult, ReadTask } from './read-task.ts';

/** The worker threads' entry module. It is TypeScript, loaded the way the scripts are: by Node itself. */
export const READ_TASK_MODULE = new URL('./read-task.ts', import.meta.url);

/** How many threads a run uses unless told: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Worker threads that read articles; `close()` when done, or the process stays alive. */
export class ReadPool {
  private readonly pool: Piscina<ReadTask, ReadResult>;

  /**
   * @param threads how many worker threads
   * @param module the entry module (default READ_TASK_MODULE; tests pass one that fails on purpose)
   */
  constructor(threads: number, module: URL = READ_TASK_MODULE) {
    this.pool = new Piscina<ReadTask, ReadResult>({ filename: module.href, minThreads: threads, maxThreads: threads });
  }

  /**
   * Read one article in a worker thread. Never rejects: a thread that throws or dies makes this
   * article's fault only (the pool starts a new thread for the articles still to come).
   */
  read(task: ReadTask): Promise<ReadResult> {
    return this.pool.run(task).catch((e: unknown) => ({
      ok: false as const,
      reason: `could not be briefed: the worker thread reading it failed (${(e as Error)?.message ?? String(e)})`,
    }));
  }

  /** Stop the threads. */
  close(): Promise<void> {
    return this.pool.destroy();
  }
}
