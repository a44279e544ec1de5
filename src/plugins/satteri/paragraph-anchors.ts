/**
 * The paragraph and heading anchors of ../rehype-paragraph-anchors.ts (`p-1`, `p-2`, … and
 * `section-<words>`) for Sätteri, and the paragraph of each person's quote written to the
 * frontmatter Astro hands the page (`remarkPluginFrontmatter.quoteParagraphs`). The numbering is
 * the unified plugin's own (`anchorsOf`), so both renderers give the same ids.
 */
import type { Root } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { anchorsOf, recordQuoteParagraphs } from '../rehype-paragraph-anchors.ts';
import { frontmatterOf } from './frontmatter.ts';

/**
 * Give the body's top-level paragraphs and headings their ids; a hook for a Sätteri hast plugin.
 * A block's text is Sätteri's `textContent`, read in Rust (the same reading as the DOM's and
 * hast-util-to-string's), so the paragraphs' inline nodes are never read into JavaScript.
 */
export function addAnchors(root: Root, ctx: HastVisitorContext): void {
  const { ids, texts } = anchorsOf(root.children, (block) => ctx.textContent(block));
  for (const { node, id } of ids) ctx.setProperty(node, 'id', id);
  recordQuoteParagraphs(frontmatterOf(ctx), texts);
}
