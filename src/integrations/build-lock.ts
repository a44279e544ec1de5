/**
 * Astro integration: one `astro build` at a time per checkout. Every build of a checkout writes
 * Astro's generated files (`.astro/`, the content store) in the same place, so two at once fail
 * in ways that name neither; the second one now stops at once and says which process holds the
 * checkout. The lock (src/pipeline/lock.ts) is released when the build ends, however it ends,
 * and a killed build's lock is taken over by the next one.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { acquireLock } from '../pipeline/lock.ts';

/** Name of the lock file in the checkout's `.astro/` folder. */
export const BUILD_LOCK = 'build.lock';

export default function buildLock(): AstroIntegration {
  let release: (() => void) | undefined;
  const done = () => {
    release?.();
    release = undefined;
  };
  return {
    name: 'briefings-build-lock',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        release = acquireLock(join(fileURLToPath(config.root), '.astro'), BUILD_LOCK, 'astro build');
        process.once('exit', done);
      },
      'astro:build:done': done,
    },
  };
}
