/**
 * A wait that cannot end in silence. When a child process that a promise waits on dies (Pagefind's
 * indexer killed by the kernel for want of memory, say), nothing is left for Node's event loop to
 * do, and Node exits — with status 0, as if the build had succeeded. The 50,000-briefing run ended
 * so: no search index, and nothing said (docs/scaling.md, "The second 50,000 run").
 */

/**
 * Await `work`; if the process runs out of things to do before it settles, print `message` and
 * exit with status 1 instead of 0.
 */
export async function failIfAbandoned<T>(work: Promise<T>, message: string): Promise<T> {
  const abandoned = () => {
    console.error(message);
    process.exitCode = 1;
  };
  process.once('beforeExit', abandoned);
  try {
    return await work;
  } finally {
    process.off('beforeExit', abandoned);
  }
}
