import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown, stringifyMarkdown } from '../src/pipeline/frontmatter.ts';
import { briefingSchema } from '../src/schema/briefing.ts';
import { extraPlaceFilters } from '../src/lib/place-filters.ts';

const ARTICLE = `---
title: Protesters fill Hong Kong streets
source: Example Wire
---

Tens of thousands of protesters marched through Hong Kong on Sunday, police said.

Organisers said the march in Hong Kong was the largest this year. Lee Chan, a student, said she had come from Kowloon.

The US State Department urged calm. A spokesman in Washington said the United States was watching.
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'places-'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'march.md'), ARTICLE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const briefingFile = () => join(dir, 'content', 'briefings', 'protesters-fill-hong-kong-streets.md');
const brief = () => runBrief({ inDir: join(dir, 'seeds'), outDir: join(dir, 'content'), starterGlossary: false });

describe('places in the brief command', () => {
  it('writes the places a story is about, most mentioned first, into the frontmatter', () => {
    brief();
    const { data } = parseMarkdown(readFileSync(briefingFile(), 'utf8'));
    expect(briefingSchema.parse(data).places).toEqual([
      { name: 'Hong Kong', kind: 'country' },
      { name: 'United States', kind: 'country' },
    ]);
  });

  it("keeps an editor's places when the briefing is briefed again", () => {
    brief();
    const { data, body } = parseMarkdown(readFileSync(briefingFile(), 'utf8'));
    const edited = { ...data, places: [{ name: 'Hong Kong', kind: 'country' }, { name: 'Kowloon', kind: 'city' }] };
    writeFileSync(briefingFile(), stringifyMarkdown(edited, body));
    expect(brief().outcomes[0]).toMatchObject({ status: 'kept' });
    expect(parseMarkdown(readFileSync(briefingFile(), 'utf8')).data.places).toEqual(edited.places);
  });
});

describe('the places schema', () => {
  it('names a kind that is not one of the list', () => {
    const result = briefingSchema.safeParse({ title: 'T', slug: 't', source: { file: 't.md' }, places: [{ name: 'Hong Kong', kind: 'territory' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['places', 0, 'kind']);
  });

  it('takes a place an editor added without a kind as a place', () => {
    const parsed = briefingSchema.parse({ title: 'T', slug: 't', source: { file: 't.md' }, places: [{ name: 'Kowloon' }] });
    expect(parsed.places).toEqual([{ name: 'Kowloon', kind: 'place' }]);
  });
});

describe('place filter values of a page', () => {
  it('leaves out places the dateline or a glossary term already offers, under any of their names', () => {
    const places = [{ name: 'European Union' }, { name: 'Moscow' }, { name: 'Hong Kong' }, { name: 'United States' }];
    expect(extraPlaceFilters(places, ['MOSCOW', 'EU', 'U.S.'])).toEqual(['Hong Kong']);
  });

  it('keeps a place the gazetteer does not know, once', () => {
    expect(extraPlaceFilters([{ name: 'Kowloon' }, { name: 'kowloon' }], [])).toEqual(['Kowloon']);
  });
});
