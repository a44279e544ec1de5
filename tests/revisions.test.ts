import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeChanges, readRevisions } from '../src/lib/revisions';
import { parseMarkdown, stringifyGenerated } from '../src/pipeline/frontmatter';

describe('describeChanges', () => {
  it('says what changed, field by field, from old to new', () => {
    const before = {
      summary: 'The bridge closed.',
      keyPoints: ['A', 'B'],
      figures: [{ id: 'ana-duarte', name: 'Ana Duarte', role: 'councillor', quotes: ['We will rebuild.'] }, { id: 'x', name: 'X Person' }],
      glossary: [{ id: 'un', term: 'UN', definition: 'An old definition.' }],
    };
    const after = {
      summary: 'The bridge reopened.',
      keyPoints: ['A', 'C'],
      figures: [{ id: 'ana-duarte', name: 'Ana Duarte', role: 'mayor', quotes: ['We will rebuild.', 'It is done.'] }, { id: 'y', name: 'Yan Lee', role: 'engineer' }],
      glossary: [{ id: 'un', term: 'UN', definition: 'The United Nations.' }],
    };
    expect(describeChanges(before, after)).toEqual([
      'Summary: “The bridge closed.” → “The bridge reopened.”',
      'Key point 2: “B” → “C”',
      'Removed X Person from the people in the story',
      'Ana Duarte\'s role: “councillor” → “mayor”',
      'Added a quote from Ana Duarte: “It is done.”',
      'Added Yan Lee (engineer) to the people in the story',
      'Definition of UN: “An old definition.” → “The United Nations.”',
    ]);
  });

  it('finds nothing when only bookkeeping changed', () => {
    const v = { title: 'T', summary: 'S', figures: [{ id: 'a', name: 'A', role: 'r', quotes: [] }] };
    expect(describeChanges(v, { ...v })).toEqual([]);
  });
});

describe('readRevisions', () => {
  /** Run git as an editor, at a given time. */
  const git = (cwd: string, args: string[], when = '2024-03-01T10:00:00Z') =>
    execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 'Ed', GIT_AUTHOR_EMAIL: 'ed@example.org', GIT_COMMITTER_NAME: 'Ed', GIT_COMMITTER_EMAIL: 'ed@example.org', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });

  it('reports a briefing corrected after its first commit, with the date of the correction', () => {
    const root = mkdtempSync(join(tmpdir(), 'revisions-'));
    try {
      const dir = join(root, 'content', 'briefings');
      mkdirSync(dir, { recursive: true });
      git(root, ['init', '-q']);
      writeFileSync(join(dir, 'a.md'), '---\ntitle: A\nfigures:\n  - id: ana\n    name: Ana\n    role: councillor\n---\nText.\n');
      writeFileSync(join(dir, 'b.md'), '---\ntitle: B\n---\nText.\n');
      git(root, ['add', '.']);
      git(root, ['commit', '-qm', 'first']);
      writeFileSync(join(dir, 'a.md'), '---\ntitle: A\nfigures:\n  - id: ana\n    name: Ana\n    role: mayor\n---\nText.\n');
      git(root, ['add', '.']);
      git(root, ['commit', '-qm', 'fix role'], '2024-03-05T10:00:00Z');
      const current = (file: string) => parseMarkdown(readFileSync(join(dir, file), 'utf8')).data;
      const revisions = readRevisions(dir, current);
      expect([...revisions.keys()]).toEqual(['a.md']);
      expect(revisions.get('a.md')).toEqual({ date: '2024-03-05', changes: ['Ana\'s role: “councillor” → “mayor”'] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('tells an editor\'s correction from a re-brief, and tells it against the last generated version', () => {
    const root = mkdtempSync(join(tmpdir(), 'revisions-'));
    try {
      const dir = join(root, 'briefings');
      mkdirSync(dir, { recursive: true });
      git(root, ['init', '-q']);
      const generated = (summary: string, role: string) => stringifyGenerated({ title: 'A', summary, figures: [{ id: 'ana', name: 'Ana', role }] }, 'Text.\n', 'src');
      // Published, then re-briefed by a newer pipeline (a new summary): no correction.
      writeFileSync(join(dir, 'a.md'), generated('First summary.', 'councillor'));
      writeFileSync(join(dir, 'b.md'), generated('B summary.', 'clerk'));
      git(root, ['add', '.']);
      git(root, ['commit', '-qm', 'first']);
      writeFileSync(join(dir, 'a.md'), generated('Better summary.', 'councillor'));
      writeFileSync(join(dir, 'b.md'), generated('Better B summary.', 'clerk'));
      git(root, ['commit', '-qam', 're-brief'], '2024-03-02T10:00:00Z');
      const current = (file: string) => parseMarkdown(readFileSync(join(dir, file), 'utf8')).data;
      expect(readRevisions(dir, current).size).toBe(0);
      // An editor corrects a's role: one change, against the re-briefed version.
      writeFileSync(join(dir, 'a.md'), readFileSync(join(dir, 'a.md'), 'utf8').replace('role: councillor', 'role: mayor'));
      git(root, ['commit', '-qam', 'fix role'], '2024-03-09T10:00:00Z');
      expect([...readRevisions(dir, current)]).toEqual([['a.md', { date: '2024-03-09', changes: ['Ana\'s role: “councillor” → “mayor”'] }]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds no history outside a repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      expect(readRevisions(root, () => ({})).size).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
