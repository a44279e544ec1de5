/**
 * Markdown files with YAML frontmatter, written and read the same way everywhere, and the hashes
 * that tell the brief command's output from an editor's edit. The text format itself lives in
 * frontmatter-text.ts, which has no Node imports, so the editing interface (/admin/) saves files
 * with the very same writer.
 */
import { createHash } from 'node:crypto';
import { FRONTMATTER, stringifyMarkdown } from './frontmatter-text.ts';

export { parseMarkdown, stringifyMarkdown, type MarkdownFile } from './frontmatter-text.ts';

/** sha256 of a text, hex, shortened: used to recognise unchanged sources and untouched files. */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The generator block is the last frontmatter field; removing it gives the text its content hash
 * was computed on.
 */
const GENERATOR_BLOCK = /^generator:\n(?:[ \t]+.*\n)*/m;

/** The file's text without its generator block (the text the content hash covers). */
export function withoutGeneratorBlock(fileText: string): string {
  const normalised = fileText.replace(/\r\n?/g, '\n');
  const m = FRONTMATTER.exec(normalised);
  if (!m) return normalised;
  const fm = m[1] + '\n';
  return `---\n${fm.replace(GENERATOR_BLOCK, '')}---` + normalised.slice(m[0].length - (m[0].endsWith('\n') ? 1 : 0));
}

/**
 * Serialise a generated file and stamp it with the hashes that later show whether an editor has
 * changed it and whether its source has changed.
 */
export function stringifyGenerated(data: Record<string, unknown>, body: string, sourceHash: string): string {
  const plain = stringifyMarkdown(data, body);
  const hash = contentHash(plain);
  return stringifyMarkdown({ ...data, generator: { sourceHash, contentHash: hash } }, body);
}

/** True when a generated file is exactly as the brief command wrote it. */
export function isUntouched(fileText: string, recordedHash: string | undefined): boolean {
  return recordedHash !== undefined && contentHash(withoutGeneratorBlock(fileText)) === recordedHash;
}
