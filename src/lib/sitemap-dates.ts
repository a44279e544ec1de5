/**
 * Last-modified dates for the sitemap: each briefing page's date, and the newest of them for the
 * home page and the archive's first page, read from the briefings' frontmatter when the build
 * configures the sitemap. Only the two top-level keys are read, line by line, so a large archive
 * costs one quick read per file rather than a YAML parse.
 */
import { readdirSync } from 'node:fs';
import { readPlainText } from '../pipeline/read-source.ts';

const KEY = /^(slug|date):[ \t]*['"]?([^'"\n]*?)['"]?[ \t]*$/gm;

/** Page path under the site's base (e.g. `briefings/x/`, `` for home) → YYYY-MM-DD. */
export function sitemapDates(briefingsDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let newest = '';
  let files: string[];
  try {
    files = readdirSync(briefingsDir).filter((f) => f.endsWith('.md') && !f.startsWith('.'));
  } catch {
    return dates;
  }
  for (const file of files) {
    const text = readPlainText(briefingsDir, file);
    if (text === undefined) continue;
    const end = text.indexOf('\n---', 3);
    const head = text.slice(0, end < 0 ? 0 : end);
    const found: Record<string, string> = {};
    for (const m of head.matchAll(KEY)) found[m[1]!] ??= m[2]!;
    if (!found.slug || !/^\d{4}-\d{2}-\d{2}$/.test(found.date ?? '')) continue;
    dates.set(`briefings/${found.slug}/`, found.date!);
    if (found.date! > newest) newest = found.date!;
  }
  if (newest) for (const page of ['', 'archive/']) dates.set(page, newest);
  return dates;
}
