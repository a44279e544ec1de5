/**
 * Page metadata from the three places news sites put it, in order of trust: schema.org JSON-LD
 * (the `NewsArticle` node or another Article type), OpenGraph / `article:*` properties, then
 * plain meta tags and links (`author`, `rel=canonical`, `rel=license`, `<html lang>`, `<time>`).
 * Read before Readability runs, since Readability changes the document.
 */
import { normaliseDate } from './dates.ts';

/** What a page says about itself. Every field is optional: pages leave things out. */
export interface PageMeta {
  title?: string;
  /** The canonical address. */
  url?: string;
  /** The publisher's name. */
  source?: string;
  /** Published, ISO 8601. */
  date?: string;
  /** Last updated, ISO 8601. */
  updated?: string;
  author?: string;
  /** A licence name ("CC BY 4.0") or the address/text the page gives. */
  license?: string;
  /** BCP 47 language tag. */
  language?: string;
  /** The article's full text when JSON-LD carries it (`articleBody`). */
  articleBody?: string;
  /** False when JSON-LD says the article is not free to read (`isAccessibleForFree`). */
  freeToRead?: boolean;
  /** The JSON-LD type of the article node ("NewsArticle", "LiveBlogPosting"…). */
  type?: string;
  /** The address of the next page of a paginated article (`rel=next`). */
  next?: string;
}

/**
 * schema.org types of a news article node: Article and its subtypes that newsrooms use
 * (https://schema.org/Article, https://schema.org/NewsArticle).
 */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'Report', 'ScholarlyArticle', 'SatiricalArticle',
]);

type Node = Record<string, unknown>;

/** Read a page's metadata. `baseUrl` resolves relative links (the address the page came from). */
export function readMetadata(doc: Document, baseUrl: string | undefined, timeZone?: string): PageMeta {
  const ld = articleNode(doc);
  const meta = (key: string) => metaContent(doc, key);
  // A saved page's relative links are relative to where it was published: its canonical address.
  const base = baseUrl ?? absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? '', undefined);
  const abs = (href: string | undefined | null) => (href ? absolute(href, base) : undefined);
  const firstDate = (...values: (string | undefined)[]) => {
    for (const v of values) {
      const d = normaliseDate(v, timeZone);
      if (d) return d;
    }
    return undefined;
  };
  const timeEl = doc.querySelector('article time[datetime], time[datetime][pubdate], time[datetime]');
  const result: PageMeta = {
    title: text(ld?.headline) ?? meta('og:title') ?? meta('twitter:title') ?? titleFromTag(doc, personName(ld?.publisher) ?? meta('og:site_name')),
    url:
      abs(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
      abs(meta('og:url')) ??
      abs(text(ld?.url)) ??
      baseUrl,
    source: personName(ld?.publisher) ?? meta('og:site_name') ?? meta('application-name'),
    date: firstDate(
      text(ld?.datePublished),
      meta('article:published_time'),
      meta('datePublished'),
      meta('date'),
      meta('pubdate'),
      meta('dc.date'),
      meta('dcterms.created'),
      meta('parsely-pub-date'),
      timeEl?.getAttribute('datetime') ?? undefined,
    ),
    updated: firstDate(text(ld?.dateModified), meta('article:modified_time'), meta('og:updated_time'), meta('dateModified'), meta('dcterms.modified')),
    author:
      authorNames(ld?.author) ??
      nonUrl(meta('author')) ??
      nonUrl(meta('article:author')) ??
      nonUrl(meta('dc.creator')) ??
      nonUrl(meta('parsely-author')) ??
      visibleByline(doc),
    license: licenseName(
      abs(doc.querySelector('link[rel~="license"], a[rel~="license"]')?.getAttribute('href')) ??
        text(ld?.license) ??
        meta('dcterms.license') ??
        meta('license'),
    ),
    language:
      languageTag(doc.documentElement?.getAttribute('lang')) ??
      languageTag(text(ld?.inLanguage)) ??
      languageTag(meta('og:locale')) ??
      languageTag(meta('content-language')),
    // Kept with its line breaks: they are the article's paragraphs.
    articleBody: typeof ld?.articleBody === 'string' ? ld.articleBody.trim() || undefined : undefined,
    freeToRead: ld && /^false$/i.test(String(ld.isAccessibleForFree)) ? false : undefined,
    type: ld ? types(ld)[0] : undefined,
    next: abs(doc.querySelector('link[rel~="next"], a[rel~="next"]')?.getAttribute('href')),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined && v !== '')) as PageMeta;
}

/** The article node of the page's JSON-LD, looking through arrays and `@graph`. */
function articleNode(doc: Document): Node | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is common; the other sources of metadata still count
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const node = item as Node;
        if (types(node).some((t) => ARTICLE_TYPES.has(t))) return node;
        if (node['@graph']) queue.push(node['@graph']);
      }
    }
  }
  return undefined;
}

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
}

/**
 * The <title>, which usually ends with the site's name ("Headline | Paper"): the page's single
 * <h1> when the title starts with it, else the title without a trailing site name.
 */
function titleFromTag(doc: Document, siteName: string | undefined): string | undefined {
  const title = clean(doc.querySelector('title')?.textContent);
  if (!title) return undefined;
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? clean(h1s[0].textContent) : undefined;
  if (h1 && title.startsWith(h1)) return h1;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && siteName && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' – ');
  return title;
}

/** A byline marked up as such in the page (microdata or rel=author), without its "By". */
function visibleByline(doc: Document): string | undefined {
  const el = doc.querySelector('[itemprop~="author"] [itemprop~="name"], [itemprop~="author"], [rel~="author"]');
  return clean(el?.textContent?.replace(/^\s*by\s+/i, ''));
}

function metaContent(doc: Document, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const el of doc.querySelectorAll('meta')) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase();
    if (name === lower) return clean(el.getAttribute('content'));
  }
  return undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object' && typeof (v as Node)['@value'] === 'string') return clean((v as Node)['@value'] as string);
  return undefined;
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** A name from a string, a Person/Organization node, or the first of a list. */
function personName(v: unknown): string | undefined {
  if (Array.isArray(v)) return personName(v[0]);
  if (typeof v === 'string') return nonUrl(clean(v));
  if (v && typeof v === 'object') return text((v as Node).name);
  return undefined;
}

/** All authors' names, joined ("Ana Díaz and Tom Reed"). */
function authorNames(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map(personName).filter((n): n is string => !!n);
  if (!list.length) return undefined;
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Profile links in `article:author` are addresses, not names. */
function nonUrl(s: string | undefined): string | undefined {
  return s && !/^https?:\/\//i.test(s) ? s : undefined;
}

function absolute(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** "en_GB" and "en-gb" to "en-GB"; anything that is not a language tag to undefined. */
export function languageTag(raw: string | undefined | null): string | undefined {
  const m = raw ? /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(raw) : null;
  if (!m) return undefined;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}

/**
 * A Creative Commons deed address as the licence's short name ("CC BY-SA 4.0", the form the
 * project's seeds and src/lib/license.ts use); any other licence is kept as the page gives it.
 */
export function licenseName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const cc = /creativecommons\.org\/licenses\/((?:by|nc|nd|sa)(?:-(?:by|nc|nd|sa))*)\/(\d\.\d)/i.exec(raw);
  if (cc) return `CC ${cc[1].toUpperCase()} ${cc[2]}`;
  if (/creativecommons\.org\/publicdomain\/zero\/(\d\.\d)/i.test(raw)) return `CC0 ${/zero\/(\d\.\d)/.exec(raw)![1]}`;
  return raw.trim();
}
