/**
 * Markdown files with YAML frontmatter, written and read the same way everywhere: through
 * gray-matter (the field's frontmatter library), with the project's YAML engine (the `yaml`
 * library, frontmatter-text.ts), and the hashes that tell the brief command's output from an
 * editor's edit. frontmatter-text.ts holds the same format without Node imports, so the editing
 * interface (/admin/) saves files byte for byte as the brief command writes them.
 */
import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { FRONTMATTER, yamlEngine, type MarkdownFile } from './frontmatter-text.ts';

export type { MarkdownFile } from './frontmatter-text.ts';

const options = { language: 'yaml', engines: { yaml: yamlEngine } };

/** Serialise data and body to `---\nyaml---\n\nbody\n` (no blank line and body when the body is empty). */
export function stringifyMarkdown(data: Record<string, unknown>, body: string): string {
  const text = body.trim();
  const file = matter.stringify(text ? `\n${text}\n` : '', data, options);
  // gray-matter ends every file with a line after the closing "---", even with no body.
  return text ? file : file.replace(/\n\n$/, '\n');
}

/** Parse a Markdown file written by stringifyMarkdown or edited by hand. */
export function parseMarkdown(text: string): MarkdownFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!FRONTMATTER.test(normalised)) return { data: {}, body: normalised };
  const file = matter(normalised, options);
  if (typeof file.data !== 'object' || Array.isArray(file.data)) throw new Error('the frontmatter is not a set of "key: value" fields');
  // gray-matter drops the line break after the closing "---"; the blank line before the body goes too.
  return { data: file.data as Record<string, unknown>, body: file.content.replace(/^\n/, '') };
}

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
