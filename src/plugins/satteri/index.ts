/**
 * The site's Markdown processor: Sätteri, Astro 7's Rust Markdown engine, with the project's
 * plugins ported to its plugin API (the image gate, the safe-HTML cut, paragraph anchors), and
 * the marks of terms and people put into the HTML it writes (../annotate-context.ts). The unified
 * versions in ../ stay for the editor's preview in the browser (src/cms/render-body.ts), and both
 * share the code that decides what a body gets.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { annotateContext, withMarks, type AnnotateContext, type AnnotateOptions, type Renderer } from '../annotate-context.ts';
import type { Root } from 'hast';
import { PLUGIN_FRONTMATTER_FIELDS } from '../rehype-paragraph-anchors.ts';
import { addAnchors } from './paragraph-anchors.ts';
import { safeContent } from './safe-content.ts';
import { safeImages } from './safe-images.ts';

export interface SiteMarkdownOptions {
  /** The content folder: its `images/` is what bodies may show, its glossary and profiles what they link to. */
  contentDir: string;
  /** What the marks link to (the base path, the people who have a page); the folders default to `contentDir`'s. */
  annotate?: AnnotateOptions;
}

/**
 * The plugin lists, in the order the unified pipeline ran them: the image gate before Astro
 * collects images; the safe-HTML cut first among the hast plugins, so the ids and links added
 * after it are kept. (`annotate` is the marks' options, for `siteMarkdown`.)
 */
export function sitePlugins({ contentDir }: SiteMarkdownOptions): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    mdastPlugins: [safeImages(contentDir)],
    hastPlugins: [safeContent, { name: 'paragraph-anchors', before: (root, ctx) => addAnchors(root as Root, ctx) }],
  };
}

/** The marks' options for a content folder: its glossary and profiles, and what `annotate` adds. */
export function marksOptions({ contentDir, annotate: marks = {} }: SiteMarkdownOptions): AnnotateOptions {
  return { glossaryDir: `${contentDir}/glossary`, figuresDir: `${contentDir}/figures`, ...marks };
}

/**
 * Sätteri's features for content: pasted HTML parsed into elements (so the safe-HTML cut sees
 * it, as rehype-raw made it for unified), and no smart quotes, because a briefing's body must show
 * the source's characters exactly as they are.
 */
export const siteFeatures = { rawHtml: true, smartPunctuation: false } as const;

/**
 * The `markdown.processor` of astro.config.mjs: Sätteri with the site's plugins, whose renderers
 * put the marks of terms and people into each body's HTML. The glossary and profiles the marks
 * need are read once, when the first renderer is made (Astro makes one for the content layer and
 * may make more).
 */
export function siteMarkdown(options: SiteMarkdownOptions) {
  const processor = satteri({ ...sitePlugins(options), features: siteFeatures });
  const createRenderer = processor.createRenderer.bind(processor);
  let context: AnnotateContext | undefined;
  processor.createRenderer = async (shared) =>
    pluginFieldsOnly(withMarks((await createRenderer(shared)) as Renderer, (context ??= annotateContext(marksOptions(options))))) as never;
  return processor;
}

/**
 * `renderer` handing back, as the rendered body's frontmatter, only the fields the plugins wrote.
 * Astro renders an entry with its raw frontmatter but stores the schema's output as its data, two
 * objects the content store serializes one after the other: the raw copy held every entry's
 * frontmatter a second time (5 of a briefing's 18 KB in the store) for pages that read only the
 * plugins' fields from it.
 */
export function pluginFieldsOnly<R extends Renderer>(renderer: R): R {
  return {
    ...renderer,
    async render(content, renderOptions) {
      const result = await renderer.render(content, renderOptions);
      const frontmatter = result.metadata.frontmatter;
      if (!frontmatter) return result;
      const written = Object.fromEntries(PLUGIN_FRONTMATTER_FIELDS.filter((k) => k in frontmatter).map((k) => [k, frontmatter[k]]));
      return { ...result, metadata: { ...result.metadata, frontmatter: written } };
    },
  };
}
