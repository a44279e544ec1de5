/**
 * Sätteri hast plugin: the site's defence in depth for content Markdown, as
 * ../rehype-safe-content.ts is for unified. Sätteri parses an editor's pasted HTML into elements
 * itself (the `rawHtml` feature, set in ./index.ts), and this plugin cuts the tree down to
 * GitHub's safe subset with hast-util-sanitize, the library rehype-sanitize wraps: no scripts,
 * frames, event handlers or javascript: links survive.
 *
 * A body with no HTML and no link or image holds nothing the sanitizer would change, so it is
 * left as Sätteri built it without reading it into JavaScript; which bodies those are is decided
 * from the source text before parsing (`mayNeedSanitizing`). The site's own `.mdx` pages are code,
 * not content, and are never given this plugin.
 */
import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/**
 * Whether a Markdown source may hold something the sanitizer changes: HTML (which needs `<`), a
 * link or image (`](`, `]:` definitions, `<…>` autolinks) or a bare URL GitHub-flavoured Markdown
 * turns into a link (`www.`, `://`, `@` for e-mail). Errs on the side of sanitizing.
 */
export function mayNeedSanitizing(source: string): boolean {
  return /[<&@]|\]\s*[(:[]|:\/\/|www\./i.test(source);
}

/**
 * GitHub's safe subset (rehype-sanitize's default), plus a table column's alignment: Sätteri
 * writes it as `style="text-align: …"` where unified wrote `align`, and nothing else of a style
 * attribute is let through.
 */
export const contentSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    td: [...(defaultSchema.attributes?.td ?? []), ['style', /^text-align: (?:left|center|right);?$/]],
    th: [...(defaultSchema.attributes?.th ?? []), ['style', /^text-align: (?:left|center|right);?$/]],
  },
};

const plugin: HastPluginDefinition = {
  name: 'safe-content',
  before(root, ctx) {
    // Sanitizing builds a new tree; it replaces the whole body, as rehype-sanitize does.
    ctx.replaceNode(root, sanitize(root as Root, contentSchema) as Root);
  },
};

/** The plugin entry for `hastPlugins`: present only for content Markdown that may need it. */
export function safeContent(ctx: PluginFactoryContext): HastPluginDefinition | null {
  if (ctx.sourceFormat === 'mdx' || /\.mdx$/i.test(ctx.fileURL?.pathname ?? '')) return null;
  return mayNeedSanitizing(ctx.source) ? plugin : null;
}
