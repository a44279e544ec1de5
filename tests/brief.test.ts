import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief } from '../src/pipeline/brief.js';
import { parseMarkdown } from '../src/pipeline/frontmatter.js';
import { briefingSchema } from '../src/schema/briefing.js';
import { sharedDir } from './helpers/site.js';

const SEED = join(sharedDir, 'corpus/seed/000_29a71ff916561eee.txt');
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

  it('gives two articles whose titles slugify alike their own briefings', () => {
    const { inDir, outDir } = setup({ 'a.txt': 'Budget vote\n\nStory A.\n', 'b.txt': 'BUDGET VOTE!\n\nStory B.\n' });
    runBrief({ inDir, outDir });
    const files = readdirSync(join(outDir, 'briefings')).filter((f) => f.startsWith('budget-vote'));
    expect(files).toHaveLength(2);
    const bodies = files.map((f) => readFileSync(join(outDir, 'briefings', f), 'utf8'));
    expect(bodies.some((b) => b.includes('Story A.'))).toBe(true);
    expect(bodies.some((b) => b.includes('Story B.'))).toBe(true);
  });
});
