/**
 * Atomic writes, tested the hard way: the real brief command runs in a child process and is
 * killed with SIGKILL at random moments while it writes. After every kill each file in the
 * content folder must be a whole file (old or new, never cut short), and the next run must leave
 * no temporary files behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief } from '../src/pipeline/brief.ts';
import { isUntouched, parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { isAlive, removeStaleTemporaries, writeFileAtomic } from '../src/pipeline/write-file.ts';
import { briefingSchema } from '../src/schema/briefing.ts';
import { figureProfileSchema } from '../src/schema/figure.ts';
import { glossaryEntrySchema } from '../src/schema/glossary.ts';
import { projectRoot } from './helpers/site.ts';

const KILLS = 6;
let dir: string;
let seeds: string;
let content: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  seeds = join(dir, 'seeds');
  content = join(dir, 'content');
  mkdirSync(seeds);
  // Ten copies of the project's seed articles: enough articles that a run lasts long enough for
  // kills to land mid-run.
  const corpus = join(projectRoot, 'seeds');
  for (let copy = 1; copy <= 10; copy++) for (const f of readdirSync(corpus)) copyFileSync(join(corpus, f), join(seeds, `${copy}-${f}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Run the brief command in a child process and SIGKILL it `delayMs` after it starts writing
 * (the first change in the briefings folder). Resolves whether the kill came before it finished.
 */
function runAndKill(delayMs: number): Promise<boolean> {
  return runBriefChild(delayMs).then((r) => r.killed);
}

/** Run the brief command as a child, SIGKILL it `delayMs` after its first write (never if undefined). */
function runBriefChild(delayMs?: number): Promise<{ killed: boolean; ms: number }> {
  const briefings = join(content, 'briefings');
  mkdirSync(briefings, { recursive: true });
  return new Promise((resolve, reject) => {
    // node itself (it runs TypeScript), not a wrapper: the kill must reach the process that writes.
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
    let timer: NodeJS.Timeout | undefined;
    let firstWrite = 0;
    const watcher = watch(briefings, () => {
      firstWrite ||= performance.now();
      if (delayMs !== undefined) timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', ms: firstWrite ? performance.now() - firstWrite : 0 });
    });
  });
}

/** Every visible file of the content folder parses, fits its schema, and a briefing is whole. */
function checkContent(): { briefings: number; temporaries: string[] } {
  let briefings = 0;
  const temporaries: string[] = [];
  for (const [folder, schema] of [
    ['briefings', briefingSchema],
    ['figures', figureProfileSchema],
    ['glossary', glossaryEntrySchema],
  ] as const) {
    let names: string[] = [];
    try {
      names = readdirSync(join(content, folder));
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith('.')) {
        temporaries.push(`${folder}/${name}`);
        continue;
      }
      const text = readFileSync(join(content, folder, name), 'utf8');
      const data = parseMarkdown(text).data;
      const parsed = schema.safeParse(data);
      expect(parsed.success, `${folder}/${name} fits its schema`).toBe(true);
      if (folder === 'briefings') {
        // The recorded content hash covers the whole file: a cut-short file cannot match it.
        const hash = (data.generator as { contentHash?: string } | undefined)?.contentHash;
        expect(isUntouched(text, hash), `${folder}/${name} is whole`).toBe(true);
        briefings++;
      }
    }
  }
  return { briefings, temporaries };
}

describe('atomic writes', () => {
  it(`leaves only whole files when the brief command is killed mid-run (${KILLS} kills)`, async () => {
    const sources = readdirSync(seeds).length;
    // How long a whole run writes for on this machine, so that kills are spread over that span.
    for (const f of readdirSync(seeds)) appendFileSync(join(seeds, f), '\n\nA first revision.\n');
    const span = (await runBriefChild()).ms;
    let killedMidRun = 0;
    for (let i = 0; i < KILLS; i++) {
      // Change every source so that each run rewrites every briefing: a kill then always
      // interrupts writes that replace existing files.
      for (const f of readdirSync(seeds)) appendFileSync(join(seeds, f), `\n\nRevision ${i + 1} of this article adds a closing paragraph.\n`);
      if (await runAndKill(Math.floor(Math.random() * span * 0.9))) killedMidRun++;
      checkContent();
    }
    expect(killedMidRun, 'kills that interrupted a run').toBeGreaterThanOrEqual(KILLS / 2);

    const report = runBrief({ inDir: seeds, outDir: content });
    expect(report.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
    const after = checkContent();
    expect(after.temporaries).toEqual([]);
    expect(after.briefings).toBe(sources);
    // Every person a briefing names has a profile, even when a kill came between the two writes.
    const profiles = new Set(readdirSync(join(content, 'figures')).map((n) => n.replace(/\.md$/, '')));
    for (const name of readdirSync(join(content, 'briefings'))) {
      const b = briefingSchema.parse(parseMarkdown(readFileSync(join(content, 'briefings', name), 'utf8')).data);
      for (const f of b.figures) expect(profiles.has(f.id), `${name}: profile ${f.id}`).toBe(true);
    }
  }, 180_000);

  it('replaces a file in one step and cleans up a temporary left by a killed run', () => {
    const folder = join(dir, 'unit');
    const target = join(folder, 'a.md');
    writeFileAtomic(target, 'old\n');
    writeFileAtomic(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(folder)).toEqual(['a.md']);
    // A fixed number such as 12345 may be a live process on the machine running the tests
    // (it was on CI), so take the id of a process that has just exited.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    expect(isAlive(dead)).toBe(false);
    writeFileSync(join(folder, `.tmp-${dead}-a.md`), 'half a fi');
    // A temporary of a running process (the parent of this test) is another run's write in progress.
    writeFileSync(join(folder, `.tmp-${process.ppid}-a.md`), 'being written');
    expect(removeStaleTemporaries(folder)).toBe(1);
    expect(readdirSync(folder).sort()).toEqual([`.tmp-${process.ppid}-a.md`, 'a.md']);
  });
});
