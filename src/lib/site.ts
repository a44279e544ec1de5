import { settings } from './site-settings.ts';

export { settings } from './site-settings.ts';
/** The publication's name and standing description (site.config.ts), used by the layout, feeds and structured data. */
export const siteName = settings.name;
export const siteDescription = settings.tagline;
/** Briefings on the home page before the archive takes over. */
export const homeCount = 12;
/** Briefings per archive, figure or glossary page: long lists are paginated so each page stays light. */
export const pageSize = 40;
/** Briefings in the RSS and JSON feeds. */
export const feedCount = 50;

/**
 * A meta description: the text cut at a word boundary to about `max` characters, since search
 * engines and link previews show no more and the full summary is on the page.
 */
export function metaDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The forms of a term to show a reader, each once whatever its case: an entry lists "member of
 * parliament" beside "Member of Parliament" so that case-sensitive matching finds both.
 */
export function distinctForms(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(f.toLowerCase()) && !!seen.add(f.toLowerCase()));
}

/**
 * The repository that holds the site's content, for readers' correction requests and edit links:
 * `repository` in site.config.ts, else the repository a GitHub Actions build runs in. Without
 * either, "Report an error" leads to the About page's corrections section instead.
 */
export const repository = { url: (settings.repository ?? '').replace(/\/+$/, ''), branch: settings.branch };
