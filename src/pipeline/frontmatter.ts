/**
 * Markdown files with YAML frontmatter, written and read the same way everywhere. Values are
 * serialised by the `yaml` library, which quotes whatever needs quoting, so no title or quote
 * can break out of its field.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** The frontmatter and body of a Markdown file. */
export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Serialise data and body to `---\nyaml---\n\nbody`.
 *
 * Written with YAML 1.1 quoting rules: a string such as `No`, `on` or `2024-01-01` is quoted, so
 * readers of either YAML version (Astro's reads dates as Date objects) see the same text value
 * the brief command wrote, never a boolean or a date.
 */
export function stringifyMarkdown(data: Record<string, unknown>, body: string): string {
  const yaml = stringifyYaml(data, { version: '1.1', lineWidth: 100, minContentWidth: 40, aliasDuplicateObjects: false });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/** Parse a Markdown file written by stringifyMarkdown or edited by hand. */
export function parseMarkdown(text: string): MarkdownFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = FRONTMATTER.exec(normalised);
  if (!m) return { data: {}, body: normalised };
  const data = parseYaml(m[1], { schema: 'core' }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the frontmatter is not a set of "key: value" fields');
  return { data: data as Record<string, unknown>, body: normalised.slice(m[0].length).replace(/^\n/, '') };
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
