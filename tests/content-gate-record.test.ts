/**
 * The content gate's record (src/lib/content-gate.ts): a file it passed and unchanged since is not
 * read again, while a changed file, a new one or a record made under other rules is checked afresh.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateProblems, readGateRecord, writeGateRecord } from '../src/lib/content-gate.ts';

const root = mkdtempSync(join(tmpdir(), 'content-gate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const briefings = join(content, 'briefings');
const write = (name: string, body: string) => writeFileSync(join(briefings, name), `---\ntitle: ${name}\n---\n${body}\n`);
const names = (paths: string[]) => paths.map((p) => p.split('/').at(-1)).sort();

describe('the content gate with its record', () => {
  mkdirSync(briefings, { recursive: true });
  write('a.md', 'A plain body.');
  write('b.md', 'Another plain body.');

  it('measures every file the first time, and none that passed and did not change', () => {
    const first = gateProblems(content, 'briefings');
    expect(first.lines).toEqual([]);
    expect(names(first.measured)).toEqual(['a.md', 'b.md']);
    expect(names([...first.passed.keys()])).toEqual(['a.md', 'b.md']);
    const again = gateProblems(content, 'briefings', first.passed);
    expect(again.measured).toEqual([]);
    expect(again.passed).toEqual(first.passed);
  });

  it('measures a file rewritten since, and refuses it when it is too deep', () => {
    const before = gateProblems(content, 'briefings').passed;
    write('b.md', '>'.repeat(150) + ' deep');
    write('c.md', 'A new file.');
    const after = gateProblems(content, 'briefings', before);
    expect(names(after.measured)).toEqual(['b.md', 'c.md']);
    expect(after.lines).toHaveLength(1);
    expect(after.lines[0]).toMatch(/b\.md: the text /);
    // The refused file is not recorded as passed, so it is measured again next time.
    expect(names([...after.passed.keys()])).toEqual(['a.md', 'c.md']);
    expect(names(gateProblems(content, 'briefings', after.passed).measured)).toEqual(['b.md']);
    write('b.md', 'Plain again.');
  });

  it('keeps its record on disk, and trusts none made under other rules or unreadable', () => {
    const file = join(root, 'record.json');
    expect(readGateRecord(file).size).toBe(0);
    const { passed } = gateProblems(content, 'briefings');
    writeGateRecord(file, passed);
    expect(readGateRecord(file)).toEqual(passed);
    writeFileSync(file, JSON.stringify({ rules: 'older rules', passed: Object.fromEntries(passed) }));
    expect(readGateRecord(file).size).toBe(0);
    writeFileSync(file, '{ not json');
    expect(readGateRecord(file).size).toBe(0);
  });
});
