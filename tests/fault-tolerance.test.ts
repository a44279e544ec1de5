/**
 * Operational faults during `npm run brief`: one bad article is that article's problem (skipped
 * with a reason, exit status 1, every other article briefed), parsing is bounded in depth and
 * time, writes are whole or absent, an editor's edit saved during a run is kept, and two runs on
 * one content folder cannot trample each other. Each test is named after the fault it reproduces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief, type BriefReport } from '../src/pipeline/brief.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { LockedError } from '../src/pipeline/lock.ts';
import { writeFileAtomic, WriteError } from '../src/pipeline/write-file.ts';
import { describeReadError } from '../src/pipeline/read-source.ts';
import { checkContent } from '../src/check/index.ts';
import { briefingSchema } from '../src/schema/briefing.ts';
import { projectRoot } from './helpers/site.ts';

let scratch: string;
let n = 0;
const corpus = join(projectRoot, 'seeds');

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'faults-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh seeds folder holding the given project seeds and extra files; returns seeds and content paths. */
function setup(seedNames: string[], extra: Record<string, string> = {}): { seeds: string; content: string } {
  const dir = join(scratch, `case-${++n}`);
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const f of seedNames) copyFileSync(join(corpus, f), join(seeds, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(seeds, name), text);
  return { seeds, content: join(dir, 'content') };
}

const statusOf = (report: BriefReport, file: string) => report.outcomes.find((o) => o.file === file);
const briefingFiles = (content: string) => readdirSync(join(content, 'briefings')).filter((f) => f.endsWith('.md'));

