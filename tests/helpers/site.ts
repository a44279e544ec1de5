/**
 * Build a site from a content folder into an output folder of its own, so tests never disturb the
 * project's `dist/` or each other.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
/** The corpora, gold files, scorer and hostile inputs vendored into the repository (see its README). */
export const corporaDir = resolve(projectRoot, 'corpora');

/** Run `astro build` over `contentDir` into `outDir`; returns the build's output. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): string {
  return execFileSync(resolve(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', resolve(outDir)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      CONTENT_DIR: resolve(contentDir),
      ASTRO_CACHE_DIR: join(resolve(outDir), '..', '.astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}
