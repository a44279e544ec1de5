import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/pipeline/parse-source.ts';
import { SourceError } from '../src/pipeline/errors.ts';

describe('parseSource: .txt', () => {
  it('takes the first line as the title and blank-line separated paragraphs as the body', () => {
    const a = parseSource('a.txt', 'A title\n\nFirst paragraph,\nwrapped.\n\nSecond paragraph.');
    expect(a.title).toBe('A title');
    expect(a.blocks).toEqual([
      { kind: 'paragraph', text: 'First paragraph, wrapped.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
    ]);
  });

  it('treats a short standalone line without closing punctuation as a subheading', () => {
    const a = parseSource('a.txt', 'T\n\nOne sentence here.\n\nTalks resume in Geneva\n\nMore text.');
    expect(a.blocks[1]).toEqual({ kind: 'heading', text: 'Talks resume in Geneva' });
  });

  it('rejects a title with no body, naming the file', () => {
    expect(() => parseSource('t.txt', 'Only a title\n')).toThrow(SourceError);
    expect(() => parseSource('t.txt', 'Only a title\n')).toThrow(/^t\.txt: .*no text/);
  });
});

describe('parseSource: .md', () => {
  const md = (fm: string, body = 'Some body text.') => `---\n${fm}\n---\n\n${body}\n`;

  it('reads title, url, source, license and author from the frontmatter', () => {
    const a = parseSource(
      'w.md',
      md('title: "Quake hits: 3 dead"\nurl: https://example.org/q\nsource: Wikinews\nlicense: CC BY 2.5\nauthor: Wikinews contributors'),
    );
    expect(a.title).toBe('Quake hits: 3 dead');
    expect(a.meta).toEqual({ url: 'https://example.org/q', source: 'Wikinews', license: 'CC BY 2.5', author: 'Wikinews contributors' });
  });

  it('turns Markdown into plain blocks and keeps raw HTML as text', () => {
    const a = parseSource('w.md', md('title: T', '## Sub\n\nA *b* [link](http://x).\n\n<div onclick="x()">hi</div>'));
    expect(a.blocks).toEqual([
      { kind: 'heading', text: 'Sub' },
      { kind: 'paragraph', text: 'A b link.' },
      { kind: 'paragraph', text: '<div onclick="x()">hi</div>' },
    ]);
  });

  it.each([
    ['unclosed frontmatter', '---\ntitle: T\n\nBody', /never closed/],
    ['invalid YAML', md('title: [unclosed'), /not valid YAML/],
    ['missing title', md('source: X'), /"title"/],
    ['wrongly typed url', md('title: T\nurl: 12'), /url/],
    ['a date that is not a date', md('title: T\ndate: yes'), /date/],
  ])('rejects %s with a clear reason', (_, text, reason) => {
    expect(() => parseSource('bad.md', text)).toThrow(reason);
  });

  it('does not count paragraphs of invisible characters or punctuation as text', () => {
    expect(() => parseSource('t.txt', 'A title\n\n\u200b\u200d\n\n\u00a0\n\n* * *\n')).toThrow(/no text/);
    const a = parseSource('t.txt', 'A title\n\n\u200b\n\nReal text.\n\n---\n');
    expect(a.blocks).toEqual([{ kind: 'paragraph', text: 'Real text.' }]);
  });
});
