/**
 * The seeds folder as the ingester sees it: which canonical addresses and which texts it already
 * holds, so a story is ingested once, and an updated story replaces its own seed.
 *
 * Seeds are written with the project's source schema (`sourceMetaSchema`, the one the brief
 * command reads them with) and read back through `parseSource` before they count as written,
 * so every seed the ingester leaves can be briefed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, parseMarkdown, stringifyMarkdown } from '../pipeline/frontmatter.ts';
import { fromMarkdown } from '../pipeline/markdown-text.ts';
import { parseSource, sourceMetaSchema } from '../pipeline/parse-source.ts';
import { slugify, shortHash } from '../pipeline/slug.ts';
import { writeFileAtomic } from '../pipeline/write-file.ts';
import type { PageMeta } from './metadata.ts';

/**
 * Frontmatter of an ingested seed, in the order it is written: what was read of the page, less the
 * JSON-LD text, with the title it must have (checked against the seed schema when written).
 */
export type SeedFields = Omit<PageMeta, 'articleBody' | 'title'> & { title: string };

interface Known {
  file: string;
  url?: string;
  updated?: string;
  fingerprint: string;
}

/** What `put` did with an article. */
export type PutResult =
  | { status: 'written' | 'updated'; file: string }
  | { status: 'unchanged'; file: string }
  | { status: 'duplicate'; file: string; by: 'url' | 'text' };

/**
 * A fingerprint of an article's text: its words, lowercased, without punctuation or markup, so
 * the same story republished under another address with other markup or quotes still matches.
 */
export function fingerprint(markdown: string): string {
  const text = fromMarkdown(markdown)
    .map((b) => b.text)
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return contentHash(text);
}

/**
 * An address as compared for duplicates: no fragment, no tracking parameters (utm_*, fbclid,
 * gclid), no trailing slash on the path, lowercase host.
 */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_)/i.test(key)) u.searchParams.delete(key);
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    return u.href;
  } catch {
    return url.trim();
  }
}

/** The seeds folder, indexed once and kept up to date as seeds are written. */
export class SeedStore {
  readonly dir: string;
  private byUrl = new Map<string, Known>();
  private byText = new Map<string, Known>();
  private files = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      this.files.add(name.toLowerCase());
      if (!name.endsWith('.md')) continue;
      try {
        const { data, body } = parseMarkdown(readFileSync(join(dir, name), 'utf8'));
        this.remember({
          file: name,
          url: typeof data.url === 'string' ? data.url : undefined,
          updated: typeof data.updated === 'string' ? data.updated : undefined,
          fingerprint: fingerprint(body),
        });
      } catch {
        // A seed the ingester cannot read is left alone; the brief command reports it.
      }
    }
  }

  /** Write an article as a seed, unless it is already there. */
  put(fields: SeedFields, markdown: string): PutResult {
    // The schema the brief command reads seeds with: what it would refuse is never written.
    const checked = sourceMetaSchema.safeParse(stripEmpty(fields));
    if (!checked.success) throw new Error(`the seed would be unusable: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
    const meta = checked.data;
    const print = fingerprint(markdown);
    const known = fields.url ? this.byUrl.get(normaliseUrl(fields.url)) : undefined;
    if (known) {
      if (known.fingerprint === print && (known.updated ?? '') === (fields.updated ?? '')) return { status: 'unchanged', file: known.file };
      this.write(known.file, meta as SeedFields, markdown, print);
      return { status: 'updated', file: known.file };
    }
    const sameText = this.byText.get(print);
    if (sameText) return { status: 'duplicate', file: sameText.file, by: 'text' };
    const file = this.freeName(fields.title, fields.url);
    this.write(file, meta as SeedFields, markdown, print);
    return { status: 'written', file };
  }

  private write(file: string, fields: SeedFields, markdown: string, print: string): void {
    const ordered = stripEmpty({
      title: fields.title,
      url: fields.url,
      source: fields.source,
      date: fields.date,
      updated: fields.updated,
      author: fields.author,
      license: fields.license,
      language: fields.language,
    });
    const text = stringifyMarkdown(ordered, markdown);
    parseSource(file, text); // throws SourceError when the brief command could not use it
    writeFileAtomic(join(this.dir, file), text);
    this.files.add(file.toLowerCase());
    this.remember({ file, url: fields.url, updated: fields.updated, fingerprint: print });
  }

  private remember(k: Known): void {
    if (k.url) this.byUrl.set(normaliseUrl(k.url), k);
    this.byText.set(k.fingerprint, k);
  }

  /** `<slug>.md`, or `<slug>-<hash of the address>.md` when another seed has the name. */
  private freeName(title: string, url: string | undefined): string {
    const slug = slugify(title) || 'article';
    if (!this.files.has(`${slug}.md`)) return `${slug}.md`;
    const suffixed = `${slug}-${shortHash(url ?? title)}.md`;
    let n = 2;
    let name = suffixed;
    while (this.files.has(name)) name = `${slug}-${shortHash(url ?? title)}-${n++}.md`;
    return name;
  }
}

function stripEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
