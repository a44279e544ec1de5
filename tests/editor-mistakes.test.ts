/**
 * Every editor's mistake that used to pass silently or be reported misleadingly (issue 14), each
 * written into a small hand-made content folder and checked for the exact problem `npm run check`
 * reports: its file, field, line and words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, type Problem } from '../src/check/index.ts';

// Line numbers below count from the opening "---" as line 1.
const BRIEFING = `---
title: Council approves budget
slug: council-approves-budget
source:
  file: council.txt
date: 2024-03-01
summary: The council approved the budget.
keyPoints:
  - The council approved the budget.
keyPointParagraphs:
  - 1
figures:
  - id: ada-lovelace
    name: Ada Lovelace
    role: mayor
  - id: alan-turing
    name: Alan Turing
    role: treasurer
glossary:
  - id: un
    term: UN
    definition: The United Nations.
---

The council approved the budget.
`;
const PROFILE = (name: string) => `---\nname: ${name}\naliases: []\nrole: ''\ndraft: true\n---\n`;
const GLOSSARY = `---\nterm: UN\ndefinition: The United Nations.\naliases:\n  - United Nations\ncaseSensitive: true\n---\n`;

let root: string;
let n = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mistakes-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Check a content folder made of the files above, with some replaced; its problems. */
function check(files: { briefing?: string; profile?: string; glossary?: string } = {}): Problem[] {
  const dir = join(root, `c${n++}`, 'content');
  for (const f of ['briefings', 'figures', 'glossary']) mkdirSync(join(dir, f), { recursive: true });
  writeFileSync(join(dir, 'briefings/council-approves-budget.md'), files.briefing ?? BRIEFING);
  writeFileSync(join(dir, 'figures/ada-lovelace.md'), files.profile ?? PROFILE('Ada Lovelace'));
  writeFileSync(join(dir, 'figures/alan-turing.md'), PROFILE('Alan Turing'));
  writeFileSync(join(dir, 'glossary/un.md'), files.glossary ?? GLOSSARY);
  return checkContent(dir).problems;
}

const briefingFile = 'content/briefings/council-approves-budget.md';
const edit = (from: string, to: string) => {
  expect(BRIEFING).toContain(from);
  return BRIEFING.replace(from, to);
};

