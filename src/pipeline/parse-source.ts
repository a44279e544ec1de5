/**
 * Stage 2: text to a source article. A `.txt` article is a title line and a body; a `.md` article
 * has YAML frontmatter (title, url, source, license, author, date) and a Markdown body.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { fromMarkdown } from './markdown-text.ts';
import { SourceError } from './errors.ts';
import { nestingProblem } from '../lib/markdown-depth.ts';

/** A block of the article body: a paragraph of text or a subheading. */
export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
  /**
   * The whole paragraph is set in bold (`**…**`), as question-and-answer interviews set their
   * questions; absent otherwise.
   */
  bold?: true;
}

/** An article as read from `seeds/`, before any cleaning. */
export interface SourceArticle {
  /** File name as given (no folders). */
  file: string;
  title: string;
  blocks: Block[];
  meta: SourceMeta;
}

/** The frontmatter a `.md` article may carry. Unknown keys are ignored, never honoured. */
export const sourceMetaSchema = z.object({
  title: z.string({ error: 'the frontmatter needs a "title" (text)' }).trim().min(1, 'the title is empty'),
  url: z.string({ error: '"url" must be text' }).optional(),
  source: z.string({ error: '"source" must be text (the publisher name)' }).optional(),
  license: z.string({ error: '"license" must be text' }).optional(),
  author: z.string({ error: '"author" must be text' }).optional(),
  date: z
    .union([z.string(), z.date()], { error: '"date" must be a date such as 2021-10-14' })
    .refine((d) => toIsoDate(d) !== undefined, { message: '"date" must be a date such as 2021-10-14' })
    .optional(),
  /** When the publisher last updated the article (ISO 8601); written by `npm run ingest`. */
  updated: z
    .union([z.string(), z.date()], { error: '"updated" must be a date such as 2021-10-14' })
    .refine((d) => toIsoDate(d) !== undefined, { message: '"updated" must be a date such as 2021-10-14' })
    .optional(),
  /** The article's language, a BCP 47 tag such as "en" or "en-GB". */
  language: z.string({ error: '"language" must be text such as "en"' }).optional(),
});
/** Source metadata as parsed: the date is always normalised to YYYY-MM-DD text. */
export type SourceMeta = Omit<z.infer<typeof sourceMetaSchema>, 'title' | 'date' | 'updated'> & { date?: string; updated?: string };

/** Longest title kept; longer first lines are cut at a word boundary. */
const MAX_TITLE = 300;
/** Longest source name, author or licence kept: a line of credit, not a page. */
const MAX_META = 200;
/** Longest source URL kept; longer ones are dropped. */
const MAX_URL = 2000;

/**
 * Characters that are never text: C0 and C1 controls (YAML escapes such as "\u0001" or "\u001b"
 * produce them even though the decoder removed the raw bytes), line and paragraph separators,
 * bidi overrides and zero-width marks. XML forbids most of them, so one would break the feeds.
 */
const NOT_TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

/** A frontmatter text value as one clean line of at most `max` characters (cut at a word). */
function cleanLine(value: string, max: number): string {
  let t = value.replace(/[\t\n\r\u2028\u2029]/g, ' ').replace(NOT_TEXT, '').replace(/\s+/g, ' ').trim();
  if (t.length > max) {
    const cut = t.slice(0, max);
    t = (cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut) + '…';
  }
  return t;
}

/**
 * Parse decoded article text.
 * @throws SourceError when the article has no title or no body, or its frontmatter is unusable.
 */
export function parseSource(file: string, text: string): SourceArticle {
  const ext = file.toLowerCase().endsWith('.md') ? 'md' : 'txt';
  const article = ext === 'md' && /^---[ \t]*\n/.test(text) ? parseMarkdownArticle(file, text) : parseTextArticle(file, text);
  // A block of only invisible characters or punctuation is not text: drop it, so it neither
  // counts as a body nor reaches the briefing.
  article.blocks = article.blocks.filter((b) => HAS_TEXT.test(b.text));
  if (article.blocks.filter((b) => b.kind === 'paragraph').length === 0)
    throw new SourceError(file, 'the article has a title but no text to brief');
  return article;
}

