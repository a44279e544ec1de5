/**
 * Reading what is already in the content folder: generated briefings (to keep editors' edits and
 * skip unchanged sources), figure profiles and glossary entries (editor-owned).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from './frontmatter.js';
import { glossaryEntrySchema } from '../schema/glossary.js';
import { figureProfileSchema, type FigureProfile } from '../schema/figure.js';
import type { GlossaryRecord } from './glossary/index.js';

/** Paths inside a content folder. */
export function contentPaths(contentDir: string) {
  return {
    briefings: join(contentDir, 'briefings'),
    figures: join(contentDir, 'figures'),
    glossary: join(contentDir, 'glossary'),
  };
}

/** The Markdown files of a folder, sorted by name; hidden files (temporaries) are skipped. */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
    .sort();
}

/** An existing briefing file: its slug, raw text and what it says about its source. */
export interface ExistingBriefing {
  slug: string;
  text: string;
  sourceFile?: string;
  sourceHash?: string;
  contentHash?: string;
}

/** Every briefing in the folder, keyed by slug. Unreadable files are returned with no metadata. */
export function readBriefings(dir: string): Map<string, ExistingBriefing> {
  const out = new Map<string, ExistingBriefing>();
  for (const name of markdownFiles(dir)) {
    const slug = name.slice(0, -3);
    const text = readFileSync(join(dir, name), 'utf8');
    let data: Record<string, any> = {};
    try {
      data = parseMarkdown(text).data;
    } catch {
      // An editor broke the YAML: the file counts as edited and is left alone.
    }
    out.set(slug, {
      slug,
      text,
      sourceFile: typeof data.source?.file === 'string' ? data.source.file : undefined,
      sourceHash: typeof data.generator?.sourceHash === 'string' ? data.generator.sourceHash : undefined,
      contentHash: typeof data.generator?.contentHash === 'string' ? data.generator.contentHash : undefined,
    });
  }
  return out;
}

/** Glossary entries; a file that breaks the schema is reported and skipped. */
export function readGlossary(dir: string, warn: (msg: string) => void = () => {}): GlossaryRecord[] {
  const out: GlossaryRecord[] = [];
  for (const name of markdownFiles(dir)) {
    const file = join(dir, name);
    try {
      const parsed = glossaryEntrySchema.safeParse(parseMarkdown(readFileSync(file, 'utf8')).data);
      if (parsed.success) out.push({ id: name.slice(0, -3), ...parsed.data });
      else warn(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (e) {
      warn(`${file}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** A figure profile together with its id. */
export interface ProfileRecord extends FigureProfile {
  id: string;
}

/** Figure profiles; a file that breaks the schema is reported and skipped. */
export function readProfiles(dir: string, warn: (msg: string) => void = () => {}): ProfileRecord[] {
  const out: ProfileRecord[] = [];
  for (const name of markdownFiles(dir)) {
    const file = join(dir, name);
    try {
      const parsed = figureProfileSchema.safeParse(parseMarkdown(readFileSync(file, 'utf8')).data);
      if (parsed.success) out.push({ id: name.slice(0, -3), ...parsed.data });
      else warn(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (e) {
      warn(`${file}: ${(e as Error).message}`);
    }
  }
  return out;
}
