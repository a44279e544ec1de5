/**
 * rehype plugin: give every top-level paragraph of a briefing body a stable anchor, `p-1`, `p-2`, …
 * in order, so key points can link to the paragraph they come from. The brief command numbers
 * paragraphs the same way (src/pipeline/article.ts), so the anchors and the links agree.
 *
 * Headings get ids of their own, `section-<words>`: left to Astro, a heading "Main" or "P 1"
 * would take the id of the page's `<main id="main">` or of a paragraph anchor, and links to
 * either would jump to the wrong place.
 *
 * It also finds the paragraph that holds each quote of the briefing's people and hands the numbers
 * to the page through Astro's plugin frontmatter (`remarkPluginFrontmatter.quoteParagraphs`, figure
 * id → one number or null per quote), so a quote links to its context without the page having to
 * keep or re-parse the raw Markdown. Likewise `unattributedParagraphs`, one number or null per
 * entry of the briefing's `unattributedQuotes`.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { slugify } from '../pipeline/slug.ts';
import { comparable, quoteParagraphs } from '../lib/quote-paragraphs.ts';

interface FileData {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export default function rehypeParagraphAnchors() {
  return (tree: Root, file: FileData) => {
    let n = 0;
    const texts: string[] = [];
    const used = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p') {
        n++;
        node.properties = { ...node.properties, id: `p-${n}` };
        texts.push(comparable(toString(node)));
      } else if (/^h[1-6]$/.test(node.tagName)) {
        node.properties = { ...node.properties, id: sectionId(node, used) };
      }
    }
    const frontmatter = file.data.astro?.frontmatter;
    const figures = frontmatter?.figures;
    if (!frontmatter || !Array.isArray(figures)) return;
    const found: Record<string, (number | null)[]> = {};
    for (const f of figures as { id?: unknown; quotes?: unknown }[]) {
      if (typeof f?.id !== 'string' || !Array.isArray(f.quotes) || !f.quotes.length) continue;
      found[f.id] = quoteParagraphs(f.quotes.map(String), texts).map((p) => p ?? null);
    }
    frontmatter.quoteParagraphs = found;
    // Quotes with no confident speaker link to their paragraph the same way: found in the text
    // when they can be (an editor may have renumbered it), else the number the brief command wrote.
    const loose = Array.isArray(frontmatter.unattributedQuotes) ? (frontmatter.unattributedQuotes as { text?: unknown; paragraph?: unknown }[]) : [];
    const looseFound = quoteParagraphs(loose.map((q) => String(q?.text ?? '')), texts);
    frontmatter.unattributedParagraphs = loose.map((q, i) => looseFound[i] ?? (typeof q?.paragraph === 'number' && q.paragraph <= n ? q.paragraph : null));
  };
}

/** `section-<slug of the heading>`, numbered when two headings read the same. */
function sectionId(heading: Element, used: Set<string>): string {
  const base = `section-${slugify(toString(heading)) || 'heading'}`;
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}
