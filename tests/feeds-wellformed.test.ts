/**
 * Every feed the site writes is well-formed whatever a briefing holds: rss.xml is checked with a
 * strict XML 1.0 parser (saxes), feed.json with JSON.parse, first on random and
 * adversarial text (property-based, with fast-check) through the same item code the pages use,
 * then on a real build of a hostile content folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getRssString } from '@astrojs/rss';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedItem, rssItem } from '../src/lib/feed.ts';
import { briefingSchema, type Briefing } from '../src/schema/briefing.ts';
import { buildSite } from './helpers/site.ts';
import { xmlErrors, xmlTexts } from './helpers/xml.ts';

/** Characters XML 1.0 cannot carry, and C1 controls. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text mixing ordinary words with what breaks XML and HTML: controls, lone surrogates, CDATA ends, markup. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('\u0000', '\u0001', '\u001b[31m', '\u0085', '\uFFFE', '\uD800', '\uDC00', ']]>', '<script>alert(1)</script>', '&amp;', '&#0;', '\u202e', '😀', '"\'<>&'),
      fc.string({ maxLength: 30 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => `x${parts.join('')}`);

type BriefingRecord = { title: string; summary: string; keyPoints: string[]; name: string; author: string; license: string; person: string };

const briefingArb: fc.Arbitrary<BriefingRecord> = fc.record({
  title: hostileText,
  summary: hostileText,
  keyPoints: fc.array(hostileText, { maxLength: 3 }),
  name: hostileText,
  author: hostileText,
  license: hostileText,
  person: hostileText,
});

function toBriefing(r: BriefingRecord): Briefing {
  return {
    ...briefingSchema.parse({ title: 'placeholder', slug: 'a-b', source: { file: 'a.txt' } }),
    title: r.title,
    summary: r.summary,
    keyPoints: r.keyPoints,
    source: { file: 'a.txt', name: r.name, author: r.author, license: r.license, url: 'https://example.org/a?b=1&c=2' },
    figures: [{ id: 'p', name: r.person, role: '', quotes: [], mentions: 1 }],
    date: '2024-02-29',
  };
}

describe('feeds on random and adversarial text (property-based)', () => {
  it('rss-wellformed: the RSS the site writes is well-formed XML for any briefing text, and shows no live markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(briefingArb, { minLength: 1, maxLength: 3 }), async (records) => {
        const xml = await getRssString({
          title: 'Briefings',
          description: 'Test',
          site: 'https://briefings.example.org/',
          items: records.map((r, i) => rssItem(toBriefing(r), `https://briefings.example.org/briefings/b-${i}/`)),
        });
        expect(xmlErrors(xml)).toEqual([]);
        expect(xmlTexts(xml, 'item')).toHaveLength(records.length);
        // The description is HTML text for feed readers: once XML-decoded, it has no tag.
        for (const description of xmlTexts(xml, 'description').slice(1)) expect(description).not.toMatch(/<[a-z/!]/i);
      }),
      { numRuns: 200 },
    );
  });

  it('json-feed-wellformed: feed items carry no character XML or JSON readers choke on', () => {
    fc.assert(
      fc.property(briefingArb, (r) => {
        const item = feedItem(toBriefing(r), 'https://briefings.example.org/briefings/a-b/');
        const json = JSON.stringify(item);
        expect(() => JSON.parse(json)).not.toThrow();
        for (const text of [item.title, item.summary, item.text, ...item.people]) expect(text).not.toMatch(NOT_XML);
      }),
      { numRuns: 300 },
    );
  });
});

describe('feeds of a real build', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'feeds-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('control-characters-in-feed: briefings whose YAML escapes hold controls, lone surrogates and "]]>" still give a valid rss.xml and feed.json', () => {
    const content = join(scratch, 'content');
    for (const d of ['briefings', 'figures', 'glossary']) mkdirSync(join(content, d), { recursive: true });
    const fields = [
      'title: "Budget\\u0001 approved\\u001b[31m ]]> <b>"',
      'slug: budget',
      'source:',
      '  file: budget.txt',
      '  name: "Example\\u0085 News\\uFFFE"',
      '  author: "Jane\\uD800 Reporter"',
      '  license: "CC BY\\u000b 4.0"',
      'date: 2024-10-14',
      'summary: "The council\\u0007 approved <script>alert(1)</script> its budget."',
      'keyPoints:',
      '  - "A point\\u0002 with ]]> in it."',
    ];
    writeFileSync(join(content, 'briefings', 'budget.md'), `---\n${fields.join('\n')}\n---\n\nThe council approved its budget.\n`);
    const dist = join(scratch, 'dist');
    buildSite(content, dist);
    const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(xmlErrors(xml)).toEqual([]);
    expect(xmlTexts(xml, 'title')).toContain('Budget approved[31m ]]> <b>');
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
    expect(feed.items[0].title).toBe('Budget approved[31m ]]> <b>');
    expect(JSON.stringify(feed)).not.toMatch(/\\u000[0-9a-b]|\\ud800/i);
  });
});
