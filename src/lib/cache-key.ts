/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page is reused
 * from the previous build when its key and its code are unchanged, so a key must cover every piece
 * of data the page shows. Each route builds its key from exactly what it reads.
 */
import { createHash } from 'node:crypto';

/** A short hash of any JSON-serialisable value (object keys in the order they were built). */
export function cacheKeyOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 20);
}

/** What a briefing page's key is made of: the page's own data and what it shows of others. */
export interface BriefingKeyParts {
  /** The entry: its digest (a hash of its file) when the loader gives one, else its data. */
  entry: { digest?: string; data: { slug: string; figures: { id: string }[]; glossary: { id: string }[] } };
  related: { briefing: { data: { slug: string; title: string; date?: string } }; shared: unknown }[];
  /** Who has a page of their own (the people panel links only to those). */
  withPage: ReadonlySet<string>;
  /** Glossary entries by id, each by its digest or its data. */
  glossary: ReadonlyMap<string, { digest?: string; data: unknown }>;
  story?: { id: string; briefings: { data: { date?: string } }[] };
  revision?: unknown;
  settings: unknown;
}

/**
 * The cache key of a briefing's page. Every part is what the page shows, and no part grows with
 * the archive: of its story the page shows a link, the number of briefings and the first and last
 * dates, so that is all the key holds (the whole list made the keys of a 50,000-briefing archive,
 * whose generated stories ran to thousands of briefings, quadratic in its size). The entry's
 * digest stands for its data: hashing the data again cost more than half of the route's paths.
 */
export function briefingCacheKey({ entry, related, withPage, glossary, story, revision, settings }: BriefingKeyParts): string {
  return cacheKeyOf([
    entry.digest ?? entry.data,
    related.map((r) => [r.briefing.data.slug, r.briefing.data.title, r.briefing.data.date, r.shared]),
    entry.data.figures.map((f) => withPage.has(f.id)),
    entry.data.glossary.map((g) => {
      const term = glossary.get(g.id);
      return term ? (term.digest ?? term.data) : null;
    }),
    story ? [story.id, story.briefings.length, story.briefings[0]?.data.date, story.briefings.at(-1)?.data.date] : null,
    revision ?? null,
    settings,
  ]);
}
