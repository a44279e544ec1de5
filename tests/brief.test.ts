import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { briefingSchema } from '../src/schema/briefing.ts';
import { projectRoot } from './helpers/site.ts';

// The project's own copy of the seed article, so the test runs wherever the repository is checked out.
const SEED = join(projectRoot, 'seeds/000_29a71ff916561eee.txt');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brief-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(files: Record<string, string | Buffer>) {
  const inDir = join(dir, 'seeds');
  const outDir = join(dir, 'content');
  cpSync(SEED, join(inDir, 'seed.txt'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text);
  return { inDir, outDir };
}

describe('the brief command', () => {
  it('writes one schema-valid briefing per article, with the seed cleaned', () => {
    const { inDir, outDir } = setup({ 'b.md': '---\ntitle: Second story\nsource: Wikinews\n---\n\nA paragraph of news.\n' });
    const report = runBrief({ inDir, outDir });
    expect(report.outcomes.map((o) => o.status)).toEqual(['written', 'written']);
    const files = readdirSync(join(outDir, 'briefings')).sort();
    expect(files).toEqual(['russia-us-mull-fresh-putin-biden-meeting.md', 'second-story.md']);
    const seed = parseMarkdown(readFileSync(join(outDir, 'briefings', files[0]), 'utf8'));
    const data = briefingSchema.parse(seed.data);
    expect(data.dateline).toEqual({ place: 'Moscow', agency: 'AA' });
    expect(seed.body).not.toMatch(/cookies/i);
    expect(seed.body).not.toMatch(/MOSCOW \(AA\)/);
    expect(seed.body).toMatch(/^Russia and the US are considering a fresh presidential meeting/m);
  });

  it('changes no byte when run twice on the same input', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const before = readFileSync(join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md'), 'utf8');
    const again = runBrief({ inDir, outDir });
    expect(again.outcomes[0].status).toBe('unchanged');
    expect(readFileSync(join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md'), 'utf8')).toBe(before);
  });

  it('keeps an edited briefing, says whether its source changed, and regenerates it on --force', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const file = join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md');
    const edited = readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: An editor wrote this.');
    writeFileSync(file, edited);
    writeFileSync(join(inDir, 'seed.txt'), readFileSync(SEED, 'utf8') + '\n\nA late paragraph.\n');
    const report = runBrief({ inDir, outDir });
    expect(report.outcomes[0]).toEqual({
      file: 'seed.txt',
      status: 'kept',
      slug: 'russia-us-mull-fresh-putin-biden-meeting',
      sourceChanged: true,
    });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    runBrief({ inDir, outDir, force: ['russia-us-mull-fresh-putin-biden-meeting'] });
    expect(readFileSync(file, 'utf8')).not.toContain('An editor wrote this.');
  });

  it('skips an unusable article with its reason and briefs the rest', () => {
    const { inDir, outDir } = setup({ 'empty.txt': '', 'title-only.txt': 'Just a title\n' });
    const report = runBrief({ inDir, outDir });
    const skipped = report.outcomes.filter((o) => o.status === 'skipped');
    expect(skipped.map((o) => o.file)).toEqual(['empty.txt', 'title-only.txt']);
    expect(report.outcomes.filter((o) => o.status === 'written')).toHaveLength(1);
  });

  it('never overwrites a briefing an editor wrote by hand, even when a new article wants its slug', () => {
    const { inDir, outDir } = setup({});
    const hand = join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md');
    const text = '---\ntitle: Written by hand\nslug: russia-us-mull-fresh-putin-biden-meeting\nsource:\n  file: notes.txt\n---\n\nAn editor wrote this.\n';
    mkdirSync(join(outDir, 'briefings'), { recursive: true });
    writeFileSync(hand, text);
    const report = runBrief({ inDir, outDir });
    expect(report.outcomes[0]).toMatchObject({ status: 'written', slug: expect.stringMatching(/^russia-us-mull-fresh-putin-biden-meeting-[0-9a-f]{8}$/) });
    expect(readFileSync(hand, 'utf8')).toBe(text);
  });

  it('never reads through a symbolic link in the input folder', () => {
    const { inDir, outDir } = setup({});
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'Private notes\n\nNothing here may be published.\n');
    symlinkSync(secret, join(inDir, 'link.txt'));
    const report = runBrief({ inDir, outDir });
    expect(report.outcomes.find((o) => o.file === 'link.txt')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/symbolic link/) });
    expect(readdirSync(join(outDir, 'briefings'))).toEqual(['russia-us-mull-fresh-putin-biden-meeting.md']);
  });

  it('gives two articles whose titles slugify alike their own briefings', () => {
    const { inDir, outDir } = setup({ 'a.txt': 'Budget vote\n\nStory A.\n', 'b.txt': 'BUDGET VOTE!\n\nStory B.\n' });
    runBrief({ inDir, outDir });
    const files = readdirSync(join(outDir, 'briefings')).filter((f) => f.startsWith('budget-vote'));
    expect(files).toHaveLength(2);
    const bodies = files.map((f) => readFileSync(join(outDir, 'briefings', f), 'utf8'));
    expect(bodies.some((b) => b.includes('Story A.'))).toBe(true);
    expect(bodies.some((b) => b.includes('Story B.'))).toBe(true);
  });

  it('changes no byte anywhere in the content folder on a second run, and writes the same bytes in a fresh folder', () => {
    const { inDir, outDir } = setup({ 'b.md': '---\ntitle: Second story\nsource: Wikinews\ndate: 2024-02-03\n---\n\nMayor Ana Lopez of Springfield said the UN would help.\n' });
    runBrief({ inDir, outDir });
    const first = snapshot(outDir);
    expect(Object.keys(first).some((f) => f.startsWith('figures/'))).toBe(true);
    runBrief({ inDir, outDir });
    expect(snapshot(outDir)).toEqual(first);
    const fresh = join(dir, 'fresh');
    runBrief({ inDir, outDir: fresh });
    expect(snapshot(fresh)).toEqual(first);
  });

  it('never overwrites a figure profile or glossary entry, even an edited, broken or forced one', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const profiles = readdirSync(join(outDir, 'figures'));
    expect(profiles.length).toBeGreaterThan(1);
    const edited = join(outDir, 'figures', profiles[0]);
    const broken = join(outDir, 'figures', profiles[1]);
    writeFileSync(edited, '---\nname: Edited Name\nrole: Foreign minister\ndraft: false\n---\n\nA bio an editor wrote.\n');
    writeFileSync(broken, '---\nname: [unclosed\n---\n');
    const entry = join(outDir, 'glossary', 'un.md');
    writeFileSync(entry, '---\nterm: UN\ndefinition: An editor\'s definition.\n---\n');
    const before = snapshot(join(outDir, 'figures'));
    runBrief({ inDir, outDir, force: ['seed.txt'], log: () => {} });
    const after = snapshot(join(outDir, 'figures'));
    for (const name of [profiles[0], profiles[1]]) expect(after[name]).toBe(before[name]);
    expect(readFileSync(entry, 'utf8')).toBe('---\nterm: UN\ndefinition: An editor\'s definition.\n---\n');
  });

  it('keeps a briefing whose generator block an editor deleted, until it is forced', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const file = join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md');
    const stripped = readFileSync(file, 'utf8').replace(/^generator:\n(?:[ \t]+.*\n)*/m, '');
    writeFileSync(file, stripped);
    const report = runBrief({ inDir, outDir });
    expect(report.outcomes[0]).toMatchObject({ status: 'kept', slug: 'russia-us-mull-fresh-putin-biden-meeting' });
    expect(readFileSync(file, 'utf8')).toBe(stripped);
    runBrief({ inDir, outDir, force: ['seed.txt'] });
    expect(readFileSync(file, 'utf8')).toMatch(/^generator:$/m);
  });

  it('keeps a briefing whose YAML an editor broke, and gives its source no second briefing', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const file = join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md');
    const broken = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "an unclosed quote');
    writeFileSync(file, broken);
    writeFileSync(join(inDir, 'seed.txt'), readFileSync(SEED, 'utf8') + '\n\nA late paragraph.\n');
    const report = runBrief({ inDir, outDir });
    expect(report.outcomes[0]).toMatchObject({ status: 'kept', sourceChanged: true });
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(readdirSync(join(outDir, 'briefings'))).toEqual(['russia-us-mull-fresh-putin-biden-meeting.md']);
  });

  it('follows a briefing an editor renamed instead of writing the old name again', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const dirB = join(outDir, 'briefings');
    renameSync(join(dirB, 'russia-us-mull-fresh-putin-biden-meeting.md'), join(dirB, 'putin-biden-talks.md'));
    const kept = readFileSync(join(dirB, 'putin-biden-talks.md'), 'utf8');
    expect(runBrief({ inDir, outDir }).outcomes[0]).toMatchObject({ status: 'unchanged', slug: 'putin-biden-talks' });
    expect(readdirSync(dirB)).toEqual(['putin-biden-talks.md']);
    expect(readFileSync(join(dirB, 'putin-biden-talks.md'), 'utf8')).toBe(kept);
  });

  it('writes a briefing an editor deleted again, byte for byte (to drop a story, remove its source)', () => {
    const { inDir, outDir } = setup({});
    runBrief({ inDir, outDir });
    const file = join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md');
    const original = readFileSync(file, 'utf8');
    rmSync(file);
    expect(runBrief({ inDir, outDir }).outcomes[0].status).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('npm run brief (the command line)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/brief.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });

  it('says which edited briefings it kept and whether their source changed, and --force regenerates one', () => {
    const { inDir, outDir } = setup({});
    expect(cli('--in', inDir, '--out', outDir).status).toBe(0);
    const file = join(outDir, 'briefings/russia-us-mull-fresh-putin-biden-meeting.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: An editor wrote this.'));
    const kept = cli('--in', inDir, '--out', outDir);
    expect(kept.status).toBe(0);
    expect(kept.stderr).toContain('kept russia-us-mull-fresh-putin-biden-meeting.md: edited by hand since it was generated; its source seed.txt is unchanged');
    writeFileSync(join(inDir, 'seed.txt'), readFileSync(SEED, 'utf8') + '\n\nA late paragraph.\n');
    const changed = cli('--in', inDir, '--out', outDir);
    expect(changed.stderr).toContain('its source seed.txt has changed since (use --force russia-us-mull-fresh-putin-biden-meeting to regenerate)');
    expect(readFileSync(file, 'utf8')).toContain('An editor wrote this.');
    const forced = cli('--in', inDir, '--out', outDir, '--force', 'russia-us-mull-fresh-putin-biden-meeting');
    expect(forced.stdout).toContain('wrote russia-us-mull-fresh-putin-biden-meeting.md');
    expect(readFileSync(file, 'utf8')).not.toContain('An editor wrote this.');
  });

  it('exits 1 and names the file and reason when an article is skipped', () => {
    const { inDir, outDir } = setup({ 'empty.txt': '' });
    const out = cli('--in', inDir, '--out', outDir);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^skipped empty\.txt: .*empty/m);
    expect(out.stdout).toMatch(/1 written, .* 1 skipped/);
  });
});

/** Every file under a folder, by relative path, with its bytes as text. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(root, { recursive: true }).map(String).sort()) {
    const full = join(root, rel);
    if (statSync(full).isFile()) out[rel] = readFileSync(full, 'utf8');
  }
  return out;
}
