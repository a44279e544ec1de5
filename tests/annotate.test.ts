import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { annotateContext, withMarks, type AnnotateOptions } from '../src/plugins/annotate-context.ts';
import { siteFeatures } from '../src/plugins/satteri/index.ts';
import type { GlossaryRecord } from '../src/pipeline/glossary/index.ts';

const CIS: GlossaryRecord = {
  id: 'cis',
  term: 'CIS',
  definition: 'The Commonwealth of Independent States.',
  aliases: ['Commonwealth of Independent States'],
  kind: 'organisation',
  draft: false,
  caseSensitive: true,
};

const frontmatter = {
  glossary: [
    { id: 'un', term: 'UN', definition: 'The United Nations.' },
    { id: 'un-security-council', term: 'UN Security Council', definition: 'The UN body for peace and security.' },
    { id: 'cis', term: 'CIS', definition: CIS.definition },
  ],
  figures: [{ id: 'sergey-lavrov', name: 'Sergey Lavrov', role: 'Russian foreign minister' }],
};

/** A Markdown renderer as Astro builds one, with the marks plugin (`options`) or without (null). */
type Engine = (options: AnnotateOptions | null) => Promise<{ render: (md: string, opts: { frontmatter?: Record<string, unknown> }) => Promise<{ code: string }> }>;

/** The site renders with Sätteri; the editor's preview with unified. Both must mark alike. */
const engines: [string, Engine][] = [
  [
    'unified',
    async (options) => {
      const renderer = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false });
      return options ? withMarks(renderer, annotateContext(options)) : renderer;
    },
  ],
  [
    'Sätteri',
    async (options) => {
      const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false, features: siteFeatures } as never);
      return options ? withMarks(renderer as never, annotateContext(options)) : renderer;
    },
  ],
];

/** The words a reader sees, without tags. */
const words = (html: string) => html.replace(/<[^>]+>/g, '');
const marks = (html: string) => [...html.matchAll(/<a class="annotation[^"]*" href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]} -> ${m[1]}`);

describe.each(engines)('the marks of terms and people (%s)', (_name, engine) => {
  async function render(markdown: string, fm: Record<string, unknown> | null = frontmatter, options: AnnotateOptions = { glossary: [CIS] }) {
    return (await (await engine(options)).render(markdown, fm ? { frontmatter: fm } : {})).code;
  }
  async function plain(markdown: string) {
    return (await (await engine(null)).render(markdown, {})).code;
  }

  it('marks the first mention of each term and person with a link and an explanation', async () => {
    const html = await render('The CIS met. Sergey Lavrov spoke; the CIS and Lavrov agreed.');
    expect(marks(html)).toEqual(['CIS -> /glossary/cis/', 'Sergey Lavrov -> /figures/sergey-lavrov/']);
    // Described by the definition and the person's entry that the page's side panel carries.
    expect(html).toContain('aria-describedby="term-cis"');
    expect(html).toContain('aria-describedby="person-sergey-lavrov"');
    expect(html).toContain('data-note="CIS: The Commonwealth of Independent States."');
    expect(html).toContain('data-note="Sergey Lavrov: Russian foreign minister"');
  });

  it('finds a term by an alias from the glossary folder, and a person by surname', async () => {
    const html = await render('Lavrov met the Commonwealth of Independent States (CIS) ministers.');
    expect(marks(html)).toEqual(['Lavrov -> /figures/sergey-lavrov/', 'Commonwealth of Independent States -> /glossary/cis/']);
  });

  it('marks nothing inside a link or a heading, and marks the next mention instead', async () => {
    const md = '## The UN and Lavrov\n\nSee [the UN site and Lavrov](https://example.org).\n\nLater the UN and Lavrov met.\n';
    const html = await render(md);
    expect(html).toMatch(/<h2[^>]*>The UN and Lavrov<\/h2>/);
    expect(html).toContain('<a href="https://example.org">the UN site and Lavrov</a>');
    expect(marks(html)).toEqual(['UN -> /glossary/un/', 'Lavrov -> /figures/sergey-lavrov/']);
    expect(html).toMatch(/<p[^>]*>Later the <a class="annotation/);
  });

  it('marks the longer of overlapping terms, then the shorter where it stands alone', async () => {
    const html = await render('The UN Security Council met. The UN agreed.');
    expect(marks(html)).toEqual(['UN Security Council -> /glossary/un-security-council/', 'UN -> /glossary/un/']);
  });

  it('leaves a possessive ending outside the mark', async () => {
    const html = await render("Lavrov's remarks and the UN's reply.");
    expect(html).toContain(">Lavrov</a>'s remarks");
    expect(html).toContain(">UN</a>'s reply");
    expect(await render('Lavrov’s remarks.')).toContain('>Lavrov</a>’s remarks');
  });

  it('never changes the words of the text', async () => {
    const md = "## The UN\n\nThe UN Security Council met; Sergey Lavrov's CIS colleagues and the *UN* agreed.\n\n> Lavrov quoted the UN.\n";
    expect(words(await render(md))).toBe(words(await plain(md)));
  });

  it('honours the base path and ignores a briefing with no terms or people', async () => {
    const html = await render('The UN met.', frontmatter, { base: '/briefings', glossary: [] });
    expect(marks(html)).toEqual(['UN -> /briefings/glossary/un/']);
    expect(await render('The UN met.', null)).toBe(await plain('The UN met.'));
    expect(await render('The UN met.', { glossary: [], figures: [] })).toBe(await plain('The UN met.'));
  });

  it('matches acronyms only in capitals and people only by their written names', async () => {
    const html = await render('Let us talk about the un-named lavrov file.', frontmatter);
    expect(marks(html)).toEqual([]);
  });

  it('links only to entries and profiles that exist in the content folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
    try {
      mkdirSync(join(dir, 'glossary'));
      mkdirSync(join(dir, 'figures'));
      writeFileSync(join(dir, 'glossary', 'cis.md'), '---\nterm: CIS\ndefinition: The Commonwealth of Independent States.\naliases: [Commonwealth of Independent States]\n---\n');
      const options = { glossaryDir: join(dir, 'glossary'), figuresDir: join(dir, 'figures') };
      const html = await render('The UN and the Commonwealth of Independent States (CIS) heard Sergey Lavrov.', frontmatter, options);
      expect(marks(html)).toEqual(['Commonwealth of Independent States -> /glossary/cis/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('links only people who have a page when told who does, leaving the others as plain words', async () => {
    const fm = { ...frontmatter, figures: [...frontmatter.figures, { id: 'ann-passing', name: 'Ann Passing', role: '' }] };
    const text = 'Sergey Lavrov met Ann Passing at the CIS.';
    const html = await render(text, fm, { glossary: [CIS], figurePages: new Set(['sergey-lavrov']) });
    expect(marks(html)).toEqual(['Sergey Lavrov -> /figures/sergey-lavrov/', 'CIS -> /glossary/cis/']);
    expect(words(html)).toBe(words(await plain(text)));
    expect(marks(await render(text, fm, { glossary: [CIS], figurePages: new Set() }))).toEqual(['CIS -> /glossary/cis/']);
  });
});
