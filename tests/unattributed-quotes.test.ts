/**
 * Precision first for quotes: a quote the article gives no one for sure (its speaker unnamed, a
 * name two people share, or only the nearest name as a guess) is written to the briefing's
 * `unattributedQuotes` with its paragraph, never under a guessed person; an editor who moves one
 * to its speaker keeps that edit through later runs, and `npm run check` notices a copy left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleOf } from './helpers/people.ts';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown, stringifyMarkdown } from '../src/pipeline/frontmatter.ts';
import { checkContent } from '../src/check/index.ts';
import { describeChanges } from '../src/lib/revisions.ts';
import { briefingSchema } from '../src/schema/briefing.ts';
import rehypeParagraphAnchors from '../src/plugins/rehype-paragraph-anchors.ts';
import type { Root } from 'hast';

const RIVER = 'We have never seen the river this high in forty years';

describe('quotes with no confident speaker', () => {
  it('keeps a quote whose speaker’s name fits two people out of both, as unattributed', () => {
    const r = peopleOf('Tom Price-Jones and Gareth Price-Jones run the dairy near Brecon.', `"${RIVER}," Price-Jones said.`);
    expect(r.figures.map((f) => f.name).sort()).toEqual(['Gareth Price-Jones', 'Tom Price-Jones']);
    for (const f of r.figures) expect(f.quotes).toEqual([]);
    expect(r.unattributed).toEqual([{ text: RIVER, paragraph: 1, why: 'ambiguous', confidence: 0 }]);
  });

  it('keeps a quote from an unnamed source, with its paragraph, and not under the person named before it', () => {
    const r = peopleOf('Mayor Ann Pryce visited the flooded street on Monday.', 'Residents were angry.', '"The water came up through the floor in minutes," one resident said.');
    expect(r.figures.find((f) => f.name === 'Ann Pryce')?.quotes).toEqual([]);
    expect(r.unattributed).toEqual([{ text: 'The water came up through the floor in minutes', paragraph: 2, why: 'unnamed', confidence: 0 }]);
  });

  it('keeps a quote given only by the nearest name as unsure, naming the guess', () => {
    const r = peopleOf('Mayor Ann Pryce visited the flooded street on Monday. "This is the worst damage the town has seen in fifty years."');
    expect(r.unattributed).toMatchObject([{ paragraph: 0, why: 'unsure', cue: 'nearest', guess: 'Ann Pryce' }]);
  });

  it('leaves out scare quotes and titles, and a quote it does give to its speaker', () => {
    const r = peopleOf('The council called the plan "very bold" and screened "Cowboys and Indians" at the hall.', `"${RIVER}," said Mayor Ann Pryce.`);
    expect(r.figures.find((f) => f.name === 'Ann Pryce')?.quotes).toEqual([RIVER]);
    expect(r.unattributed).toEqual([]);
  });
});

describe('unattributedQuotes in the briefing', () => {
  let dir: string;
  let seeds: string;
  let content: string;
  const ARTICLE = [
    'Flood waters reach Brecon dairy',
    '',
    'Date: 2030-03-01',
    '',
    'Tom Price-Jones and Gareth Price-Jones run the dairy near Brecon, where the River Usk burst its banks on Sunday.',
    '',
    `"${RIVER}," Price-Jones said.`,
    '',
    'The county council said the road to the farm would stay closed until Wednesday while engineers checked the bridge.',
    '',
  ].join('\n');
  const file = () => join(content, 'briefings', readdirSync(join(content, 'briefings'))[0]!);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'unattributed-'));
    seeds = join(dir, 'seeds');
    content = join(dir, 'content');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'flood.txt'), ARTICLE);
    runBrief({ inDir: seeds, outDir: content });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the quote with the number of the paragraph that holds it, through the briefing schema', () => {
    const { data, body } = parseMarkdown(readFileSync(file(), 'utf8'));
    const briefing = briefingSchema.parse(data);
    expect(briefing.unattributedQuotes).toEqual([{ text: RIVER, paragraph: 2 }]);
    expect(briefing.figures.flatMap((f) => f.quotes)).toEqual([]);
    expect(body.split(/\n\n+/).filter((p) => !p.startsWith('#'))[1]).toContain(RIVER);
    expect(checkContent(content).problems).toEqual([]);
  });

  it('keeps an editor’s move of the quote to its speaker when the article is briefed again', () => {
    const { data, body } = parseMarkdown(readFileSync(file(), 'utf8'));
    const moved = structuredClone(data) as Record<string, any>;
    moved.figures.find((f: { name: string }) => f.name === 'Tom Price-Jones').quotes = [RIVER];
    moved.unattributedQuotes = [];
    const edited = stringifyMarkdown(moved, body);
    writeFileSync(file(), edited);
    writeFileSync(join(seeds, 'flood.txt'), `${ARTICLE}\nA late paragraph about the clean-up was added by the paper on Monday.\n`);
    const report = runBrief({ inDir: seeds, outDir: content });
    expect(report.outcomes[0]).toMatchObject({ status: 'kept', sourceChanged: true });
    expect(readFileSync(file(), 'utf8')).toBe(edited);
    expect(checkContent(content).problems).toEqual([]);
    expect(describeChanges(data, moved)).toEqual([`Added a quote from Tom Price-Jones: “${RIVER}”`]);
  });

  it('check warns about a quote left both under a person and unattributed, and a paragraph past the text', () => {
    const { data, body } = parseMarkdown(readFileSync(file(), 'utf8'));
    const copy = structuredClone(data) as Record<string, any>;
    copy.unattributedQuotes = [{ text: RIVER, paragraph: 2 }, { text: 'Words from a paragraph that is not there', paragraph: 40 }];
    writeFileSync(file(), stringifyMarkdown(copy, body));
    const problems = checkContent(content).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['unattributedQuotes › #1', expect.stringMatching(/is also one of Tom Price-Jones's quotes: remove it from unattributedQuotes/)],
      ['unattributedQuotes › #2 › paragraph', expect.stringMatching(/points to paragraph 40, but the text has \d paragraphs/)],
    ]);
  });

  it('says when an editor withdrew an unattributed quote', () => {
    expect(describeChanges({ unattributedQuotes: [{ text: RIVER }] }, { unattributedQuotes: [] })).toEqual([`Removed a quote with no stated speaker: “${RIVER}”`]);
  });
});

describe('the page’s paragraph links for unattributed quotes', () => {
  const tree = (...texts: string[]): Root => ({
    type: 'root',
    children: texts.map((value) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] })),
  });

  it('finds each quote in the rendered text, else keeps the written number when the text has that paragraph', () => {
    const frontmatter: Record<string, unknown> = {
      figures: [],
      unattributedQuotes: [
        { text: 'The water came up through the floor in minutes', paragraph: 1 },
        { text: 'Words an editor shortened', paragraph: 2 },
        { text: 'Words an editor shortened again', paragraph: 9 },
      ],
    };
    rehypeParagraphAnchors()(tree('Residents were angry.', 'Later: "The water came up through the floor in minutes," one said.'), { data: { astro: { frontmatter } } });
    expect(frontmatter.unattributedParagraphs).toEqual([2, 2, null]);
  });
});