describe('editors\' mistakes', () => {
  it('passes the unedited folder', () => {
    expect(check()).toEqual([]);
  });

  it('names a misspelt field of a figure at its own line, with the field meant', () => {
    expect(check({ briefing: edit('    role: treasurer', '    roel: treasurer') })).toEqual([
      { file: briefingFile, severity: 'error', field: 'figures › #2 › roel', line: 18, message: '`roel` is not a field of a figure; did you mean `role`?' },
    ]);
  });

  it('names a misspelt summary instead of building a page without one', () => {
    expect(check({ briefing: edit('summary: The', 'sumary: The') })).toEqual([
      { file: briefingFile, severity: 'error', field: 'sumary', line: 7, message: '`sumary` is not a field of a briefing; did you mean `summary`?' },
    ]);
  });

  it('names a misspelt keyPoints instead of warning while the key points vanish', () => {
    expect(check({ briefing: edit('keyPoints:', 'keyPoint:') })).toEqual([
      { file: briefingFile, severity: 'error', field: 'keyPoint', line: 8, message: '`keyPoint` is not a field of a briefing; did you mean `keyPoints`?' },
    ]);
  });

  it('names a misspelt field of a profile and of a glossary entry', () => {
    expect(check({ profile: PROFILE('Ada Lovelace').replace('aliases:', 'alias:') })).toEqual([
      { file: 'content/figures/ada-lovelace.md', severity: 'error', field: 'alias', line: 3, message: '`alias` is not a field of a profile; did you mean `aliases`?' },
    ]);
    expect(check({ glossary: GLOSSARY.replace('caseSensitive:', 'caseSensitve:') })).toEqual([
      { file: 'content/glossary/un.md', severity: 'error', field: 'caseSensitve', line: 6, message: '`caseSensitve` is not a field of a glossary entry; did you mean `caseSensitive`?' },
    ]);
  });

  it('lists the fields when no known field is close', () => {
    expect(check({ briefing: edit('date: 2024-03-01', 'date: 2024-03-01\nweather: rain') })).toEqual([
      {
        file: briefingFile,
        severity: 'error',
        field: 'weather',
        line: 7,
        message:
          '`weather` is not a field of a briefing; its fields are `title`, `slug`, `source`, `date`, `firstBriefed`, `dateline`, `summary`, `keyPoints`, `keyPointParagraphs`, `figures`, `unattributedQuotes`, `glossary`, `places`, `generator`',
      },
    ]);
  });

  it('refuses impossible dates, quoted or not, instead of rolling them over', () => {
    const dateProblem = (message: string): Problem[] => [{ file: briefingFile, severity: 'error', field: 'date', line: 6, message }];
    expect(check({ briefing: edit('date: 2024-03-01', 'date: 2024-13-45') })).toEqual(
      dateProblem('is 2024-13-45, which is not a real date (there is no month 13): write the date YYYY-MM-DD, e.g. 2021-10-14'),
    );
    expect(check({ briefing: edit('date: 2024-03-01', 'date: "2024-02-30"') })).toEqual(
      dateProblem('is 2024-02-30, which is not a real date (February 2024 has 29 days): write the date YYYY-MM-DD, e.g. 2021-10-14'),
    );
    expect(check({ briefing: edit('date: 2024-03-01', 'date: 2023-02-29') })).toEqual(
      dateProblem('is 2023-02-29, which is not a real date (February 2023 has 28 days): write the date YYYY-MM-DD, e.g. 2021-10-14'),
    );
    expect(check({ briefing: edit('date: 2024-03-01', 'date: 2024-02-29') })).toEqual([]);
  });

  it('names the line of an indentation error, says it is indentation, and warns of nothing that follows from it', () => {
    // Before: the error hinted at quoting, and both profiles were reported as unused.
    expect(check({ briefing: edit('    role: treasurer', '   role: treasurer') })).toEqual([
      {
        file: briefingFile,
        severity: 'error',
        line: 18,
        message:
          'the frontmatter is not valid YAML: this line is not lined up with the lines around it (bad indentation): indent it with spaces exactly as far as the other fields of its group, and list items ("- …") as far as each other',
      },
    ]);
  });

  it('names an unquoted colon in a value as the cause', () => {
    expect(check({ briefing: edit('summary: The council approved the budget.', 'summary: The mayor said: the budget is approved.') })).toEqual([
      {
        file: briefingFile,
        severity: 'error',
        line: 7,
        message: 'the frontmatter is not valid YAML: the value of "summary" contains ": ", which YAML reads as the start of another field: put the whole value in double quotes ("…")',
      },
    ]);
  });

  it('reports a wrong figure id and a wrong glossary id at the entry\'s own line', () => {
    expect(check({ briefing: edit('  - id: alan-turing', '  - id: alan-turnig').replace('  - id: un', '  - id: un-x') })).toEqual([
      {
        file: briefingFile,
        severity: 'error',
        field: 'figures › #2 › id',
        line: 16,
        message: '"alan-turnig" (Alan Turing) has no profile: create content/figures/alan-turnig.md or use the id of an existing profile',
      },
      {
        file: briefingFile,
        severity: 'error',
        field: 'glossary › #1 › id',
        line: 20,
        message: '"un-x" (UN) has no glossary entry: create content/glossary/un-x.md or use the id of an existing entry',
      },
      {
        file: 'content/figures/alan-turing.md',
        severity: 'warning',
        message: 'no briefing names this person, so the site has no page for them: delete the file, or name them in a briefing',
      },
    ]);
  });
});
