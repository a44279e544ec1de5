/**
 * The content check holds what its checks across files need, not every file it has read: at
 * 50,000 briefings it ran out of Node's 4 GB heap inside `npm run build`. Here 3,000 briefings are
 * checked in a 96 MB heap, where keeping each one's fields and YAML positions does not fit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers/site.ts';

const COPIES = 3000;
let content: string;

beforeAll(() => {
  content = join(mkdtempSync(join(tmpdir(), 'check-memory-')), 'content');
  for (const folder of ['figures', 'glossary']) cpSync(join(projectRoot, 'content', folder), join(content, folder), { recursive: true });
  mkdirSync(join(content, 'briefings'));
  const [first] = readdirSync(join(projectRoot, 'content/briefings')).filter((f) => f.endsWith('.md')).sort();
  const text = readFileSync(join(projectRoot, 'content/briefings', first!), 'utf8');
  const slug = /^slug: (.+)$/m.exec(text)![1]!;
  // Each copy its own slug and source file, so the copies are valid briefings of their own.
  for (let i = 0; i < COPIES; i++) {
    const copy = text.replace(/^slug: .+$/m, `slug: ${slug}-${i}`).replace(/^( {2}file: )(.+)$/m, `$1copy-${i}-$2`);
    writeFileSync(join(content, 'briefings', `${slug}-${i}.md`), copy);
  }
}, 60_000);
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

describe('checking many briefings', () => {
  it('fits a small heap and still finds every briefing’s problems with their lines', () => {
    // One copy with a person who has no profile: a problem across files, whose line is read again.
    const broken = join(content, 'briefings', readdirSync(join(content, 'briefings')).sort()[0]!);
    const text = readFileSync(broken, 'utf8');
    const figureId = /^ {2}- id: (.+)$/m.exec(text.slice(text.indexOf('\nfigures:')))![1]!;
    writeFileSync(broken, text.replace(`  - id: ${figureId}\n`, '  - id: nobody-at-all\n'));
    const line = text.split('\n').findIndex((l) => l === `  - id: ${figureId}`) + 1;
    const run = spawnSync(process.execPath, ['--max-old-space-size=96', 'scripts/check.ts', '--content', content], { cwd: projectRoot, encoding: 'utf8', timeout: 240_000 });
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.stdout + run.stderr).toMatch(new RegExp(`check: ${COPIES + readdirSync(join(content, 'figures')).length + readdirSync(join(content, 'glossary')).length} files, 1 error,`));
    expect(run.stdout + run.stderr).toContain(`error   line ${line}, figures › #1 › id: "nobody-at-all"`);
  }, 300_000);
});
