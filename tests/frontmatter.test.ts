import { describe, expect, it } from 'vitest';
import { isUntouched, parseMarkdown, stringifyGenerated, stringifyMarkdown } from '../src/pipeline/frontmatter.ts';
import { briefingSchema } from '../src/schema/briefing.ts';

const briefing = briefingSchema.parse({
  title: '- Title: with "quotes", #hash, |pipe and > arrows',
  slug: 'title-with-quotes',
  source: { file: 'a.txt', name: 'Wire', url: 'https://example.org/a' },
  date: '2021-10-14',
  summary: 'A summary.\n---\nlayout: evil',
  keyPoints: ['One: two', '{not: yaml}'],
  figures: [{ id: 'jane-doe', name: 'Jane Doe', role: 'mayor', quotes: ['"Yes," she said'], mentions: 3 }],
  glossary: [{ id: 'un', term: 'UN', definition: 'United Nations' }],
});

describe('briefing frontmatter', () => {
  it('round-trips every field through YAML and the schema unchanged', () => {
    const text = stringifyMarkdown(briefing, 'Body text.');
    const back = parseMarkdown(text);
    expect(briefingSchema.parse(back.data)).toEqual(briefing);
    expect(back.body).toBe('Body text.\n');
  });

  it('accepts an unquoted YAML date written by an editor', () => {
    const parsed = briefingSchema.parse({ ...briefing, date: new Date('2021-10-14T00:00:00Z') });
    expect(parsed.date).toBe('2021-10-14');
  });

  it('rejects a broken field and names it', () => {
    const r = briefingSchema.safeParse({ ...briefing, figures: [{ id: 'Bad Id', name: 'X' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['figures', 0, 'id']);
  });

  it('tells a generated file from an edited one', () => {
    const text = stringifyGenerated(briefing, 'Body text.', 'abc');
    const hash = (parseMarkdown(text).data.generator as { contentHash: string }).contentHash;
    expect(isUntouched(text, hash)).toBe(true);
    expect(isUntouched(text.replace('Body text.', 'Body text, corrected.'), hash)).toBe(false);
    expect(isUntouched(text.replace('role: mayor', 'role: former mayor'), hash)).toBe(false);
  });

  it('quotes text that a YAML 1.1 reader (or Astro\'s) would turn into a boolean, date or null', () => {
    const tricky = ['No', 'yes', 'on', 'Off', '2024-01-01', 'null', '~', '12:30', '0x1F', '1_000', '.inf'];
    const text = stringifyMarkdown({ values: tricky }, '');
    for (const t of tricky) expect(text, t).toContain(`- "${t}"`);
    expect(parseMarkdown(text).data.values).toEqual(tricky);
  });
});
