/**
 * The site's second line of defence: raw HTML in content Markdown (pasted by an editor) is cut to
 * a safe subset before the project's own rehype plugins run; the site's .mdx pages are left alone.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeSafeContent from '../src/plugins/rehype-safe-content.ts';

const P = 'window.__hostile=1';
const markdown = [
  `Text <script>${P}</script> and <img src="x" onerror="${P}"> and <b>bold</b> and <a href="https://example.org/" onclick="${P}">ok</a>.`,
  `<div onclick="${P}"><iframe src="javascript:${P}"></iframe><svg onload="${P}"></svg><a href="jav&#x61;script:${P}">x</a></div>`,
  `A [link](javascript:${P}), an ![image](javascript:${P}) and <details open ontoggle="${P}">d</details>.`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${P}"></style></mglyph></table></mtext></math>`,
].join('\n\n');

function render(path: string): string {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeContent).use(rehypeStringify, { allowDangerousHtml: true });
  return String(processor.processSync(new VFile({ path, value: markdown })));
}

describe('rehype-safe-content', () => {
  it('removes scripts, frames, SVG, handlers and script URLs from content Markdown', () => {
    const html = render('content/briefings/x.md');
    // Tags only: the <style> payload inside <math> survives as escaped text ("&#x3C;img …"), which is fine.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /^<(script|iframe|svg|math|style|object|embed)\b|\son[a-z]+=|javascript:/i.test(t))).toEqual([]);
    expect(html).toContain('&#x3C;img src=x onerror=');
    expect(html).toContain('<b>bold</b>');
    expect(html).toContain('<a href="https://example.org/">ok</a>');
  });

  it('leaves the site\'s own .mdx pages to their authors', () => {
    expect(render('src/pages/about.mdx')).toContain('<script>');
  });
});
