/**
 * The ingest command: sources (web pages, saved pages, feeds, folders of these) in, one seed per
 * article out. Each source is independent: a failure is recorded with the source and the reason
 * and the run goes on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeDocument } from './charset.ts';
import { extractFragment, extractPage, countWords, type PageArticle } from './extract-page.ts';
import { looksLikeFeed, readFeed, type FeedEntry, type ParsedFeed } from './feeds.ts';
import { FetchError, type Fetcher } from './fetcher.ts';
import type { HttpCache } from './http-cache.ts';
import { SeedStore, type SeedFields } from './seed-store.ts';
import { SourceError } from '../pipeline/errors.ts';
import type { DomParser } from './dom.ts';

/** One source as given on the command line or in feeds.yml. */
export interface SourceSpec {
  /** A URL, a file or a folder. */
  location: string;
  /** Publisher name; overrides what the pages say. */
  publisher?: string;
  /** Licence; overrides what the pages say. */
  license?: string;
  /** Most entries taken from a feed (newest first). */
  limit?: number;
  /** The publisher's IANA time zone. */
  timeZone?: string;
}

export interface IngestOptions {
  /** The seeds folder. */
  outDir: string;
  fetcher: Fetcher;
  /** Validators are committed here only once a source was ingested without failure. */
  cache?: HttpCache;
  /** Fetch each feed entry's page (default true); otherwise the feed's own text is used. */
  follow?: boolean;
  /** Pages of a paginated article followed through rel=next (default 5). */
  maxPages?: number;
  /** Fewest words an article must have (default 40). */
  minWords?: number;
  log?: (line: string) => void;
  /** The DOM pages are parsed into (default linkedom; the figures script measures jsdom too). */
  dom?: DomParser;
}

/** What happened to one article or source. */
export interface IngestOutcome {
  /** The source as given, and the entry's address inside a feed when there is one. */
  source: string;
  status: 'written' | 'updated' | 'unchanged' | 'duplicate' | 'not-modified' | 'failed';
  /** The seed file written, updated or matched. */
  file?: string;
  /** Why it failed, or what it duplicates. */
  reason?: string;
}

const FEED_EXT = new Set(['.xml', '.rss', '.atom', '.json', '.feed']);
const PAGE_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Ingest every source in turn. */
export async function ingest(specs: SourceSpec[], options: IngestOptions): Promise<IngestOutcome[]> {
  const store = new SeedStore(options.outDir);
  const run = new Run(store, options);
  for (const spec of specs) {
    try {
      await run.source(spec);
    } catch (e) {
      run.fail(spec.location, e);
    }
  }
  options.cache?.save();
  return run.outcomes;
}

/** A document read from the network or disk. */
interface Doc {
  text: string;
  url?: string;
  contentType?: string;
  /** The address asked for, under which its validators are kept. */
  requested?: string;
  validators?: { etag?: string; lastModified?: string };
}

class Run {
  readonly outcomes: IngestOutcome[] = [];
  private readonly store: SeedStore;
  private readonly o: IngestOptions;
  private readonly log: (line: string) => void;

  constructor(store: SeedStore, options: IngestOptions) {
    this.store = store;
    this.o = options;
    this.log = options.log ?? (() => {});
  }