/** A letter or a digit in any script. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

function parseTextArticle(file: string, text: string): SourceArticle {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new SourceError(file, 'the file is empty (no title, no text)');
  const title = cleanTitle(lines[first]);
  if (!title) throw new SourceError(file, 'the first line (the title) has no letters or digits');
  const body = lines.slice(first + 1).join('\n');
  const blocks = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((text, i) => ({ kind: i > 0 && looksLikeSubheading(text) ? ('heading' as const) : ('paragraph' as const), text }));
  return { file, title, blocks, meta: {} };
}

function parseMarkdownArticle(file: string, text: string): SourceArticle {
  const end = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!end) throw new SourceError(file, 'the frontmatter starts with --- but is never closed with a second ---');
  const yamlText = text.slice(3, 3 + end.index + 1);
  const body = text.slice(3 + end.index + end[0].length);
  let data: unknown;
  try {
    // Plain YAML 1.2 with no custom tags: nothing in a source can construct objects or run code.
    // logLevel 'error': an unknown tag is read as plain text without printing the source's line to the log.
    data = parseYaml(yamlText, { schema: 'core', customTags: [], uniqueKeys: false, maxAliasCount: 50, logLevel: 'error' });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new SourceError(file, `the frontmatter is not valid YAML (${msg})`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new SourceError(file, 'the frontmatter must be a list of "key: value" lines');
  const parsed = sourceMetaSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    throw new SourceError(file, `frontmatter ${field ? `field "${field}"` : ''}: ${issue.message}`.replace('  ', ' '));
  }
  const { title: rawTitle, date, updated, url, ...credits } = parsed.data;
  const title = cleanTitle(rawTitle);
  if (!title) throw new SourceError(file, 'the title has no letters or digits');
  const isoDate = date === undefined ? undefined : toIsoDate(date);
  const isoUpdated = updated === undefined ? undefined : toIsoDate(updated);
  const meta: SourceMeta = {};
  for (const [key, value] of Object.entries(credits) as [keyof typeof credits, string | undefined][]) {
    const clean = value === undefined ? '' : cleanLine(value, MAX_META);
    if (clean) meta[key] = clean;
  }
  const cleanUrl = url === undefined ? '' : url.replace(NOT_TEXT, '').trim();
  if (cleanUrl && cleanUrl.length <= MAX_URL) meta.url = cleanUrl;
  if (isoDate) meta.date = isoDate;
  if (isoUpdated) meta.updated = isoUpdated;
  const tooDeep = nestingProblem(body);
  if (tooDeep) throw new SourceError(file, `the text ${tooDeep.message} (line ${tooDeep.line} of the text)`);
  return { file, title, blocks: fromMarkdown(body), meta };
}

/**
 * A frontmatter date as YYYY-MM-DD, or undefined when it is not a real date. A day the month
 * does not have (2024-02-30) is refused, not rolled over into the next month. A date-time with an
 * offset ("2026-03-04T00:30:00+01:00") keeps the publisher's calendar date, not UTC's.
 */
export function toIsoDate(value: string | Date): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ][\d:.]+[+-]\d{2}:?\d{2}$/.test(text)) return Number.isNaN(new Date(text).getTime()) ? undefined : toIsoDate(text.slice(0, 10));
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const iso = Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  return iso === `${m[1]}-${m[2]}-${m[3]}` ? iso : undefined;
}

/**
 * Plain-text articles mark subheadings only by layout: a short line standing alone with no
 * closing punctuation ("Russia says ready for contacts at all levels").
 */
export function looksLikeSubheading(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 12 && text.length <= 90 && !/[.!?:;,"”’')\]]$/.test(text) && /^[\p{Lu}'‘"“]/u.test(text);
}

/**
 * One line, no Markdown heading marks, no control, invisible or bidi-control characters, bounded length.
 */
export function cleanTitle(raw: string): string {
  let t = raw
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .replace(NOT_TEXT, '')
    .replace(/\s+/g, ' ')
    .replace(/^#{1,6}\s+/, '')
    .trim();
  if (t.length > MAX_TITLE) {
    const cut = t.slice(0, MAX_TITLE);
    t = (cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut) + '…';
  }
  return /[\p{L}\p{N}]/u.test(t) ? t : '';
}
