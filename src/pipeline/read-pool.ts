/**
 * A pool of worker threads reading articles (src/pipeline/read-task.ts), so a brief run uses
 * every core. Piscina keeps the pool: it queues the tasks and replaces a thread that dies.
 *
 * Each thread is given a few articles at a time rather than one: on a busy machine the main
 * thread may wait many milliseconds for its turn on a core, and a thread that had to wait for it
 * after every article could sit idle for as long as it worked (on the shared development machine
 * a cold 1,000 on two threads took 1.9 times the one-thread time with one article at a time, 1.5
 * to 1.6 times with four: see docs/scaling.md for why threads do not pay there at all). The
 * price is that a thread that dies takes the articles queued on it down too; so an article whose
 * thread failed is read again, alone, on a thread of its own, and only a second failure is the
 * article's.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ReadResult, ReadTask } from './read-task.ts';

/** The worker threads' entry module. It is TypeScript, loaded the way the scripts are: by Node itself. */
export const READ_TASK_MODULE = new URL('./read-task.ts', import.meta.url);

/** How many articles a thread is given at a time. */
const QUEUED_PER_THREAD = 4;

/** How many threads a run uses unless told: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Worker threads that read articles; `close()` when done, or the process stays alive. */
export class ReadPool {
  private readonly pool: Piscina<ReadTask, ReadResult>;
  /** One thread, one article at a time: where an article whose thread failed is read again. */
  private alone?: Piscina<ReadTask, ReadResult>;
  private readonly module: URL;

  /**
   * @param threads how many worker threads
   * @param module the entry module (default READ_TASK_MODULE; tests pass one that fails on purpose)
   */
  constructor(threads: number, module: URL = READ_TASK_MODULE) {
    this.module = module;
    this.pool = new Piscina<ReadTask, ReadResult>({ filename: module.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: QUEUED_PER_THREAD });
  }

  /**
   * How many articles the pool holds to keep every thread busy: the window a caller hands out
   * ahead of the one it waits for.
   */
  get capacity(): number {
    return this.pool.maxThreads * QUEUED_PER_THREAD * 2;
  }

  /**
   * Read one article in a worker thread. Never rejects: when its thread throws or dies, the
   * article is read again alone, and a second failure is this article's fault only.
   */
  read(task: ReadTask): Promise<ReadResult> {
    return this.pool.run(task).catch(() => {
      // minThreads 1: with none, Piscina 5.3 left the tasks queued after its only thread died.
      this.alone ??= new Piscina<ReadTask, ReadResult>({ filename: this.module.href, minThreads: 1, maxThreads: 1, concurrentTasksPerWorker: 1 });
      return this.alone.run(task).catch((e: unknown) => ({
        ok: false as const,
        reason: `could not be briefed: the worker thread reading it failed (${(e as Error)?.message ?? String(e)})`,
      }));
    });
  }

  /** Stop the threads. */
  async close(): Promise<void> {
    await Promise.all([this.pool.destroy(), this.alone?.destroy()]);
  }
}
