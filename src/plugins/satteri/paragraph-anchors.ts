/**
 * The paragraph and heading anchors of ../rehype-paragraph-anchors.ts (`p-1`, `p-2`, … and
 * `section-<words>`) for Sätteri, and the paragraph of each person's quote written to the
 * frontmatter Astro hands the page (`remarkPluginFrontmatter.quoteParagraphs`). The numbering is
 * the unified plugin's own (`anchorsOf`), so both renderers give the same ids.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HastVisitorContext } from 'satteri';
import { anchorsOf, recordQuoteParagraphs } from '../rehype-paragraph-anchors.ts';
import { frontmatterOf } from './frontmatter.ts';

/** Give the body's top-level paragraphs and headings their ids; a hook for a Sätteri hast plugin. */
export function addAnchors(root: Root, ctx: HastVisitorContext): void {
  const { ids, texts } = anchorsOf(root.children, toString);
  for (const { node, id } of ids) ctx.setProperty(node, 'id', id);
  recordQuoteParagraphs(frontmatterOf(ctx), texts);
}
