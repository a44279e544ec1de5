/**
 * Markdown in and out. A `.md` source is parsed with remark and reduced to plain blocks of text;
 * a briefing body is written back with remark-stringify, which escapes whatever would otherwise
 * turn source text into Markdown or HTML syntax. Raw HTML in a source therefore ends up as
 * visible text, never as markup.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { toString } from 'mdast-util-to-string';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Block } from './parse-source.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
const stringifier = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).use(remarkGfm);

/** Markdown body to blocks of plain text: headings stay headings, everything else becomes paragraphs. */
export function fromMarkdown(markdown: string): Block[] {
  const tree = parser.parse(markdown) as Root;
  const blocks: Block[] = [];
  const push = (kind: Block['kind'], text: string, bold = false) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(bold ? { kind, text: t, bold: true } : { kind, text: t });
  };
  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'heading':
        push('heading', toString(node));
        break;
      case 'list':
        for (const item of node.children) push('paragraph', toString(item, { includeHtml: true }));
        break;
      case 'blockquote':
        for (const child of node.children) visit(child);
        break;
      case 'html':
      case 'code':
        // Shown as text: the source's markup is content to read, never markup to run.
        for (const para of node.value.split(/\n\s*\n/)) push('paragraph', para);
        break;
      case 'definition':
      case 'thematicBreak':
      case 'yaml' as string:
        break;
      case 'paragraph':
        push('paragraph', toString(node, { includeHtml: true }), wholeBold(node));
        break;
      default:
        push('paragraph', toString(node, { includeHtml: true }));
    }
  };
  for (const node of tree.children) visit(node);
  return blocks;
}

/** Is every word of a paragraph inside bold (`**Why did you close it?**`), blank text around it aside? */
function wholeBold(node: Paragraph): boolean {
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length > 0 && parts.every((c) => c.type === 'strong');
}

/** Blocks of plain text to a Markdown body in which every character stays literal text. */
export function toMarkdown(blocks: Block[]): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map((b) =>
      b.kind === 'heading'
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
        : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
    ),
  };
  return String(stringifier.stringify(tree));
}
