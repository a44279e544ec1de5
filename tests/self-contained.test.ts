/**
 * The repository is complete on its own: a fork has no folder beside it, so nothing the tests,
 * scripts or site read may live outside it. Checked two ways: no tracked file points outside the
 * repository, and the tests that measure against the corpora pass in a copy of the tracked files
 * alone, in a fresh temporary folder with nothing next to it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './helpers/site.ts';
import { corpusFiles, evaluateCorpus } from '../src/eval/run-eval.ts';

/** Files git tracks or would track (new files not yet committed included). */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && existsSync(join(projectRoot, f)));
}

const hasGit = existsSync(join(projectRoot, '.git'));

describe('a repository complete on its own', () => {
  it.skipIf(!hasGit)('has no code, test, script or workflow that reads a folder beside the repository', () => {
    const code = repositoryFiles().filter((f) => /^(src|scripts|tests|\.github|\.ci)\/|^[^/]+\.(json|ts|mjs)$/.test(f));
    expect(code.length).toBeGreaterThan(50);
    const outside = /\.\.\/shared|\/work\/shared|SHARED_DIR/;
    const offenders = code.filter((f) => f !== 'tests/self-contained.test.ts' && outside.test(readFileSync(join(projectRoot, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('scores any folder with a gold.json and its articles (npm run eval -- --corpus <dir>)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      cpSync(join(projectRoot, 'corpora/seed'), dir, { recursive: true });
      expect(corpusFiles(dir)).toEqual({ articles: dir, gold: join(dir, 'gold.json') });
      const { result } = evaluateCorpus(dir);
      expect(result.documents).toBe(1);
      expect(result.briefingsFound).toBe(1);
      expect(() => corpusFiles(join(dir, 'nowhere'))).toThrow(/has no gold\.json \(give one of seed, wikinews, heldout, gum, or a folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!hasGit)('passes the corpus tests in a copy of the repository with nothing beside it', () => {
    const root = mkdtempSync(join(tmpdir(), 'alone-'));
    const copy = join(root, 'repo');
    try {
      for (const f of repositoryFiles()) {
        mkdirSync(dirname(join(copy, f)), { recursive: true });
        cpSync(join(projectRoot, f), join(copy, f));
      }
      // Installed packages are not part of the repository; link them rather than install again.
      symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
      expect(existsSync(join(root, 'shared'))).toBe(false);
      const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), NO_COLOR: '1', FORCE_COLOR: '0' };
      // The files that read ../shared before it was vendored, but the hostile suite (a site build
      // and a browser, minutes; it runs in the whole suite of a fresh clone, see the README).
      const files = ['tests/acronyms.test.ts', 'tests/figures-speed.test.ts', 'tests/glossary.test.ts', 'tests/quality-figures.test.ts'];
      const run = spawnSync(join(copy, 'node_modules/.bin/vitest'), ['run', ...files], { cwd: copy, env, encoding: 'utf8' });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/Test Files\s+4 passed \(4\)/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
