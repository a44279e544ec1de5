/**
 * The brief command on worker threads (`--jobs N`): the content folder it writes is byte for byte
 * the one the in-process run (`--jobs 1`) writes, with the same lines and exit status; an article
 * that fails in a worker, or whose worker thread dies, is that article's failure only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runBrief, runBriefParallel } from '../src/pipeline/brief.ts';
import { projectRoot } from './helpers/site.ts';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'brief-threads-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Copy every source file of the given folders into one new seeds folder (prefixing names by folder, so none collide). */
function seedsFrom(name: string, folders: string[]): string {
  const seeds = join(scratch, name, 'seeds');
  mkdirSync(seeds, { recursive: true });
  folders.forEach((folder, k) => {
    for (const f of readdirSync(join(projectRoot, folder))) {
      if (/\.(txt|md)$/i.test(f) && f !== 'README.md' && statSync(join(projectRoot, folder, f)).isFile()) copyFileSync(join(projectRoot, folder, f), join(seeds, `${k}-${f}`));
    }
  });
  return seeds;
}

/** Every file under a folder, by relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    if (statSync(path).isFile()) files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

/** Run the real command line; returns its exit status and its lines with the run's time taken out. */
function briefCli(seeds: string, content: string, jobs: number): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content, '--jobs', String(jobs)], { cwd: projectRoot, encoding: 'utf8' });
  const untimed = (s: string) => s.replace(/ in [\d.]+ s:/g, ' in … s:').replace(/^… .*\n/gm, '');
  return { status: r.status, stdout: untimed(r.stdout), stderr: untimed(r.stderr) };
}

describe('brief on worker threads', () => {
  it('writes the same bytes, lines and exit status as the in-process run, on the seed, Wikinews and hostile corpora', () => {
    // 65 sources, more than the run reads in the main thread, with empty, binary, malformed and
    // duplicate articles among them: some fail inside the workers.
    const seeds = seedsFrom('corpora', ['seeds', 'corpora/wikinews/articles', 'corpora/hostile/dev']);
    const one = briefCli(seeds, join(scratch, 'corpora', 'content-1'), 1);
    const two = briefCli(seeds, join(scratch, 'corpora', 'content-2'), 2);
    expect(one.status, one.stderr).toBe(1); // the hostile corpus has articles that cannot be briefed
    expect(two.status, two.stderr).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/skipped 2-binary-junk\.txt: /);
    const a = tree(join(scratch, 'corpora', 'content-1'));
    const b = tree(join(scratch, 'corpora', 'content-2'));
    expect(a.size).toBeGreaterThan(60);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  });

  it('a run on threads after an in-process one finds every article unchanged', async () => {
    const seeds = seedsFrom('rerun', ['seeds', 'corpora/wikinews/articles']);
    const content = join(scratch, 'rerun', 'content');
    runBrief({ inDir: seeds, outDir: content });
    const again = await runBriefParallel({ inDir: seeds, outDir: content, jobs: 2, minArticlesForThreads: 1 });
    expect(again.outcomes.map((o) => o.status)).toEqual(again.outcomes.map(() => 'unchanged'));
    expect(again.threads).toBeUndefined(); // nothing to read, so no thread was started
  });

  it('an article that throws in its worker, or whose worker thread dies (taking the articles queued on it down too), is skipped; the others are read again and briefed; the dead threads are replaced', async () => {
    const seeds = seedsFrom('faults', ['seeds']);
    const sound = readdirSync(seeds);
    const article = readFileSync(join(seeds, sound[0]!), 'utf8');
    // Three crashes on two threads: had a dead thread not been replaced, the articles after the
    // second would never be read; had the articles queued behind a crash not been read again,
    // some sound article would be skipped.
    // Named to come first and in the middle of the run, so sound articles are queued behind them.
    const faulty = ['0-0-crash-1.txt', '0-0-crash-2.txt', '0-0-throw-1.txt', '0-f-crash-3.txt'];
    for (const name of faulty) writeFileSync(join(seeds, name), article);
    const report = await runBriefParallel({
      inDir: seeds,
      outDir: join(scratch, 'faults', 'content'),
      jobs: 2,
      minArticlesForThreads: 1,
      workerModule: new URL('./fixtures/faulty-worker/read-task.ts', import.meta.url),
    });
    expect(report.threads).toBe(2);
    const byFile = new Map(report.outcomes.map((o) => [o.file, o]));
    for (const name of faulty.filter((f) => f.includes('crash-'))) {
      expect(byFile.get(name)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/worker thread reading it failed/) });
    }
    expect(byFile.get('0-0-throw-1.txt')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/thrown while reading 0-0-throw-1\.txt/) });
    for (const name of sound) expect(byFile.get(name)?.status, name).toBe('written');
  });

  it('--jobs takes a whole number of 1 or more', () => {
    const seeds = seedsFrom('usage', []);
    const r = spawnSync(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', join(scratch, 'usage', 'content'), '--jobs', '0'], { cwd: projectRoot, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs takes a whole number/);
  });
});
