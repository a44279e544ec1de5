/**
 * rehype plugin: give every top-level paragraph of a briefing body a stable anchor, `p-1`, `p-2`, …
 * in order, so key points can link to the paragraph they come from. The brief command numbers
 * paragraphs the same way (src/pipeline/article.ts), so the anchors and the links agree.
 */
import type { Root } from 'hast';

export default function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        n++;
        node.properties = { ...node.properties, id: `p-${n}` };
      }
    }
  };
}
