/**
 * The marks are put into a body's rendered HTML as a string (src/plugins/html-text.ts and
 * annotate-marks.ts): here, the reading of that HTML — which runs of text are open to marks,
 * character references, markup a serializer may write — and marks whose words are written with
 * references.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributeValue, decodeRun, textRuns } from '../src/plugins/html-text.ts';
import { markHtml } from '../src/plugins/annotate-marks.ts';
import { renderBody } from '../src/cms/render-body.ts';

const SKIP = new Set(['a', 'h2', 'code', 'script', 'style', 'svg']);
const runs = (html: string) => [...textRuns(html, SKIP)].map(([s, e]) => html.slice(s, e));

describe('the runs of text of rendered HTML', () => {
  it('gives the text outside skipped elements, in document order', () => {
    expect(runs('<p>One <a href="/x">two</a> three <em>four</em></p><h2>five</h2>six')).toEqual(['One ', ' three ', 'four', 'six']);
  });

  it('counts nested skipped elements, so text after an inner end tag is still inside the outer one', () => {
    expect(runs('<code>a <a href="/">b</a> c</code> d')).toEqual([' d']);
  });

  it('reads a ">" inside a quoted attribute value as part of the tag', () => {
    expect(runs('<p title="a > b" data-x=\'c > d\'>text</p>')).toEqual(['text']);
  });

  it('passes over comments, void elements and self-closed foreign elements', () => {
    expect(runs('<p>a<!-- <a> not a tag -->b<br>c<img src="x.png" alt="y">d</p><svg><path/></svg>e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never reads inside a raw-text element, even where its content looks like markup', () => {
    expect(runs('<style>p::after { content: "</p><p>x" }</style>after')).toEqual(['after']);
    expect(runs('<script>if (a < b) x = "<a>";</script>after')).toEqual(['after']);
  });
});

describe('character references in a run', () => {
  it('reads named, decimal and hexadecimal references, and maps each character back to the run', () => {
    const { text, rawAt } = decodeRun('AT&amp;T &#8212; caf&#xE9;');
    expect(text).toBe('AT&T — café');
    // The "&" stands at 2 in the run, the "T" after it at 7, the dash's reference at 9.
    expect([rawAt![2], rawAt![3], rawAt![5]]).toEqual([2, 7, 9]);
    expect(rawAt!.at(-1)).toBe('AT&amp;T &#8212; caf&#xE9;'.length);
    // A character outside the Basic Multilingual Plane is two code units, both from one reference.
    expect(decodeRun('&#x1F600;x').rawAt).toEqual([0, 0, 9, 10]);
  });

  it('leaves an ampersand that starts no known reference as it is', () => {
    expect(decodeRun('R&D and &notareference; and &').text).toBe('R&D and &notareference; and &');
  });

  it('writes a value that leaves a double-quoted attribute whole', () => {
    expect(attributeValue(`Tunisia's "keeper" <b> & co`)).toBe('Tunisia&#x27;s &quot;keeper&quot; &lt;b&gt; &amp; co');
  });
});

describe('marks in HTML with references', () => {
  const context = { base: '/', aliases: new Map(), exists: { term: () => true, figure: () => true } };
  const frontmatter = {
    glossary: [{ id: 'procter-gamble', term: 'Procter & Gamble', definition: 'A US maker of household goods.' }],
    figures: [{ id: 'zoe-adams', name: 'Zoë Adams', role: "the firm's chief" }],
  };

  it('finds a form in text the serializer wrote with references, and wraps the words as written', () => {
    const html = '<p>Procter &amp; Gamble named Zo&#xEB; Adams.</p>';
    const marked = markHtml(html, frontmatter, context);
    expect(marked).toContain('>Procter &amp; Gamble</a>');
    expect(marked).toContain('>Zo&#xEB; Adams</a>');
    expect(marked).toContain('data-note="Zoë Adams: the firm&#x27;s chief"');
    expect(marked.replace(/<a class="annotation[^>]*>|<\/a>/g, '')).toBe(html);
  });

  it('changes nothing but the marks, whatever the HTML around the words', () => {
    const piece = fc.constantFrom('Procter &amp; Gamble', 'Zoë Adams', 'Adams', ' and ', '<em>', '</em>', '<a href="/">', '</a>', '&lt;', '<br>', '<!-- c -->', ', ', 'Zo&#235; Adams');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        // Balance the generated links and emphases so the HTML is as a serializer writes it.
        let html = '';
        const open: string[] = [];
        for (const p of pieces) {
          if (p === '</em>' || p === '</a>') {
            if (open.at(-1) === p) html += open.pop();
          } else if (p === '<em>' || p === '<a href="/">') {
            if (!open.length) (html += p), open.push(p === '<em>' ? '</em>' : '</a>');
          } else html += p;
        }
        html = `<p>${html}${open.reverse().join('')}</p>`;
        const marked = markHtml(html, frontmatter, context);
        // Taking the marks' tags out gives back the HTML exactly.
        const unmarked = marked.replace(/<a class="annotation[^"]*" href="[^"]*" aria-describedby="[^"]*" data-note="[^"]*">([^<]*)<\/a>/g, '$1');
        expect(unmarked).toBe(html);
        // At most one mark per target, and none inside a link.
        expect((marked.match(/annotation-figure/g) ?? []).length).toBeLessThanOrEqual(1);
        for (const [, inside] of marked.matchAll(/<a href="\/">([^]*?)<\/a>/g)) expect(inside).not.toContain('annotation');
      }),
      { numRuns: 500 },
    );
  });
});

describe("the editor's preview", () => {
  it('marks the first mention of a term and a person in the body it renders, after the paragraph anchors', () => {
    const html = renderBody(
      'The UN met.\n\nSergey Lavrov spoke at the UN, and Lavrov left.',
      { glossary: [{ id: 'un', term: 'UN', definition: 'The United Nations.' }], figures: [{ id: 'sergey-lavrov', name: 'Sergey Lavrov' }] },
      { base: '/site/', glossary: [{ id: 'un', term: 'UN', definition: 'The United Nations.', aliases: [], kind: 'organisation', draft: false, caseSensitive: true }], figureIds: ['sergey-lavrov'] },
    );
    expect(html).toContain('<p id="p-1">The <a class="annotation annotation-term" href="/site/glossary/un/"');
    expect(html).toContain('<p id="p-2"><a class="annotation annotation-figure" href="/site/figures/sergey-lavrov/"');
    expect(html.match(/class="annotation/g)).toHaveLength(2);
  });
});
