/**
 * rehype plugin: defence in depth for content Markdown (briefings, profiles, glossary entries).
 * The brief command writes bodies as escaped text, so no markup should be there; an editor can
 * still paste HTML. Raw HTML is parsed (rehype-raw) and cut down to GitHub's safe subset
 * (rehype-sanitize): no scripts, frames, event handlers or javascript: links survive.
 *
 * The site's own `.mdx` pages are code, not content, and are left alone (sanitizing would strip
 * their components). This runs before the project's other rehype plugins, so the ids, annotation
 * links and tooltips they add are untouched.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';

/** Whether the tree holds raw HTML (only an editor's pasted HTML puts it there). */
function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  return node.type === 'raw' || (node.children ?? []).some((c) => hasRaw(c as { type: string; children?: unknown[] }));
}

export default function rehypeSafeContent() {
  const parseRaw = rehypeRaw();
  const sanitize = rehypeSanitize();
  return (tree: Root, file: VFile): Root => {
    if (/\.mdx$/i.test(file.path ?? '')) return tree;
    // Re-parsing a tree through an HTML parser is the costly step, and only pasted HTML needs it.
    return sanitize(hasRaw(tree) ? parseRaw(tree, file) : tree);
  };
}
