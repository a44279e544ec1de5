/** The briefings as feed items, shared by the RSS and JSON feeds. */
import type { Briefing } from '../schema/briefing';
import { placedOn } from './dates';

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

/** A feed entry for a briefing; `url` is the briefing page's absolute URL. */
export function feedItem(b: Briefing, url: string): FeedItem {
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
 * Text to HTML text: `&`, `<` and `>` as character references, so a feed reader that renders a
 * description as HTML shows the source's text, never its markup. Quotation marks need no escaping
 * in HTML text, and escaping them here would show readers `&#34;` once the XML layer escapes the
 * `&` again.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