/** Run the real command line; returns its exit status and output. */
function briefCli(seeds: string, content: string, shellPrefix = ''): { status: number | null; out: string } {
  const cmd = `${shellPrefix}exec "${process.execPath}" "${join(projectRoot, 'scripts/brief.ts')}" --in "${seeds}" --out "${content}"`;
  const r = spawnSync('sh', ['-c', cmd], { cwd: projectRoot, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('one article cannot stop or stall the run', () => {
  it('nested-blockquote-stack: 10,000 nested ">" (10 KB) are skipped with a reason, the other article is briefed, exit 1', () => {
    const { seeds, content } = setup(['afghan.md'], { 'quote.md': `---\ntitle: Quote\n---\n\n${'>'.repeat(10_000)} deep\n` });
    const started = performance.now();
    const cli = briefCli(seeds, content);
    expect(cli.status, cli.out).toBe(1);
    expect(cli.out).toMatch(/skipped quote\.md: the text nests block quotes or lists 10000 levels deep/);
    expect(cli.out).toMatch(/1 written/);
    expect(briefingFiles(content)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('nested-list-stack: 2,000 nested list items (4 KB) are skipped with a reason', () => {
    const { seeds, content } = setup(['afghan.md'], { 'list.md': `---\ntitle: List\n---\n\n${'- '.repeat(2000)}item\n` });
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(statusOf(report, 'list.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/2000 levels deep/) });
    expect(statusOf(report, 'afghan.md')?.status).toBe('written');
  });

  it('deep-indent-stall: a list indented one level deeper on each of 800 lines (650 KB) is refused in well under a second', () => {
    let text = '---\ntitle: Indented\n---\n\n';
    for (let k = 0; k < 800; k++) text += `${' '.repeat(2 * k)}- item ${k}\n`;
    const { seeds, content } = setup([], { 'indent.md': text });
    const started = performance.now();
    const report = runBrief({ inDir: seeds, outDir: content });
    const ms = performance.now() - started;
    expect(statusOf(report, 'indent.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/levels deep/) });
    // Before the bound this article took 12 s on the development machine (30 s in the report).
    expect(ms).toBeLessThan(1500);
  });

  it('depth-bound: 100 levels of nesting are still briefed, 101 are not', () => {
    const nested = (depth: number) => `---\ntitle: Depth ${depth}\n---\n\nThe council met on Monday.\n\n${'> '.repeat(depth)}A quoted line from the mayor.\n`;
    const { seeds, content } = setup([], { 'a100.md': nested(100), 'b101.md': nested(101) });
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(statusOf(report, 'a100.md')?.status).toBe('written');
    expect(statusOf(report, 'b101.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/101 levels deep \(at most 100\)/) });
  });

  it('emphasis-quadratic: a paragraph of 40,000 "*" and "_" marks is refused quickly instead of parsing for a minute', () => {
    const { seeds, content } = setup([], { 'stars.md': `---\ntitle: Stars\n---\n\n${'*a'.repeat(20_000)}${'b*'.repeat(20_000)}\n` });
    const started = performance.now();
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(statusOf(report, 'stars.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/paragraph with 40000/) });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('seed-file-faults: a dangling link, a link loop, a file deleted during the run and a folder named x.md are each one skipped line or ignored; the rest is briefed', () => {
    const { seeds, content } = setup(['afghan.md', 'crane.md'], { 'gone.txt': 'Gone\n\nThis article is deleted while the run goes on.\n' });
    symlinkSync(join(seeds, 'missing.txt'), join(seeds, 'dangling.txt'));
    symlinkSync(join(seeds, 'loop.md'), join(seeds, 'loop.md'));
    mkdirSync(join(seeds, 'folder.md'));
    // A broken profile makes the run log a warning when it first reads the profiles, which is
    // after it listed the seeds and before it reads gone.txt: the moment to delete it.
    mkdirSync(join(content, 'figures'), { recursive: true });
    writeFileSync(join(content, 'figures', 'broken.md'), '---\nname: [unclosed\n---\n');
    const report = runBrief({
      inDir: seeds,
      outDir: content,
      log: () => existsSync(join(seeds, 'gone.txt')) && unlinkSync(join(seeds, 'gone.txt')),
    });
    expect(statusOf(report, 'dangling.txt')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/symbolic link/) });
    expect(statusOf(report, 'loop.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/symbolic link/) });
    expect(statusOf(report, 'gone.txt')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/disappeared while the run was reading it/) });
    expect(statusOf(report, 'folder.md')).toBeUndefined();
    expect(statusOf(report, 'afghan.md')?.status).toBe('written');
    expect(statusOf(report, 'crane.md')?.status).toBe('written');
  });

  it('unreadable-seed: read errors are described in words (EACCES cannot be produced when the tests run as root)', () => {
    const { seeds, content } = setup(['afghan.md'], { 'locked.txt': 'Locked\n\nThe text of a locked article.\n' });
    chmodSync(join(seeds, 'locked.txt'), 0o000);
    const report = runBrief({ inDir: seeds, outDir: content });
    const locked = statusOf(report, 'locked.txt')!;
    if (process.getuid?.() !== 0) expect(locked).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/permission denied/) });
    expect(describeReadError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('cannot be read: permission denied (EACCES)');
    expect(describeReadError(Object.assign(new Error('x'), { code: 'ELOOP' }))).toMatch(/points to itself/);
    expect(statusOf(report, 'afghan.md')?.status).toBe('written');
  });

  it('seed-name-control-characters: a file name with a line break is skipped and printed escaped, so it cannot write "::" commands into a CI log', () => {
    const { seeds, content } = setup(['afghan.md'], { 'evil\n::add-mask::secret\n.txt': 'Evil\n\nThe text of an article with a hostile name.\n' });
    const cli = briefCli(seeds, content);
    expect(cli.status).toBe(1);
    expect(cli.out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(cli.out).toContain('skipped evil\\u000a::add-mask::secret\\u000a.txt: the file name contains a line break');
  });

  it('symlinked-seeds-folder: a seeds folder that is a link is refused before anything is read', () => {
    const { seeds, content } = setup(['afghan.md']);
    const link = join(seeds, '..', 'seeds-link');
    symlinkSync(seeds, link);
    expect(() => runBrief({ inDir: link, outDir: content })).toThrow(/is a symbolic link/);
    const cli = briefCli(link, content);
    expect(cli.status).toBe(2);
  });
});

describe('writes are whole or absent', () => {
  it('short-write: under a file-size limit that cuts the briefing at 8,192 bytes, nothing is renamed into place, the file is named and no temporary file is left', () => {
    const { seeds, content } = setup(['election.md']);
    // `ulimit -f 16`: 16 blocks of 512 bytes; the briefing of election.md is about 13,750 bytes.
    const cli = briefCli(seeds, content, 'ulimit -f 16; ');
    expect(cli.status, cli.out).toBe(1);
    expect(cli.out).toMatch(/skipped election\.md: could not write .*briefings\/[a-z0-9-]+\.md: the file is larger than this process may write \(EFBIG\)/);
    const left = readdirSync(join(content, 'briefings'));
    expect(left).toEqual([]);
    // The next run, without the limit, writes one briefing, not a second copy.
    expect(briefCli(seeds, content).status).toBe(0);
    expect(briefingFiles(content)).toHaveLength(1);
    expect(briefCli(seeds, content).status).toBe(0);
    expect(briefingFiles(content)).toHaveLength(1);
  });

  const canMount = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs "$d" && umount "$d"']).status === 0;
  it.skipIf(!canMount)('disk-full: ENOSPC on a full file system names the file, keeps the old one and leaves no temporary file', () => {
    const mnt = mkdtempSync(join(scratch, 'full-'));
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mnt]).status).toBe(0);
    try {
      writeFileSync(join(mnt, 'old.md'), 'old text\n');
      let error: unknown;
      try {
        writeFileAtomic(join(mnt, 'old.md'), 'x'.repeat(200_000));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WriteError);
      expect((error as Error).message).toBe(`could not write ${join(mnt, 'old.md')}: the disk is full (ENOSPC); nothing was changed`);
      expect(readdirSync(mnt)).toEqual(['old.md']);
      expect(readFileSync(join(mnt, 'old.md'), 'utf8')).toBe('old text\n');
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('editors and concurrent runs', () => {
  it('edit-during-run: a briefing saved by an editor while brief regenerates it is kept and reported as kept', () => {
    const { seeds, content } = setup(['afghan.md']);
    runBrief({ inDir: seeds, outDir: content });
    const [name] = briefingFiles(content);
    // The source changes, so the next run regenerates the untouched briefing...
    writeFileSync(join(seeds, 'afghan.md'), readFileSync(join(seeds, 'afghan.md'), 'utf8') + '\nA new closing paragraph was added to the story.\n');
    writeFileSync(join(content, 'figures', 'broken.md'), '---\nname: [unclosed\n---\n');
    const edited = readFileSync(join(content, 'briefings', name), 'utf8').replace(/^summary: .*$/m, 'summary: An editor rewrote this summary.');
    // ...and the editor saves the file after the run read it and before it writes (the run's
    // first warning, about the broken profile, comes in between).
    const report = runBrief({ inDir: seeds, outDir: content, log: () => writeFileSync(join(content, 'briefings', name), edited) });
    expect(statusOf(report, 'afghan.md')).toMatchObject({ status: 'kept', editedDuringRun: true });
    expect(readFileSync(join(content, 'briefings', name), 'utf8')).toBe(edited);
  });

  it('concurrent-brief: a second run on the same content folder stops with a clear message while the first goes on', async () => {
    const { seeds, content } = setup([]);
    for (let copy = 1; copy <= 4; copy++) for (const f of readdirSync(corpus)) copyFileSync(join(corpus, f), join(seeds, `${copy}-${f}`));
    const first = spawn(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content], { cwd: projectRoot, stdio: 'pipe' });
    let firstOut = '';
    first.stdout.on('data', (d) => (firstOut += d));
    first.stderr.on('data', (d) => (firstOut += d));
    const exited = new Promise<number | null>((resolve) => first.on('exit', resolve));
    // Wait for the first run to hold the lock.
    for (let i = 0; i < 200 && !existsSync(join(content, '.brief.lock')); i++) await new Promise((r) => setTimeout(r, 25));
    const second = briefCli(seeds, content);
    expect(second.status).toBe(2);
    expect(second.out).toMatch(/is in use by another "npm run brief" \(process \d+/);
    expect(await exited, firstOut).toBe(0);
    expect(existsSync(join(content, '.brief.lock'))).toBe(false);
    expect(() => runBrief({ inDir: seeds, outDir: content })).not.toThrow(LockedError);
  });

  it('stale-lock: a lock left by a killed run is taken over', () => {
    const { seeds, content } = setup(['afghan.md']);
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, '.brief.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, started: 'earlier', command: 'npm run brief' }));
    expect(statusOf(runBrief({ inDir: seeds, outDir: content }), 'afghan.md')?.status).toBe('written');
  });

  it('closing-dashes-deleted: a briefing whose closing "---" an editor deleted is kept, not written a second time; two briefings of one source are a check error', () => {
    const { seeds, content } = setup(['afghan.md', 'crane.md']);
    runBrief({ inDir: seeds, outDir: content });
    const before = briefingFiles(content);
    const name = before.find((f) => readFileSync(join(content, 'briefings', f), 'utf8').includes('file: afghan.md'))!;
    const path = join(content, 'briefings', name);
    const original = readFileSync(path, 'utf8');
    const lines = original.split('\n');
    const closing = lines.indexOf('---', 1);
    writeFileSync(path, [...lines.slice(0, closing), ...lines.slice(closing + 1)].join('\n'));
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(statusOf(report, 'afghan.md')?.status).toBe('kept');
    expect(briefingFiles(content)).toEqual(before);
    // Restored, the folder is clean; a copy under another name is what check must catch.
    writeFileSync(path, original);
    expect(checkContent(content).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const copy = parseMarkdown(original);
    writeFileSync(join(content, 'briefings', 'a-copy.md'), original.replace(`slug: ${copy.data.slug}`, 'slug: a-copy'));
    const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ file: 'content/briefings/a-copy.md', field: 'source › file', message: expect.stringMatching(/publish the story twice/) }));
  });
});

describe('what a source says cannot break a feed', () => {
  it('yaml-escaped-controls: control characters written as YAML escapes in title, author, licence and source are removed; overlong credits are cut', () => {
    const { seeds, content } = setup([], {
      'controls.md': [
        '---',
        'title: "Budget\\u0001 approved\\u001b[31m"',
        'author: "Jane\\u0007 Reporter\\u0085"',
        'license: "CC BY\\u000c 4.0\\u2028"',
        `source: "${'Home page '.repeat(100_000)}"`,
        'url: "https://example.org/a\\u0000"',
        '---',
        '',
        'The council approved its budget on Monday, the mayor said.',
      ].join('\n'),
    });
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(statusOf(report, 'controls.md')?.status).toBe('written');
    const text = readFileSync(join(content, 'briefings', briefingFiles(content)[0]), 'utf8');
    const data = briefingSchema.parse(parseMarkdown(text).data);
    const all = JSON.stringify(data);
    expect(all).not.toMatch(/\\u00[0-1][0-9a-f]|\\u007f|\\u0085|\\u2028/i);
    expect(data.title).toBe('Budget approved[31m');
    expect(data.source.author).toBe('Jane Reporter');
    expect(data.source.license).toBe('CC BY 4.0');
    expect(data.source.name!.length).toBeLessThanOrEqual(201);
    expect(data.source.url).toBe('https://example.org/a');
  });

  it('impossible-date: 2024-02-30 is refused with a reason, not rolled over into March', () => {
    const { seeds, content } = setup([], {
      'feb.md': '---\ntitle: Budget approved\ndate: 2024-02-30\n---\n\nThe council approved its budget on Monday.\n',
      'leap.md': '---\ntitle: Leap day budget\ndate: 2024-02-29\n---\n\nThe council approved its budget on a leap day.\n',
    });
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(statusOf(report, 'feb.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/"date" must be a date/) });
    expect(statusOf(report, 'leap.md')?.status).toBe('written');
    expect(readFileSync(join(content, 'briefings', 'leap-day-budget.md'), 'utf8')).toContain('date: "2024-02-29"');
  });
});

describe('parse time is bounded by the size of the text', () => {
  it('link-dense-stall: a megabyte of nothing but images and links (each under the per-paragraph bound) is refused at once instead of parsing for a minute', () => {
    const block = `${'!['.repeat(10)}a${'](b)'.repeat(10)} `.repeat(7);
    const text = Array.from({ length: Math.floor(1e6 / (block.length + 2)) }, () => block).join('\n\n');
    const { seeds, content } = setup(['afghan.md'], { 'links.md': `---\ntitle: Links\n---\n\n${text}\n` });
    const started = performance.now();
    const report = runBrief({ inDir: seeds, outDir: content });
    // Before the bound this article took 18 s on an idle development machine and 45 s under load.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(statusOf(report, 'links.md')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/characters in all \(at most 10000\)/) });
    expect(statusOf(report, 'afghan.md')?.status).toBe('written');
  });
});

describe('temporary files', () => {
  it('live-temporaries-kept: cleaning up removes only the temporary files of processes that are gone', async () => {
    const { removeStaleTemporaries } = await import('../src/pipeline/write-file.ts');
    const dir = mkdtempSync(join(scratch, 'tmp-'));
    const live = `.tmp-${process.ppid}-abcd-x.md`; // the parent of this test process is running
    const dead = '.tmp-4194303999-abcd-y.md';
    writeFileSync(join(dir, live), 'half');
    writeFileSync(join(dir, dead), 'half');
    expect(removeStaleTemporaries(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual([live]);
  });
});
