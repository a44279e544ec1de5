import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileRegistry, nameKey } from '../src/pipeline/figures/profiles.ts';
import type { ProfileRecord } from '../src/pipeline/content-store.ts';
import type { ExtractedFigure } from '../src/pipeline/figures/index.ts';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';

const fig = (name: string, aliases: string[] = []): ExtractedFigure => ({ name, role: '', quotes: [], mentions: 1, aliases });
const profile = (id: string, name: string, aliases: string[] = []): ProfileRecord => ({ id, name, aliases, role: '', draft: false });

describe('nameKey', () => {
  it('folds accents, case and middle initials but keeps leading initials', () => {
    expect(nameKey('Vladimir V. Putin')).toBe('vladimir putin');
    expect(nameKey('Hernán Darío Gómez')).toBe('hernan dario gomez');
    expect(nameKey('K.C. Maurer')).toBe('kc maurer');
  });
});

describe('ProfileRegistry', () => {
  it('makes one profile for "Putin", "Vladimir Putin" and "Vladimir V. Putin"', () => {
    const r = new ProfileRegistry([]);
    const a = r.resolve(fig('Vladimir Putin', ['Putin']));
    expect(r.resolve(fig('Vladimir V. Putin')).id).toBe(a.id);
    expect(r.resolve(fig('Putin')).id).toBe(a.id);
    expect(r.created.map((p) => p.id)).toEqual(['vladimir-putin']);
  });

  it('does not link a child\'s given name to the mother known by a kunya after it ("Umm Youssef")', () => {
    const r = new ProfileRegistry([]);
    const mother = r.resolve(fig('Naglaa Hassan', ['Umm Youssef']));
    expect(r.resolve(fig('Youssef')).id).not.toBe(mother.id);
  });

  it('links a name without its middle part when only one profile fits', () => {
    const r = new ProfileRegistry([profile('michael-amir-murillo', 'Michael Amir Murillo')]);
    expect(r.resolve(fig('Michael Murillo')).id).toBe('michael-amir-murillo');
  });

  it('links a lone surname only when it is unambiguous, and never a full name by its surname', () => {
    const r = new ProfileRegistry([profile('harry-kane', 'Harry Kane'), profile('john-kane', 'John Kane'), profile('joe-biden', 'Joe Biden')]);
    expect(r.resolve(fig('Biden')).id).toBe('joe-biden');
    expect(r.resolve(fig('Kane')).id).toBe('kane');
    expect(r.resolve(fig('Jill Biden', ['Biden'])).id).toBe('jill-biden');
  });

  it("follows an editor's one-word alias even when the surname alone is ambiguous", () => {
    const r = new ProfileRegistry([profile('harry-kane', 'Harry Kane', ['Kane']), profile('john-kane', 'John Kane')]);
    expect(r.resolve(fig('Kane')).id).toBe('harry-kane');
  });

  it("merges two profiles when an editor adds one's name as the other's alias", () => {
    const r = new ProfileRegistry([profile('putin', 'Vladimir Putin', ['V. V. Putin', 'Vladimir Vladimirovich Putin']), profile('vladimir-vladimirovich-putin', 'Vladimir Vladimirovich Putin')]);
    expect(r.resolve(fig('Vladimir Vladimirovich Putin')).id).toBe('putin');
    expect(r.created).toEqual([]);
  });

  it('keeps other full forms of the name on a new stub, not lone surnames', () => {
    const r = new ProfileRegistry([]);
    const p = r.resolve(fig('Kristin Wilkins', ['Kristen Wilkins', 'Wilkins']));
    expect(p.aliases).toEqual(['Kristen Wilkins']);
    expect(r.resolve(fig('Kristen Wilkins')).id).toBe(p.id);
  });
});

describe('profiles across briefings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'profiles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a stub once and never overwrites an edited profile', () => {
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'content');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'a.txt'), 'First\n\nRussian President Vladimir Putin met officials in Moscow on Monday.\n');
    writeFileSync(join(inDir, 'b.txt'), 'Second\n\nPresident Vladimir V. Putin said the talks went well, officials in Moscow said.\n');
    const first = runBrief({ inDir, outDir });
    expect(first.profilesCreated).toEqual(['vladimir-putin']);
    const file = join(outDir, 'figures', 'vladimir-putin.md');
    const edited = '---\nname: Vladimir Putin\naliases: [Putin]\nrole: President of Russia\ndraft: false\n---\n\nAn editor wrote this bio.\n';
    writeFileSync(file, edited);
    writeFileSync(join(inDir, 'c.txt'), 'Third\n\nThe Kremlin said Vladimir Putin would travel to Beijing next week.\n');
    const second = runBrief({ inDir, outDir });
    expect(second.profilesCreated).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(readdirSync(join(outDir, 'figures'))).toEqual(['vladimir-putin.md']);
    const briefings = readdirSync(join(outDir, 'briefings')).map((n) => parseMarkdown(readFileSync(join(outDir, 'briefings', n), 'utf8')).data);
    for (const b of briefings) expect((b.figures as { id: string }[]).map((f) => f.id)).toEqual(['vladimir-putin']);
  });
});
