/**
 * `npm run explain` (scripts/explain.ts): why a person was or was not written, including for a name
 * that no rule proposed, which leaves no candidate to show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers/site.ts';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'explain-'));
  file = join(dir, 'harbour.txt');
  // Invented for this test.
  writeFileSync(
    file,
    'Harbour dues to rise in spring\n\nThe harbour master said on Monday that dues would rise by a tenth in April.\n\n"We have no choice," said Morwenna Tregothnan, who chairs the harbour board.\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const explain = (...args: string[]) => spawnSync(process.execPath, ['scripts/explain.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('npm run explain', () => {
  it('shows a person with the model’s decision and the quote under them', () => {
    const run = explain(file, 'Tregothnan');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^PERSON: Morwenna Tregothnan {2}p=0\.\d{3} \(threshold [\d.]+\)$/m);
    expect(run.stdout).toMatch(/^quote under Morwenna Tregothnan \(cue [a-z-]+, confidence [\d.]+.*\): "We have no choice,?"$/m);
  });

  it('says where a name occurs when no rule proposed it, and when it does not occur at all', () => {
    expect(explain(file, 'harbour', 'master').stdout.trim()).toBe('"harbour master" occurs in paragraph 1, but no rule proposed it as a name');
    expect(explain(file, 'Zed', 'Quill').stdout.trim()).toBe('"Zed Quill" does not occur in the article');
  });

  it('prints its usage with --help, and fails with it when given no file', () => {
    expect(explain('--help').stdout.trim()).toBe('usage: npm run explain -- <article file> [<name>]');
    const none = explain();
    expect(none.status).toBe(2);
    expect(none.stderr.trim()).toBe('usage: npm run explain -- <article file> [<name>]');
  });
});
