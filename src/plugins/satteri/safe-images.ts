/**
 * Sätteri mdast plugin: the site build's image gate of ../remark-safe-images.ts, for Sätteri. It
 * runs before Astro collects a body's images, and a body naming anything but a real raster image
 * from the content folder's `images/` folder stops with an error naming the file and line.
 *
 * Only a source that shows an image (`![`) gets the plugin, so other bodies are parsed without
 * the source positions it needs for the line number.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { imageReferenceProblem, imageUrls, type MdNode } from '../../check/body-images.ts';
import { refusedImageError } from '../remark-safe-images.ts';

/** The plugin entry for `mdastPlugins`, given the content folder whose `images/` may be shown. */
export function safeImages(contentDir: string) {
  return (ctx: PluginFactoryContext): MdastPluginDefinition | null => {
    // The site's own .mdx pages are code, not content, and are left alone, as in the unified plugin.
    if (ctx.sourceFormat === 'mdx' || /\.mdx$/i.test(ctx.fileURL?.pathname ?? '') || !ctx.source.includes('![')) return null;
    const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
    return {
      name: 'safe-images',
      options: { position: true },
      before(root) {
        for (const { url, line } of imageUrls(root as MdNode)) {
          const problem = imageReferenceProblem(url, path, contentDir);
          // Thrown, not just reported: Astro must never see the image, so the file is not rendered.
          if (problem) throw refusedImageError(path, ctx.source, url, line, problem);
        }
      },
    };
  };
}
