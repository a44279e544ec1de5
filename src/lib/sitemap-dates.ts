/**
 * Last-modified dates for the sitemap: each briefing page's date, and the newest of them for the
 * home page and the archive's first page, read from the briefings' frontmatter when the build
 * configures the sitemap. Only the two top-level keys are read, line by line, so a large archive
 * costs one quick read per file rather than a YAML parse, and only for the files changed since the
 * last build (src/lib/briefing-heads.ts).
 */
import type { BriefingHead } from './briefing-heads.ts';

/** Page path under the site's base (e.g. `briefings/x/`, `` for home) → YYYY-MM-DD, from the briefings' heads. */
export function sitemapDates(heads: readonly BriefingHead[]): Map<string, string> {
  const dates = new Map<string, string>();
  let newest = '';
  for (const { slug, date } of heads) {
    if (!slug || !date) continue;
    dates.set(`briefings/${slug}/`, date);
    if (date > newest) newest = date;
  }
  if (newest) for (const page of ['', 'archive/']) dates.set(page, newest);
  return dates;
}