  async source(spec: SourceSpec): Promise<void> {
    const loc = spec.location;
    if (/^https?:\/\//i.test(loc)) return this.remote(spec);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(loc)) throw new Error(`only http and https addresses are read, not ${loc.split(':')[0]}:`);
    if (!existsSync(loc)) throw new Error('no such file or folder');
    if (statSync(loc).isDirectory()) {
      const names = readdirSync(loc)
        .filter((n) => !n.startsWith('.') && (PAGE_EXT.has(extname(n).toLowerCase()) || FEED_EXT.has(extname(n).toLowerCase())))
        .sort();
      if (!names.length) throw new Error('the folder has no .html, .xml, .rss, .atom or .json files');
      for (const n of names) {
        try {
          await this.file({ ...spec, location: join(loc, n) });
        } catch (e) {
          this.fail(join(loc, n), e);
        }
      }
      return;
    }
    return this.file(spec);
  }

  private async file(spec: SourceSpec): Promise<void> {
    const { text } = decodeDocument(readFileSync(spec.location));
    const doc: Doc = { text };
    if (FEED_EXT.has(extname(spec.location).toLowerCase()) || looksLikeFeed(text)) return this.feed(spec, doc);
    return this.page(spec, spec.location, doc, undefined);
  }

  private async remote(spec: SourceSpec): Promise<void> {
    const res = await this.o.fetcher.get(spec.location, true);
    if (res.status === 'not-modified') {
      this.outcomes.push({ source: spec.location, status: 'not-modified' });
      this.log(`not modified: ${spec.location} (nothing new since the last read)`);
      return;
    }
    const { text } = decodeDocument(res.bytes, res.contentType);
    const doc: Doc = { text, url: res.url, contentType: res.contentType, requested: spec.location, validators: res.validators };
    if (looksLikeFeed(text, res.contentType)) return this.feed(spec, doc);
    return this.page(spec, spec.location, doc, undefined);
  }

  private async feed(spec: SourceSpec, doc: Doc): Promise<void> {
    let feed: ParsedFeed;
    try {
      feed = readFeed(doc.text, doc.url, spec.timeZone);
    } catch (e) {
      throw new Error(`not a feed this reads (RSS, Atom, JSON Feed): ${(e as Error).message}`);
    }
    const entries = feed.entries.slice(0, spec.limit ?? feed.entries.length);
    this.log(`${spec.location}: ${feed.format} feed "${feed.title ?? ''}", ${entries.length} of ${feed.entries.length} entries`);
    const before = this.failures();
    // Entries are read together; the fetcher's per-host gates keep each site's load polite.
    await Promise.all(
      entries.map(async (entry, i) => {
        const label = `${spec.location} → ${entry.url ?? `entry ${i + 1}`}`;
        try {
          await this.entry(spec, feed, entry, label);
        } catch (e) {
          this.fail(label, e);
        }
      }),
    );
    if (this.failures() === before) this.commitValidators(doc);
  }

  private async entry(spec: SourceSpec, feed: ParsedFeed, entry: FeedEntry, label: string): Promise<void> {
    const fromFeed = () => {
      const markdown = entry.html ? extractFragment(entry.html, { dom: this.o.dom }) : '';
      return { meta: {}, markdown, words: countWords(markdown), bodyFrom: 'page' } as PageArticle;
    };
    const defaults = {
      title: entry.title,
      date: entry.date,
      updated: entry.updated,
      author: entry.author,
      license: entry.license ?? feed.license,
      language: feed.language,
      source: feed.title,
    };
    if (entry.url && /^https?:/i.test(entry.url) && this.o.follow !== false) {
      let res;
      try {
        res = await this.o.fetcher.get(entry.url, true);
      } catch (e) {
        // The feed's own full text is the article too: use it, and say so.
        if (entry.fullText && countWords(fromFeed().markdown) >= (this.o.minWords ?? 40)) {
          this.log(`${label}: the page could not be read (${reason(e)}); using the feed's full text instead`);
          return this.save(spec, label, fromFeed(), { ...defaults, url: entry.url });
        }
        throw e;
      }
      if (res.status === 'not-modified') {
        this.outcomes.push({ source: label, status: 'not-modified' });
        return;
      }
      const { text } = decodeDocument(res.bytes, res.contentType);
      return this.page(spec, label, { text, url: res.url, contentType: res.contentType, requested: entry.url, validators: res.validators }, { ...defaults, url: entry.url });
    }
    return this.save(spec, label, fromFeed(), { ...defaults, url: entry.url });
  }

  /** A page (with its further pages, when it is paginated) to a seed. */
  private async page(spec: SourceSpec, label: string, doc: Doc, defaults: Partial<SeedFields> | undefined): Promise<void> {
    const article = extractPage(doc.text, { url: doc.url, timeZone: spec.timeZone, dom: this.o.dom });
    if (doc.url) await this.morePages(article, doc.url, spec);
    else if (article.meta.next) this.log(`${label}: a saved page links to a next page (${article.meta.next}); only this page is read`);
    await this.save(spec, label, article, defaults ?? {}); // throws on failure
    this.commitValidators(doc);
  }

  /** Follow rel=next on the same site, at most maxPages pages in all, appending new paragraphs. */
  private async morePages(article: PageArticle, url: string, spec: SourceSpec): Promise<void> {
    const seen = new Set([url]);
    let next = article.meta.next;
    const max = this.o.maxPages ?? 5;
    for (let page = 2; next && page <= max; page++) {
      if (seen.has(next) || new URL(next).origin !== new URL(url).origin) break;
      seen.add(next);
      const res = await this.o.fetcher.get(next);
      if (res.status !== 'ok') break;
      const more = extractPage(decodeDocument(res.bytes, res.contentType).text, { url: res.url, timeZone: spec.timeZone, dom: this.o.dom });
      const have = new Set(article.markdown.split(/\n\n+/));
      const added = more.markdown.split(/\n\n+/).filter((p) => !have.has(p));
      article.markdown = [article.markdown, ...added].join('\n\n');
      next = more.meta.next;
      if (next && page === max) this.log(`${url}: stopped after ${max} pages (--max-pages)`);
    }
    article.words = countWords(article.markdown);
  }

  private async save(spec: SourceSpec, label: string, article: PageArticle, defaults: Partial<SeedFields>): Promise<void> {
    const m = article.meta;
    if (m.freeToRead === false)
      throw new Error(
        `the page is marked as not free to read (isAccessibleForFree: false) and shows ${article.words} words: ` +
          'a paywall teaser is not the article, so it is not ingested',
      );
    const minWords = this.o.minWords ?? 40;
    if (article.words < minWords) throw new Error(`no article text found (${article.words} words, fewer than ${minWords})`);
    const fields: SeedFields = {
      title: m.title ?? defaults.title ?? '',
      url: m.url ?? defaults.url,
      source: spec.publisher ?? m.source ?? defaults.source,
      date: m.date ?? defaults.date,
      updated: m.updated ?? defaults.updated,
      author: m.author ?? defaults.author,
      license: spec.license ?? m.license ?? defaults.license,
      language: m.language ?? defaults.language,
    };
    if (!fields.title) throw new Error('the article has no title (none in the page or the feed)');
    if (!fields.date) this.log(`undated: ${label}: no published date in the page's metadata or the feed`);
    if (fields.date && fields.updated && fields.updated === fields.date) delete fields.updated;
    const result = this.store.put(fields, article.markdown);
    const file = join(this.o.outDir, result.file);
    if (result.status === 'duplicate') {
      this.outcomes.push({ source: label, status: 'duplicate', file, reason: `the same text as ${file}` });
      this.log(`duplicate: ${label}: the same text as ${file}`);
    } else {
      this.outcomes.push({ source: label, status: result.status, file });
      this.log(`${result.status}: ${file}  (${label}${article.bodyFrom === 'json-ld' ? ', text from JSON-LD articleBody' : ''})`);
    }
  }

  fail(source: string, e: unknown): void {
    this.outcomes.push({ source, status: 'failed', reason: reason(e) });
    this.log(`failed: ${source}: ${reason(e)}`);
  }

  private failures(): number {
    return this.outcomes.filter((o) => o.status === 'failed').length;
  }

  /** Keep a document's validators only once it was ingested, so a failed one is read in full again. */
  private commitValidators(doc: Doc): void {
    if (!doc.requested || !doc.validators) return;
    this.o.cache?.set(doc.requested, doc.validators.etag, doc.validators.lastModified);
  }
}

function reason(e: unknown): string {
  if (e instanceof FetchError || e instanceof SourceError) return e.reason;
  return (e as Error).message;
}
