/**
 * The site renders content Markdown with Sätteri and the project's plugins ported to its plugin
 * API (src/plugins/satteri/); the editor's preview still renders with unified and the original
 * rehype plugins. These tests hold the two to the same output, and the Sätteri path to the same
 * safety: pasted HTML cut to a safe subset, and the shortcut that skips sanitizing never skipping
 * a body the sanitizer would change.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from 'satteri';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import rehypeSafeContent from '../src/plugins/rehype-safe-content.ts';
import rehypeParagraphAnchors from '../src/plugins/rehype-paragraph-anchors.ts';
import { annotateContext, withMarks } from '../src/plugins/annotate-context.ts';
import { marksOptions, pluginFieldsOnly, siteFeatures, sitePlugins } from '../src/plugins/satteri/index.ts';
import { contentSchema, mayNeedSanitizing } from '../src/plugins/satteri/safe-content.ts';

const contentDir = 'content';
const annotate = annotateContext(marksOptions({ contentDir }));

const unifiedSite = async () =>
  withMarks(await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, rehypePlugins: [rehypeSafeContent, rehypeParagraphAnchors] }), annotate);
const satteriSite = async () =>
  withMarks(await createSatteriMarkdownProcessor({ syntaxHighlight: false, ...sitePlugins({ contentDir }), features: siteFeatures } as never), annotate);

type Renderer = Awaited<ReturnType<typeof unifiedSite>>;
async function render(processor: Renderer, markdown: string, frontmatter: Record<string, unknown>, path = 'content/briefings/x.md') {
  const { code, metadata } = await processor.render(markdown, { frontmatter: structuredClone(frontmatter), fileURL: pathToFileURL(path) } as never);
  return { code, quoteParagraphs: (metadata.frontmatter as Record<string, unknown>).quoteParagraphs };
}

/**
 * The same HTML written the same way: white space between tags and the spelling of a character
 * reference (`&#x26;` or `&amp;`) are the two serializers' own choices, not content.
 */
function normalised(html: string): string {
  return html
    .replace(/>\s+</g, '><')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => `&#${parseInt(hex, 16)};`)
    .replace(/&amp;/g, '&#38;')
    .replace(/&lt;/g, '&#60;')
    .replace(/&quot;/g, '&#34;')
    .trim();
}

const P = 'window.__hostile=1';
const hostile = [
  `Text <script>${P}</script> and <img src="x" onerror="${P}"> and <b>bold</b> and <a href="https://example.org/" onclick="${P}">ok</a>.`,
  `<div onclick="${P}"><iframe src="javascript:${P}"></iframe><svg onload="${P}"></svg><a href="jav&#x61;script:${P}">x</a></div>`,
  `A [link](javascript:${P}), an ![image](javascript:${P}) and <details open ontoggle="${P}">d</details>.`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${P}"></style></mglyph></table></mtext></math>`,
].join('\n\n');

