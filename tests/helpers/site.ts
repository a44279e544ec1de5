/**
 * Build a site from a content folder into an output folder of its own, so tests never disturb the
 * project's `dist/` or each other.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = resolve(import.meta.dirname, '../..');
/** The corpora, gold files, scorer and hostile inputs vendored into the repository (see its README). */
export const corporaDir = resolve(projectRoot, 'corpora');

/** Run `astro build` over `contentDir` into `outDir`; returns the build's output. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): string {
  try {
    return stripVTControlCharacters(runAstroBuild(contentDir, outDir, env));
  } catch (e) {
    // Callers read a failed build's words: give them plain text whatever colour setting CI has.
    const err = e as { stdout?: string; stderr?: string };
    if (typeof err.stdout === 'string') err.stdout = stripVTControlCharacters(err.stdout);
    if (typeof err.stderr === 'string') err.stderr = stripVTControlCharacters(err.stderr);
    throw e;
  }
}

function runAstroBuild(contentDir: string, outDir: string, env: Record<string, string>): string {
  const { FORCE_COLOR: _forced, ...inherited } = process.env;
  return execFileSync(resolve(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', resolve(outDir)], {
    cwd: projectRoot,
    env: {
      ...inherited,
      CONTENT_DIR: resolve(contentDir),
      ASTRO_CACHE_DIR: join(resolve(outDir), '..', '.astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every HTML file under `dir`, by its path inside it: for comparing two builds page by page. */
export function htmlPages(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const path = join(entry.parentPath, entry.name);
      found.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  }
  return found;
}
