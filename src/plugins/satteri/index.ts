/**
 * The site's Markdown processor: Sätteri, Astro 7's Rust Markdown engine, with the project's
 * plugins ported to its plugin API (the image gate, the safe-HTML cut, paragraph anchors and the
 * marks of terms and people). The unified versions in ../ stay for the editor's preview in the
 * browser (src/cms/render-body.ts), and both share the code that decides what a body gets.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, HastPluginList, MdastPluginList } from 'satteri';
import type { AnnotateOptions } from '../rehype-annotate.ts';
import type { Root } from 'hast';
import { markMentions } from './annotate.ts';
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
 * collects images; the safe-HTML cut first among the hast plugins, so the ids, links and
 * tooltips added after it are kept; the marks last, after every plugin that adds links.
 */
export function sitePlugins({ contentDir, annotate: marks = {} }: SiteMarkdownOptions): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    mdastPlugins: [safeImages(contentDir)],
    hastPlugins: [safeContent, briefingBody({ glossaryDir: `${contentDir}/glossary`, figuresDir: `${contentDir}/figures`, ...marks })],
  };
}

/**
 * Anchors and marks in one pass: each Sätteri plugin reads the tree into JavaScript afresh, and
 * neither step changes what the other reads (anchors set ids on paragraphs, marks split text).
 */
function briefingBody(options: AnnotateOptions): HastPluginDefinition {
  const mark = markMentions(options);
  return {
    name: 'briefing-body',
    before(root, ctx) {
      addAnchors(root as Root, ctx);
      mark(root as Root, ctx);
    },
  };
}

/**
 * Sätteri's features for content: pasted HTML parsed into elements (so the safe-HTML cut sees
 * it, as rehype-raw made it for unified), and no smart quotes, because a briefing's body must show
 * the source's characters exactly as they are.
 */
export const siteFeatures = { rawHtml: true, smartPunctuation: false } as const;

/** The `markdown.processor` of astro.config.mjs. */
export function siteMarkdown(options: SiteMarkdownOptions) {
  return satteri({ ...sitePlugins(options), features: siteFeatures });
}
