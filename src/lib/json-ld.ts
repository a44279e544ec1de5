/**
 * schema.org structured data for briefing pages, and a serialiser that is safe inside a
 * `<script type="application/ld+json">` element.
 */
import type { Briefing } from '../schema/briefing';
import { licenseUrl } from './license';

/**
 * JSON for a `<script>` element. `<` is escaped so a `</script>` or `<!--` inside a title cannot
 * end the element early; `>`, `&` and the two JavaScript line terminators are escaped as well
 * because some HTML and JS parsers treat them specially. The output is still valid JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** People listed in `mentions`. */
const MAX_MENTIONS = 6;

interface NewsArticleOptions {
  /** Absolute URL of the briefing page. */
  url: string;
  /** The publication's name. */
  publisher: string;
  /** The page's language (site settings' locale). Default "en". */
  language?: string;
  /** Corrections since the briefing was first published, if any. */
  revision?: { date: string; changes: string[] };
  /** Absolute URL of the briefing's share image. */
  image?: string;
}

/**
 * A NewsArticle describing the briefing: its headline and dates, the people it mentions, and the
 * source article it is based on with the source's licence and attribution when it has them.
 */
export function newsArticleJsonLd(b: Briefing, { url, publisher, language = 'en', revision, image }: NewsArticleOptions): Record<string, unknown> {
  const license = licenseUrl(b.source.license);
  const based: Record<string, unknown> = { '@type': 'NewsArticle' };
  if (b.source.url) based.url = b.source.url;
  based.headline = b.title;
  if (b.source.name) based.publisher = { '@type': 'Organization', name: b.source.name };
  if (b.source.author) based.author = { '@type': 'Organization', name: b.source.author };
  if (b.date) based.datePublished = b.date;
  if (license) based.license = license;
  if (b.source.license) {
    // CC BY asks for credit to the author and the licence by name: creditText carries it.
    based.creditText = [b.source.author ?? b.source.name, b.source.license].filter(Boolean).join(', ');
  }
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: b.title,
    ...(b.summary ? { description: b.summary } : {}),
    ...(image ? { image } : {}),
    url,
    inLanguage: language,
    isBasedOn: based,
    publisher: { '@type': 'Organization', name: publisher },
    author: { '@type': 'Organization', name: publisher },
  };
  if (b.date) data.datePublished = b.date;
  if (revision) {
    data.dateModified = revision.date;
    data.correction = { '@type': 'CorrectionComment', datePublished: revision.date, text: revision.changes.join('; ') };
  }
  if (b.dateline) data.contentLocation = { '@type': 'Place', name: b.dateline.place };
  // The principal people only (figures come most important first): enough for a reader or a
  // crawler, and it keeps the page within its byte budget.
  if (b.figures.length) data.mentions = b.figures.slice(0, MAX_MENTIONS).map((f) => ({ '@type': 'Person', name: f.name }));
  // The briefing quotes the source's sentences, so it carries the source's licence as well.
  if (license) data.license = license;
  return data;
}
