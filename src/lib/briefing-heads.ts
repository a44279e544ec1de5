/**
 * What the build reads from every briefing file before Astro starts (astro.config.mjs): the slug
 * and date, for the sitemap's lastmod (src/lib/sitemap-dates.ts); the people of the `figures:`
 * block, for who gets a page (src/lib/figure-pages.ts); the headline and the source's name, for
 * the share cards written beside the pages (src/integrations/share-cards.ts). One pass reads each
 * file once for all of them, and with a record file a later build reads only the files whose stamp changed
 * (src/check/folder-layout.ts): at 10,000 briefings the two passes read 20,000 files and took a
 * second of every build, a one-article rebuild's included.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { fileStamp } from '../check/folder-layout.ts';
import { readPlainText } from '../pipeline/read-source.ts';
import { checkoutRecordFile, readRecordFile, writeRecordFile } from './checkout-record.ts';

/** One briefing as the build sees it before Astro starts; a field is missing when the file does not give it. */
export interface BriefingHead {
  /** The file's name in the folder. */
  file: string;
  slug?: string;
  /** YYYY-MM-DD, only when the frontmatter's date is one. */
  date?: string;
  /** The `figures:` block's people as [id, mentions]; missing when there is no block or it cannot be read. */
  cast?: [string, number][];
  /** The headline, trimmed as the schema trims it. */
  title?: string;
  /** The `source:` block's `name`. */
  source?: string;
}

/** The frontmatter, as the brief command writes it. */
const FRONTMATTER = /^---\n([\s\S]*?\n)---[ \t]*(?:\n|$)/;
/** The `figures:` block of a frontmatter. */
const FIGURES_BLOCK = /^figures:.*\n(?:[ \t]+.*\n|-.*\n)*/m;
/** A top-level key's block: its line and the indented lines under it (a value YAML folds or nests). */
const keyBlock = (key: string) => new RegExp(`^${key}:.*\\n(?:[ \\t]+.*\\n)*`, 'm');
const TITLE_BLOCK = keyBlock('title');
const SOURCE_BLOCK = keyBlock('source');

/** A top-level `slug:` or `date:` line (read line by line: a YAML parse of every frontmatter costs several times more). */
const KEY = /^(slug|date):[ \t]*['"]?([^'"\n]*?)['"]?[ \t]*$/gm;

/** One top-level block read as YAML, or undefined when there is none or it does not read. */
function yamlBlock(block: string | undefined): Record<string, unknown> | undefined {
  if (!block) return undefined;
  try {
    const value: unknown = loadYaml(block, { schema: CORE_SCHEMA });
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Read one briefing's head from its text. */
export function parseHead(file: string, raw: string): BriefingHead {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const head: BriefingHead = { file };
  const fm = FRONTMATTER.exec(text)?.[1];
  if (fm === undefined) return head;
  const found: Record<string, string> = {};
  for (const m of fm.matchAll(KEY)) found[m[1]!] ??= m[2]!;
  if (found.slug) head.slug = found.slug;
  if (/^\d{4}-\d{2}-\d{2}$/.test(found.date ?? '')) head.date = found.date;
  const title = yamlBlock(TITLE_BLOCK.exec(fm)?.[0])?.title;
  if (typeof title === 'string' && title.trim()) head.title = title.trim();
  const source = yamlBlock(SOURCE_BLOCK.exec(fm)?.[0])?.source;
  if (source && typeof source === 'object' && typeof (source as { name?: unknown }).name === 'string') head.source = (source as { name: string }).name;
  const block = FIGURES_BLOCK.exec(fm)?.[0];
  if (!block) return head;
  try {
    // js-yaml, as Astro's loader reads frontmatter: the same values, and a tenth of the time of
    // the yaml package here.
    const figures: unknown = (loadYaml(block, { schema: CORE_SCHEMA }) as { figures?: unknown } | undefined)?.figures;
    if (Array.isArray(figures)) {
      head.cast = figures.filter((f) => f && typeof f.id === 'string').map((f) => [f.id as string, typeof f.mentions === 'number' ? f.mentions : 0]);
    }
  } catch {
    // Broken YAML: the check command names the file; the build goes on without its people.
  }
  return head;
}

/**
 * The record kept between builds: each file's stamp and head, by file name, a cast written as one
 * string ("id mentions" pairs, one a line), since checking 10,000 casts of 25 pairs each as
 * nested arrays took longer than reading the files.
 */
export const headRecordSchema = z.strictObject({
  files: z.record(z.string(), z.tuple([z.string(), z.string().nullable(), z.string().nullable(), z.string().nullable(), z.string().nullable(), z.string().nullable()])),
});
type RecordedHead = z.infer<typeof headRecordSchema>['files'][string];

const CAST_LINE = /^(\S+) (-?\d+(?:\.\d+)?)$/;

/** A head as recorded with its stamp. */
function recorded(stamp: string, h: BriefingHead): RecordedHead {
  return [stamp, h.slug ?? null, h.date ?? null, h.cast ? h.cast.map(([id, n]) => `${id} ${n}`).join('\n') : null, h.title ?? null, h.source ?? null];
}

/** The head of a record's line, or undefined when its cast does not read back. */
function fromRecord(file: string, [, slug, date, cast, title, source]: RecordedHead): BriefingHead | undefined {
  const head: BriefingHead = { file };
  if (slug !== null) head.slug = slug;
  if (date !== null) head.date = date;
  if (title !== null) head.title = title;
  if (source !== null) head.source = source;
  if (cast !== null) {
    head.cast = [];
    for (const line of cast ? cast.split('\n') : []) {
      const m = CAST_LINE.exec(line);
      if (!m) return undefined;
      head.cast.push([m[1]!, Number(m[2])]);
    }
  }
  return head;
}

/**
 * The heads of the `.md` files of `dir` (hidden files passed over), by file name. With
 * `recordFile`, a file whose stamp matches the record is not read; the record is rewritten when a
 * file was read or one is gone, so it holds this folder's files only.
 */
export function readBriefingHeads(dir: string, recordFile?: string): BriefingHead[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort();
  } catch {
    return [];
  }
  const known = (recordFile && readRecordFile(recordFile, headRecordSchema)?.files) || {};
  const next: Record<string, RecordedHead> = {};
  const heads: BriefingHead[] = [];
  let read = 0;
  for (const name of names) {
    let stamp: string;
    try {
      stamp = fileStamp(lstatSync(join(dir, name)));
    } catch {
      continue;
    }
    const kept = known[name];
    const keptHead = kept && kept[0] === stamp ? fromRecord(name, kept) : undefined;
    if (keptHead) {
      heads.push(keptHead);
      next[name] = kept!;
      continue;
    }
    const text = readPlainText(dir, name);
    if (text === undefined) continue;
    read++;
    const head = parseHead(name, text);
    heads.push(head);
    next[name] = recorded(stamp, head);
  }
  if (recordFile && (read > 0 || Object.keys(next).length !== Object.keys(known).length)) writeRecordFile(recordFile, headRecordSchema, { files: next });
  return heads;
}

/** Where the heads of the briefings under `contentDir` are kept between builds: the checkout's `.astro/` folder. */
export function briefingHeadsFile(root: string, contentDir: string): string {
  return checkoutRecordFile(root, 'briefing-heads', contentDir);
}
