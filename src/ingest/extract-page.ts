/**
 * One HTML page to an article: metadata first (metadata.ts), boilerplate out (boilerplate.ts),
 * Mozilla's Readability to find the article, boilerplate out again, then Markdown (to-markdown.ts).
 * When the page's JSON-LD `articleBody` holds clearly more text than the visible page, that text
 * is used instead (pages that render their article with script).
 */
import { Readability } from '@mozilla/readability';
import { readMetadata, type PageMeta } from './metadata.ts';
import { loadRules, removeBoilerplate, type BoilerplateRules } from './boilerplate.ts';
import { htmlToMarkdown, textToMarkdown } from './to-markdown.ts';
import { parseWithLinkedom, type DomParser } from './dom.ts';

/** A page's article. */
export interface PageArticle {
  meta: PageMeta;
  /** The article body as Markdown. */
  markdown: string;
  /** Words in the body. */
  words: number;
  /** Where the body came from. */
  bodyFrom: 'page' | 'json-ld';
}

export interface ExtractOptions {
  /** The address the page came from (resolves relative links; the fallback canonical URL). */
  url?: string;
  /** The publisher's IANA time zone, for dates. */
  timeZone?: string;
  dom?: DomParser;
  rules?: BoilerplateRules;
}

let defaultRules: BoilerplateRules | undefined;

/** Most elements a page may have for Readability to read it. */
const MAX_ELEMENTS = 60_000;

/** Extract the article of a page. Throws when the page has no readable article. */
export function extractPage(html: string, options: ExtractOptions = {}): PageArticle {
  const rules = options.rules ?? (defaultRules ??= loadRules());
  const doc = (options.dom ?? parseWithLinkedom)(html, options.url);
  // News pages have a few thousand elements; far more is a generated or hostile page, over which
  // Readability's repeated passes would take minutes. Counted here because Readability's own
  // limit relies on getElementsByTagName('*'), which linkedom answers with an empty list.
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_ELEMENTS) throw new Error(`the page has ${elements} elements, more than the ${MAX_ELEMENTS} an article page could need`);
  const meta = readMetadata(doc, options.url, options.timeZone);
  if (doc.body) removeBoilerplate(doc.body, rules);
  const parsed = new Readability(doc, {
    keepClasses: true,
    charThreshold: 200,
    // The article element itself, so the second boilerplate pass can work on it as DOM.
    serializer: (el: Node) => el,
  }).parse() as { title?: string; byline?: string; content?: unknown; lang?: string } | null;
  let markdown = '';
  if (parsed?.content) {
    const el = parsed.content as Element;
    removeBoilerplate(el, rules);
    markdown = dropTitleHeading(htmlToMarkdown(el.innerHTML ?? ''), meta.title ?? parsed.title);
  }
  let bodyFrom: PageArticle['bodyFrom'] = 'page';
  const pageWords = countWords(markdown);
  if (meta.articleBody && countWords(meta.articleBody) > Math.max(40, pageWords * 1.5)) {
    markdown = textToMarkdown(meta.articleBody);
    bodyFrom = 'json-ld';
  }
  if (!meta.title && parsed?.title) meta.title = parsed.title.trim();
  if (!meta.author && parsed?.byline) meta.author = parsed.byline.replace(/^\s*by\s+/i, '').trim() || undefined;
  delete meta.articleBody;
  return { meta, markdown, words: countWords(markdown), bodyFrom };
}

/**
 * An HTML fragment that is already the article (a feed entry's content) to Markdown, with the
 * same boilerplate rules as pages.
 */
export function extractFragment(html: string, options: Pick<ExtractOptions, 'dom' | 'rules'> = {}): string {
  const rules = options.rules ?? (defaultRules ??= loadRules());
  const doc = (options.dom ?? parseWithLinkedom)(`<!DOCTYPE html><html><body>${html}</body></html>`, undefined);
  if (!doc.body) return '';
  removeBoilerplate(doc.body, rules);
  return htmlToMarkdown(doc.body.innerHTML);
}

/**
 * Words in a text: runs of letters or digits, except that each Chinese character and each kana
 * counts as one, since Chinese and Japanese are written without spaces.
 */
export function countWords(text: string): number {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
  const ideographs = (text.match(cjk) ?? []).length;
  return ideographs + (text.replace(cjk, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

/** Readability often keeps the page's own headline as the first heading: the seed has it as its title. */
function dropTitleHeading(markdown: string, title: string | undefined): string {
  const m = /^#{1,6} (.*)\n*/.exec(markdown);
  if (m && title && norm(m[1]) === norm(title)) return markdown.slice(m[0].length);
  return markdown;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
