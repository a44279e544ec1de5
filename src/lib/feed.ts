/** The briefings as feed items, shared by the RSS and JSON feeds. */
import type { Briefing } from '../schema/briefing.ts';
import { placedOn } from './dates.ts';

/** One briefing as a feed entry. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the briefing page. */
  url: string;
  summary: string;
  /** Key points and provenance as plain text. */
  text: string;
  date?: Date;
  sourceUrl?: string;
  people: string[];
}

/**
 * Characters XML 1.0 does not allow in a document (C0 controls other than tab and line breaks,
 * U+FFFE/U+FFFF, unpaired surrogates), plus C1 controls, which it discourages. An editor can
 * write any of them in a briefing as a YAML escape ("\u0001"); one of them makes the whole RSS
 * file unreadable to every feed reader, so feeds leave them out.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as it may appear in a feed: without the characters XML cannot carry. */
export function feedText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** A feed entry for a briefing; `url` is the briefing page's absolute URL. */
export function feedItem(briefing: Briefing, url: string): FeedItem {
  const b = cleanForFeed(briefing);
  const source = [b.source.name, b.source.author].filter(Boolean).join(', ') || 'the source';
  const points = b.keyPoints.map((p) => `• ${p}`).join('\n');
  const provenance = `An automated summary of “${b.title}” (${source})${b.source.url ? `: ${b.source.url}` : ''}.${b.source.license ? ` Source licence: ${b.source.license}.` : ''}`;
  return {
    title: b.title,
    url,
    summary: b.summary,
    text: [b.summary, points, provenance].filter(Boolean).join('\n\n'),
    date: placedOn(b) ? new Date(`${placedOn(b)}T00:00:00Z`) : undefined,
    sourceUrl: b.source.url,
    people: b.figures.map((f) => f.name),
  };
}

/**
 * One briefing as an item of @astrojs/rss; `url` is the briefing page's absolute URL, `updated`
 * the day an editor last corrected it (YYYY-MM-DD), if ever.
 */
export function rssItem(b: Briefing, url: string, updated?: string) {
  const item = feedItem(b, url);
  return {
    title: item.title,
    link: item.url,
    // Feed readers render <description> as HTML: the text is escaped for HTML here, and the
    // library escapes it again for XML, so a reader shows source text, never source markup.
    description: escapeHtml(item.summary || item.text),
    pubDate: item.date,
    categories: item.people,
    ...(item.sourceUrl ? { source: { title: feedText(b.source.name ?? 'Source'), url: item.sourceUrl } } : {}),
    // A corrected briefing says when it was updated, so feed readers can show it again.
    ...(updated ? { customData: `<atom:updated>${updated}T00:00:00Z</atom:updated>` } : {}),
  };
}

/**
 * Text to HTML text: `&`, `<` and `>` as character references, so a feed reader that renders a
 * description as HTML shows the source's text, never its markup. Quotation marks need no escaping
 * in HTML text, and escaping them here would show readers `&#34;` once the XML layer escapes the
 * `&` again.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A copy of the briefing with every text value passed through feedText. */
function cleanForFeed<T>(value: T): T {
  if (typeof value === 'string') return feedText(value) as T;
  if (Array.isArray(value)) return value.map(cleanForFeed) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanForFeed(v)])) as T;
  }
  return value;
}
