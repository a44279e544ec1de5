/**
 * Reading what is already in the content folder: generated briefings (to keep editors' edits and
 * skip unchanged sources), figure profiles and glossary entries (editor-owned).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseMarkdown } from './frontmatter.ts';
import { glossaryEntrySchema } from '../schema/glossary.ts';
import { figureProfileSchema, type FigureProfile } from '../schema/figure.ts';
import type { GlossaryRecord } from './glossary/index.ts';

/** Paths inside a content folder. */
export function contentPaths(contentDir: string) {
  return {
    briefings: join(contentDir, 'briefings'),
    figures: join(contentDir, 'figures'),
    glossary: join(contentDir, 'glossary'),
  };
}

/**
 * The Markdown files of a folder, sorted by name; hidden files (temporaries) are skipped, and so
 * are symbolic links, folders and devices, which are never read (a link to /dev/zero would
 * never end); `npm run check` reports them.
 */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md') && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

/** An existing briefing file: its slug, raw text and what it says about its source. */
export interface ExistingBriefing {
  slug: string;
  text: string;
  sourceFile?: string;
  sourceHash?: string;
  contentHash?: string;
  /** The day an undated article was first briefed, kept when the briefing is regenerated. */
  firstBriefed?: string;
}

/**
 * Every briefing in the folder, keyed by slug. Unreadable files are returned with no metadata.
 *
 * An unchanged archive is re-checked on every build, so only the two small frontmatter blocks
 * needed here (`source:` and `generator:`) are parsed, not each file's whole YAML (a tenth of the
 * time at 1,000 briefings); restyled frontmatter falls back to a full parse.
 */
export function readBriefings(dir: string): Map<string, ExistingBriefing> {
  const out = new Map<string, ExistingBriefing>();
  for (const name of markdownFiles(dir)) {
    const slug = name.slice(0, -3);
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue; // a folder or unreadable file where a briefing should be: npm run check names it
    }
    let data: Record<string, any> = {};
    try {
      data = bookkeepingFields(text);
    } catch {
      // An editor broke the YAML: handled below.
    }
    if (typeof data.source?.file !== 'string') {
      // Broken YAML, or a frontmatter whose closing "---" was deleted: the file counts as edited
      // and is left alone. Its source is still recognised, so the source does not get a second
      // briefing under another slug (which would publish the story twice once the file is mended).
      const file = sourceFileLine(text);
      if (file) data = { source: { file } };
    }
    out.set(slug, {
      slug,
      text,
      sourceFile: typeof data.source?.file === 'string' ? data.source.file : undefined,
      sourceHash: typeof data.generator?.sourceHash === 'string' ? data.generator.sourceHash : undefined,
      contentHash: typeof data.generator?.contentHash === 'string' ? data.generator.contentHash : undefined,
      firstBriefed: FIRST_BRIEFED.exec(text)?.[1],
    });
  }
  return out;
}

/** A top-level YAML block: the key's line and its indented lines. */
const yamlBlock = (key: string) => new RegExp(`^${key}:[ \\t]*\\n(?:[ \\t]+.*\\n)*`, 'm');
const SOURCE_BLOCK = yamlBlock('source');
/** A top-level `firstBriefed: 2021-10-14` line, quoted or not. */
const FIRST_BRIEFED = /^firstBriefed:[ \t]*["']?(\d{4}-\d{2}-\d{2})["']?[ \t]*\r?$/m;
const GENERATOR_BLOCK = yamlBlock('generator');

/** The `source` and `generator` fields of a briefing, read from their blocks alone when possible. */
function bookkeepingFields(text: string): Record<string, any> {
  const normalised = text.replace(/\r\n?/g, '\n');
  const end = /\n---[ \t]*(?:\n|$)/.exec(normalised);
  if (normalised.startsWith('---\n') && end) {
    const fm = normalised.slice(4, end.index + 1);
    const source = SOURCE_BLOCK.exec(fm)?.[0];
    const generator = GENERATOR_BLOCK.exec(fm)?.[0];
    if (source && generator) return parseYaml(source + generator, { schema: 'core' }) ?? {};
  }
  return parseMarkdown(text).data;
}

/** The `file:` value under `source:` in frontmatter too broken to parse as a whole. */
function sourceFileLine(text: string): string | undefined {
  const m = /^source:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+file:[ \t]*(.+?)[ \t]*$/m.exec(text.replace(/\r\n?/g, '\n'));
  if (!m) return undefined;
  try {
    const value: unknown = parseYaml(m[1], { schema: 'core' });
    return typeof value === 'string' && value ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every file of a content folder that passes `schema`, with its id (the file name); a file that
 * cannot be read or breaks the schema is reported through `warn` and skipped.
 */
function readEntries<T extends object>(dir: string, schema: z.ZodType<T>, warn: (msg: string) => void): (T & { id: string })[] {
  const out: (T & { id: string })[] = [];
  for (const name of markdownFiles(dir)) {
    const file = join(dir, name);
    try {
      const parsed = schema.safeParse(parseMarkdown(readFileSync(file, 'utf8')).data);
      if (parsed.success) out.push({ id: name.slice(0, -3), ...parsed.data });
      else warn(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (e) {
      warn(`${file}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Glossary entries; a file that breaks the schema is reported and skipped. */
export function readGlossary(dir: string, warn: (msg: string) => void = () => {}): GlossaryRecord[] {
  return readEntries(dir, glossaryEntrySchema, warn);
}

/** A figure profile together with its id. */
export interface ProfileRecord extends FigureProfile {
  id: string;
}

/** Figure profiles; a file that breaks the schema is reported and skipped. */
export function readProfiles(dir: string, warn: (msg: string) => void = () => {}): ProfileRecord[] {
  return readEntries(dir, figureProfileSchema, warn);
}
