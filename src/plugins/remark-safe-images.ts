/**
 * remark plugin: the site build's own image gate. Astro imports every local image a Markdown body
 * names as a module, so a body naming a file that is not a real image (`![x](./data?.png)`)
 * would have that file evaluated as code while the site builds, in `astro build` and in
 * `astro dev` alike. This plugin runs before Astro collects the images and stops the file with
 * the same rule `npm run check` applies (src/check/body-images.ts): only PNG, JPEG, GIF, WebP
 * and AVIF files from the content folder's `images/` folder, named by a plain relative path.
 *
 * A refused image is an error naming the file and line. The content loader
 * (src/content.config.ts) turns any such error into a failed build; in `astro dev` the entry is
 * shown empty and the error logged. The site's own `.mdx` pages are code, not content, and are
 * left alone.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { imageReferenceProblem, imageUrls, type MdNode } from '../check/body-images.ts';

export interface RemarkSafeImagesOptions {
  /** The content folder whose `images/` folder holds the images bodies may show. */
  contentDir: string;
}

export default function remarkSafeImages(options: RemarkSafeImagesOptions) {
  return (tree: Root, file: VFile): void => {
    const path = file.path ?? '';
    if (/\.mdx$/i.test(path)) return;
    for (const { url, line } of imageUrls(tree as MdNode)) {
      const problem = imageReferenceProblem(url, path, options.contentDir);
      // Thrown, not just reported: Astro must never see the image, so the file is not rendered.
      if (problem) throw refusedImageError(path, String(file.value), url, line, problem);
    }
  };
}

/**
 * The error for a refused image, naming the file and the line in it; `body` is the Markdown the
 * renderer was given (the file less its frontmatter) and `line` the image's line in it. Shared
 * with the Sätteri plugin (./satteri/safe-images.ts).
 */
export function refusedImageError(path: string, body: string, url: string, line: number | undefined, problem: string): Error {
  const where = `${relative(process.cwd(), path) || path}${line ? `, line ${line + linesBefore(path, body)}` : ''}`;
  return new Error(`${where}: the image "${url}" is refused: it ${problem}`);
}

/**
 * Lines of the file before the body Astro hands the plugin (the frontmatter), so an editor is
 * given the line in the file. Read only when an image is refused.
 */
function linesBefore(path: string, body: string): number {
  try {
    const text = readFileSync(path, 'utf8');
    // The body is the file's text after the frontmatter, give or take the white space around it.
    const start = text.lastIndexOf(body.trim());
    if (start < 0) return 0;
    const newlines = (t: string) => t.split('\n').length - 1;
    return newlines(text.slice(0, start)) - newlines(body.slice(0, body.length - body.trimStart().length));
  } catch {
    return 0;
  }
}
