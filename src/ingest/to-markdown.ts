/**
 * Article HTML to Markdown through the unified tools the project already uses: rehype-parse reads
 * the HTML, rehype-remark (hast-util-to-mdast) maps it to Markdown's tree, and remark-stringify
 * writes it. Paragraphs, headings, block quotes, lists and tables are kept; links keep their text
 * and address; images and anything left that is not text are dropped.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root as MdRoot, Nodes as MdNodes } from 'mdast';

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark)
  .use(() => (tree: MdRoot) => dropImages(tree))
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true });

/** An HTML fragment as Markdown text. */
export function htmlToMarkdown(html: string): string {
  return String(processor.processSync(html)).trim();
}

/** Remove image nodes and paragraphs they leave empty. */
function dropImages(node: MdNodes): void {
  if (!('children' in node)) return;
  node.children = (node.children as MdNodes[]).filter((c) => c.type !== 'image' && c.type !== 'imageReference') as typeof node.children;
  for (const c of node.children as MdNodes[]) dropImages(c);
  node.children = (node.children as MdNodes[]).filter(
    (c) => !(c.type === 'paragraph' && c.children.every((t) => t.type === 'text' && !t.value.trim())),
  ) as typeof node.children;
}

/** Plain text paragraphs as Markdown (for text that arrives without markup, such as JSON-LD). */
export function textToMarkdown(text: string): string {
  const paras = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const html = paras.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  return htmlToMarkdown(html);
}
