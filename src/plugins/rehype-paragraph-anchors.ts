/**
 * rehype plugin: give every top-level paragraph of a briefing body a stable anchor, `p-1`, `p-2`, …
 * in order, so key points can link to the paragraph they come from. The brief command numbers
 * paragraphs the same way (src/pipeline/article.ts), so the anchors and the links agree.
 *
 * Headings get ids of their own, `section-<words>`: left to Astro, a heading "Main" or "P 1"
 * would take the id of the page's `<main id="main">` or of a paragraph anchor, and links to
 * either would jump to the wrong place.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { slugify } from '../pipeline/slug.ts';

export default function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    const used = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p') {
        n++;
        node.properties = { ...node.properties, id: `p-${n}` };
      } else if (/^h[1-6]$/.test(node.tagName)) {
        node.properties = { ...node.properties, id: sectionId(node, used) };
      }
    }
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
