/** Links inside the site, always under the configured base path. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the site: `href('briefings/x/')` → `/base/briefings/x/`. */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const briefingHref = (slug: string) => href(`briefings/${slug}/`);
export const figureHref = (id: string) => href(`figures/${id}/`);
export const glossaryHref = (id: string) => href(`glossary/${id}/`);
export const storyHref = (id: string) => href(`stories/${id}/`);

/** Only http(s) links leave the site; anything else (javascript:, data:) is not a link. */
export function safeExternalUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A page of the people index under one initial (src/lib/people-index.ts): `letter` is "a"…"z" or "other". */
export const peopleLetterHref = (letter: string, page = 1) => href(`figures/letter/${letter}/${page > 1 ? `${page}/` : ''}`);

export const archiveHref = (page = 1) => href(page > 1 ? `archive/${page}/` : 'archive/');

/** An absolute URL for a path inside the site (canonical links, feeds, structured data). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
