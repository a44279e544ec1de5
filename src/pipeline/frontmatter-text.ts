/**
 * The text of a Markdown file with YAML frontmatter: one writer and one reader, used by the brief
 * command and by the editing interface alike (no Node imports, so it runs in the browser too).
 * Values are serialised by the `yaml` library, which quotes whatever needs quoting, so no title or
 * quote can break out of its field.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** The frontmatter and body of a Markdown file. */
export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

/** A frontmatter block at the start of a file: its YAML is group 1. */
export const FRONTMATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * The YAML of every frontmatter the project writes and reads, as a gray-matter engine (the brief
 * command reads and writes through gray-matter, src/pipeline/frontmatter.ts; the editing interface
 * uses the functions below, which give the same bytes). Written with YAML 1.1 quoting rules: a
 * string such as `No`, `on` or `2024-01-01` is quoted, so readers of either YAML version (Astro's
 * reads dates as Date objects) see the same text value the brief command wrote, never a boolean or
 * a date. Read with YAML 1.2's core schema: no custom tags, no dates turned into objects.
 */
export const yamlEngine = {
  parse: (text: string): object => parseYaml(text, { schema: 'core' }) ?? {},
  stringify: (data: object): string => stringifyYaml(data, { version: '1.1', lineWidth: 100, minContentWidth: 40, aliasDuplicateObjects: false }),
};

/** Serialise data and body to `---\nyaml---\n\nbody`, as the brief command does. */
export function stringifyMarkdown(data: Record<string, unknown>, body: string): string {
  const yaml = yamlEngine.stringify(data);
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/** Parse a Markdown file written by stringifyMarkdown or edited by hand. */
export function parseMarkdown(text: string): MarkdownFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = FRONTMATTER.exec(normalised);
  if (!m) return { data: {}, body: normalised };
  const data = yamlEngine.parse(m[1] ?? '');
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the frontmatter is not a set of "key: value" fields');
  return { data: data as Record<string, unknown>, body: normalised.slice(m[0].length).replace(/^\n/, '') };
}