describe('Sätteri with the site plugins', () => {
  // The safe-HTML cut alone: the image gate, which runs first, would stop this body at its image.
  const sanitizing = () => createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: sitePlugins({ contentDir }).hastPlugins, features: siteFeatures } as never);

  it('removes scripts, frames, SVG, handlers and script URLs from content Markdown, keeping safe markup', async () => {
    const { code } = await render(await sanitizing(), hostile, {});
    const tags = code.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /^<(script|iframe|svg|math|style|object|embed)\b|\son[a-z]+=|javascript:/i.test(t))).toEqual([]);
    expect(code).toContain('<b>bold</b>');
    expect(code).toContain('<a href="https://example.org/">ok</a>');
    // The <style> payload inside <math> is left as text, escaped.
    expect(code).toMatch(/(&lt;|&#x3C;|&#60;)img src=x onerror=/);
  });

  it('renders every briefing of the content folder as the unified pipeline does: same HTML, same quote paragraphs', async () => {
    const [u, s] = [await unifiedSite(), await satteriSite()];
    const dir = join(contentDir, 'briefings');
    const files = readdirSync(dir).filter((n) => n.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const { data, body } = parseMarkdown(readFileSync(join(dir, name), 'utf8'));
      const [a, b] = [await render(u, body, data), await render(s, body, data)];
      expect(normalised(b.code), name).toBe(normalised(a.code));
      expect(b.quoteParagraphs, name).toEqual(a.quoteParagraphs);
      expect(b.code).toMatch(/<p id="p-1">/);
    }
  });

  it('gives headings, links, lists, tables and pasted HTML the same output as the unified pipeline', async () => {
    const [u, s] = [await unifiedSite(), await satteriSite()];
    const figures = [{ id: 'ann-lee', name: 'Ann Lee', role: 'mayor', quotes: ['We will rebuild the bridge by spring'] }];
    const markdown = [
      '## Main',
      'First paragraph, naming Ann Lee and [a source](https://example.org/a?b=1&c=2).',
      '## Main',
      '"We will rebuild the bridge by spring," Lee said, <em>twice</em>.',
      '- one\n- two with `code`',
      '> A quote <span onclick="x()">here</span>.',
    ].join('\n\n');
    const [a, b] = [await render(u, markdown, { figures }), await render(s, markdown, { figures })];
    expect(normalised(b.code)).toBe(normalised(a.code));
    expect(b.quoteParagraphs).toEqual({ 'ann-lee': [2] });
    expect(b.code).toContain('id="section-main-2"');
  });

  it('hands the page, as the body\'s frontmatter, only the fields the plugins wrote, not the entry\'s data again', async () => {
    const site = pluginFieldsOnly(await satteriSite());
    const data = {
      title: 'Bridge',
      figures: [{ id: 'alice-mak', name: 'Alice Mak', role: 'mayor', quotes: ['We will rebuild the bridge by spring'] }],
      unattributedQuotes: [{ text: 'Not before summer', paragraph: 9 }],
    };
    const markdown = 'Alice Mak spoke.\n\n"We will rebuild the bridge by spring," Mak said.\n\nA voice: "Not before summer."';
    const { code, metadata } = await site.render(markdown, { frontmatter: structuredClone(data), fileURL: pathToFileURL('content/briefings/x.md') } as never);
    expect(metadata.frontmatter).toEqual({ quoteParagraphs: { 'alice-mak': [2] }, unattributedParagraphs: [3] });
    // The marks still read the whole frontmatter: the person is linked in the body.
    expect(code).toContain('href="/figures/alice-mak/"');
  });

  it('keeps a table column\'s alignment through the safe-HTML cut, and nothing else of a style', async () => {
    const table = '| a | b |\n|---|:-:|\n| 1 | <i style="color: red">2</i> |';
    const { code } = await render(await satteriSite(), table, {});
    expect(code).toMatch(/<th style="text-align: center;?">b<\/th>/);
    expect(code).toContain('<i>2</i>');
  });

  it('leaves the site\'s own .mdx pages to their authors', async () => {
    const { code } = await render(await satteriSite(), hostile, {}, 'src/pages/about.mdx');
    expect(code).toContain('onerror=');
    expect(code).toContain('<script>');
  });
});

describe('the shortcut past sanitizing', () => {
  /** Markdown of every kind a body may hold, and the hostile corpus's texts line by line. */
  function samples(): string[] {
    const crafted = [
      'Plain words, *emphasis*, **strong**, `code` and ~~struck~~.',
      '# Heading\n\n## Another { #id }\n\nText.',
      '- [ ] task\n- [x] done\n\n1. one\n2. two',
      '| a | b |\n|:--|--:|\n| 1 | 2 |',
      '```js\nconst a = 1;\n```\n\n    indented code',
      'Footnote[^1].\n\n[^1]: The note.',
      '[ref]: https://example.org\n\nSee [ref] and [text][ref].',
      'An autolink <https://example.org> and www.example.org and a@b.org and https://example.org.',
      'Line  \nbreak, and a \\*literal\\* and &amp; &copy; &#60;b&#62;.',
      '---\n\n> quoted\n> > nested',
      '![alt](image.png "title") and [x](javascript:alert(1)) and [y](<javascript:alert(1)>)',
    ];
    const dir = 'corpora/hostile/dev';
    const hostileTexts = readdirSync(dir)
      .filter((n) => /\.(txt|md)$/.test(n))
      .flatMap((n) => readFileSync(join(dir, n), 'utf8').split(/\n\s*\n/).slice(0, 200));
    return [...crafted, ...crafted.join('\n\n').split('\n'), ...hostileTexts];
  }

  it('skips only bodies whose tree the sanitizer would leave exactly as it is', () => {
    let skipped = 0;
    for (const markdown of samples()) {
      if (mayNeedSanitizing(markdown)) continue;
      skipped++;
      const tree = markdownToHast(markdown, { features: siteFeatures } as never) as Root;
      expect(toHtml(sanitize(structuredClone(tree), contentSchema) as Root), markdown).toBe(toHtml(tree));
    }
    // The check must have had bodies to check, or it proves nothing.
    expect(skipped).toBeGreaterThan(20);
  });

  it('sends on every body with HTML, a link, an image, a footnote definition or a bare address', () => {
    for (const markdown of ['a <b>b</b>', '[x](y)', '![x](y)', '[^1]: n', '[r]: https://e.org', 'see www.e.org', 'mail a@b.org', 'https://e.org', '&#60;'])
      expect(mayNeedSanitizing(markdown), markdown).toBe(true);
  });
});
