/**
 * Feeds to article entries with feedsmith, which reads RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed
 * from a string (no network of its own) and keeps dates as the text the feed gave, so the
 * publisher's offset survives to dates.ts.
 */
import { parseFeed } from 'feedsmith';
import { parseWithLinkedom } from './dom.ts';
import { languageTag, licenseName } from './metadata.ts';
import { normaliseDate } from './dates.ts';

/** One entry of a feed, in the terms of a seed. */
export interface FeedEntry {
  /** The article's address (the entry's link, or a guid that is a permalink). */
  url?: string;
  title?: string;
  date?: string;
  updated?: string;
  author?: string;
  license?: string;
  /** The entry's own text as HTML: full content when the feed carries it, else the summary. */
  html?: string;
  /** True when `html` is the full content (content:encoded, Atom content, JSON content_html). */
  fullText: boolean;
}

/** A feed: its publisher-level fields and its entries, newest first as the feed lists them. */
export interface ParsedFeed {
  format: string;
  title?: string;
  language?: string;
  license?: string;
  entries: FeedEntry[];
}

/** True when a text looks like a feed rather than a web page. */
export function looksLikeFeed(text: string, contentType?: string): boolean {
  if (contentType && /(rss|atom|feed\+json|application\/xml|text\/xml)/i.test(contentType)) return true;
  const head = text.slice(0, 2000).trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head) || (/^\{/.test(head) && /jsonfeed\.org\/version/i.test(head));
}

/** Parse a feed. @throws Error with feedsmith's reason when the text is not a feed. */
export function readFeed(text: string, baseUrl?: string, timeZone?: string): ParsedFeed {
  const { format, feed } = parseFeed(text) as { format: string; feed: Record<string, any> };
  const abs = (href: unknown) => {
    if (typeof href !== 'string' || !href.trim()) return undefined;
    try {
      return new URL(href.trim(), baseUrl).href;
    } catch {
      return undefined;
    }
  };
  const date = (v: unknown) => (typeof v === 'string' ? normaliseDate(v, timeZone) : undefined);
  const names = (list: unknown) => {
    const all = (Array.isArray(list) ? list : [])
      .map((a) => (typeof a === 'string' ? a : a?.name))
      .filter((n): n is string => typeof n === 'string' && !!n.trim())
      // RSS <author> is "email (Name)": keep the name.
      .map((n) => /\(([^)]+)\)\s*$/.exec(n)?.[1] ?? n)
      .filter((n) => !/^[^\s@]+@[^\s@]+$/.test(n));
    return all.length ? all.join(' and ') : undefined;
  };
  if (format === 'atom') {
    return {
      format,
      title: plain(feed.title?.value),
      language: languageTag(feed.xml?.lang ?? feed.lang),
      license: licenseName(plain(feed.rights?.value)),
      entries: (feed.entries ?? []).map((e: any) => {
        const link = (e.links ?? []).find((l: any) => !l.rel || l.rel === 'alternate') ?? e.links?.[0];
        const content = e.content?.value as string | undefined;
        return {
          url: abs(link?.href) ?? (/^https?:/.test(e.id ?? '') ? e.id : undefined),
          title: plain(e.title?.value, e.title?.type),
          date: date(e.published) ?? date(e.updated),
          updated: e.published ? date(e.updated) : undefined,
          author: names(e.authors),
          license: licenseName(plain(e.rights?.value)),
          html: content ?? e.summary?.value,
          fullText: !!content,
        } satisfies FeedEntry;
      }),
    };
  }
  if (format === 'json') {
    return {
      format,
      title: plain(feed.title),
      language: languageTag(feed.language),
      entries: (feed.items ?? []).map((i: any) => ({
        url: abs(i.url) ?? abs(i.external_url),
        title: plain(i.title),
        date: date(i.date_published),
        updated: date(i.date_modified),
        author: names(i.authors ?? (i.author ? [i.author] : feed.authors)),
        html: i.content_html ?? (i.content_text ? escapeText(i.content_text) : i.summary),
        fullText: !!(i.content_html ?? i.content_text),
      })),
    };
  }
  // RSS 2.0 and RSS 1.0 (RDF) share the item shape feedsmith gives.
  return {
    format,
    title: plain(feed.title),
    language: languageTag(feed.language ?? feed.dc?.language),
    license: licenseName(feed.creativeCommons?.licenses?.[0] ?? feed.cc?.license),
    entries: (feed.items ?? []).map((i: any) => ({
      url: abs(i.link) ?? (i.guid?.isPermaLink !== false ? abs(i.guid?.value) : undefined),
      title: plain(i.title),
      date: date(i.pubDate) ?? date(i.dc?.date ?? i.dc?.dates?.[0]),
      updated: date(i.atom?.updated ?? i.dcterms?.modified),
      author: names(i.dc?.creators ?? i.authors),
      license: licenseName(i.creativeCommons?.licenses?.[0]),
      html: i.content?.encoded ?? i.description,
      fullText: !!i.content?.encoded,
    })),
  };
}

/** A feed text field as plain text: HTML-typed titles and descriptions lose their tags and entities. */
function plain(value: unknown, type?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = type === 'text' ? value : (parseWithLinkedom(`<!DOCTYPE html><html><body>${value}</body></html>`, undefined).body?.textContent ?? value);
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

function escapeText(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
}
