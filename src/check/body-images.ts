/**
 * The one gate for images in content bodies, run by `npm run check` and, through
 * src/plugins/remark-safe-images.ts, by the site build itself (`astro build` and `astro dev`).
 *
 * Astro imports every local image a Markdown body names as a module, so a body that names a
 * file which is not an image (or names it with a query such as `?.png`) would have that file
 * evaluated as code at build time. An image is therefore accepted only when it is a plain
 * relative path to a raster image file in the content folder's `images/` folder, and that file
 * is a regular file whose first bytes match its type. Nothing else a body names is ever imported.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, type ImageType } from './image-types.ts';

/** The folder of a content folder that holds the images bodies may show. */
export const IMAGES_FOLDER = 'images';

/** Image file names: lowercase letters, digits and single hyphens, then an allowed extension. */
const IMAGE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+$/;

/** Characters a path to an image may have: no query, fragment, escape, backslash or space. */
const PLAIN_PATH = /^[A-Za-z0-9._/-]+$/;

const allowedExtensions = IMAGE_TYPES.flatMap((t) => t.extensions);

function typeOfExtension(ext: string): ImageType | undefined {
  return IMAGE_TYPES.find((t) => t.extensions.includes(ext.toLowerCase()));
}

/**
 * Why an image reference in a body is refused, or undefined when it is safe.
 * @param url the image's URL as written in the body
 * @param fromFile the content file whose body names it
 * @param contentDir the content folder (holding `briefings/`, `images/`, …)
 */
export function imageReferenceProblem(url: string, fromFile: string, contentDir: string): string | undefined {
  const where = `${IMAGES_FOLDER}/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return `is not a file of this site: images must be files in the content folder's ${where} (a remote image lets its server follow every reader)`;
  }
  if (url.startsWith('/')) return `must be a relative path such as "../${where}chart.png", not a path from the site's root`;
  if (!PLAIN_PATH.test(url)) {
    return `may hold only letters, digits, ".", "-", "_" and "/" (no "?", "#", "%", spaces or backslashes): write it as "../${where}<name>.png"`;
  }
  const ext = extname(url).slice(1).toLowerCase();
  if (ext === 'svg') return 'is an SVG: an SVG can carry scripts, so the site shows only PNG, JPEG, GIF, WebP and AVIF images';
  if (!typeOfExtension(ext)) return `must end in one of .${allowedExtensions.join(', .')}`;
  const target = resolve(dirname(fromFile), url);
  const imagesDir = resolve(contentDir, IMAGES_FOLDER);
  if (dirname(target) !== imagesDir) return `must point to a file directly in the content folder's ${where} (it points outside it)`;
  const problem = imageFileProblem(target);
  return problem && `points to ${IMAGES_FOLDER}/${basename(target)}, which ${problem}`;
}

/**
 * Why a file in the images folder may not be published, or undefined when it is a real image;
 * the reason is worded with the file as its subject ("is a symbolic link: …").
 */
export function imageFileProblem(path: string): string | undefined {
  const name = basename(path);
  const type = typeOfExtension(extname(name).slice(1));
  if (!type) {
    if (/\.svg$/i.test(name)) return 'is an SVG: an SVG can carry scripts, so the site shows only PNG, JPEG, GIF, WebP and AVIF images';
    return `is not an image the site shows (only .${allowedExtensions.join(', .')})`;
  }
  if (!IMAGE_NAME.test(name)) return 'has a name that is not lowercase letters, digits and hyphens before the extension: rename it';
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 'does not exist';
  }
  if (stat.isSymbolicLink()) return 'is a symbolic link: put the image file itself there';
  if (!stat.isFile()) return 'is not a file';
  if (stat.size > MAX_IMAGE_BYTES) return `is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
  if (!matchesSignature(path, type)) return `is not a ${type.name} image (its first bytes are not those of a ${type.name} file)`;
  return undefined;
}

/** Whether the file starts with one of the type's signatures. */
function matchesSignature(path: string, type: ImageType): boolean {
  const head = Buffer.alloc(16);
  let fd: number | undefined;
  let read = 0;
  try {
    fd = openSync(path, 'r');
    read = readSync(fd, head, 0, head.length, 0);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return type.signatures.some((parts) =>
    parts.every(({ offset, bytes }) => {
      const want = Buffer.from(bytes.replace(/ /g, ''), 'hex');
      return offset + want.length <= read && head.subarray(offset, offset + want.length).equals(want);
    }),
  );
}

/** Every image URL a Markdown tree shows: image nodes and image references through their definitions. */
export function imageUrls(tree: MdNode): { url: string; line?: number }[] {
  const definitions = new Map<string, string>();
  const images: { url?: string; identifier?: string; line?: number }[] = [];
  walk(tree, (node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    else if (node.type === 'image') images.push({ url: node.url ?? '', line: node.position?.start.line });
    else if (node.type === 'imageReference') images.push({ identifier: node.identifier, line: node.position?.start.line });
  });
  return images.flatMap((i) => {
    const url = i.url ?? (i.identifier === undefined ? undefined : definitions.get(i.identifier.toLowerCase()));
    return url === undefined ? [] : [{ url, line: i.line }];
  });
}

/** The few fields of an mdast node this module reads. */
export interface MdNode {
  type: string;
  url?: string;
  identifier?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Depth-first walk with an explicit stack: a deeply nested tree cannot overflow the call stack. */
function walk(root: MdNode, visit: (node: MdNode) => void): void {
  const stack: MdNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

/** The content folder's images folder. */
export const imagesDir = (contentDir: string) => join(contentDir, IMAGES_FOLDER);
