/**
 * Which people get a page of their own. A page costs a build step, an entry in the search index
 * and a sitemap line, so at 100,000 briefings it must help a reader: a person gets one when named
 * in two or more briefings (the page gathers what one briefing cannot), or when central to the one
 * story that names them (its first person, or mentioned at least three times). Everyone else is
 * shown, unlinked, in the people panel of their briefing, and counted on the people index.
 *
 * The same rule serves the pages (from the content collection) and the annotation plugin (from
 * the briefing files, before Astro has read them), so a mark never links to a page that was not
 * built.
 */
import { createHash } from 'node:crypto';
import { readBriefingHeads, type BriefingHead } from './briefing-heads.ts';

/** A person is given a page when named in at least this many briefings. */
export const PAGE_MIN_BRIEFINGS = 2;
/** …or mentioned at least this many times in one briefing. */
export const CENTRAL_MIN_MENTIONS = 3;

/** The fields of a briefing's person that the rule reads. */
export interface PersonRef {
  id: string;
  mentions?: number;
}

/** Whether the person at `position` of a briefing's people list is central to that story. */
export function isCentral(ref: PersonRef, position: number): boolean {
  return position === 0 || (ref.mentions ?? 0) >= CENTRAL_MIN_MENTIONS;
}

/** Ids of the people who get a page, from each briefing's list of people (in their order). */
export function figuresWithPages(casts: Iterable<readonly PersonRef[]>): Set<string> {
  const seen = new Map<string, number>();
  const pages = new Set<string>();
  for (const cast of casts) {
    const inThis = new Set<string>();
    cast.forEach((ref, i) => {
      if (inThis.has(ref.id)) return;
      inThis.add(ref.id);
      const n = (seen.get(ref.id) ?? 0) + 1;
      seen.set(ref.id, n);
      if (n >= PAGE_MIN_BRIEFINGS || isCentral(ref, i)) pages.add(ref.id);
    });
  }
  return pages;
}

const memo = new WeakMap<readonly unknown[], Set<string>>();

/** {@link figuresWithPages} of a list of collection entries, computed once per list. */
export function figurePagesOf(entries: readonly { data: { figures: readonly PersonRef[] } }[]): Set<string> {
  let pages = memo.get(entries);
  if (!pages) memo.set(entries, (pages = figuresWithPages(entries.map((e) => e.data.figures))));
  return pages;
}

/** The people of each briefing, in file order, from the heads the build reads before Astro starts (those with a readable `figures:` block). */
export function castsOf(heads: readonly BriefingHead[]): PersonRef[][] {
  return heads.filter((h) => h.cast).map((h) => h.cast!.map(([id, mentions]) => ({ id, mentions })));
}

/**
 * The people of every briefing in a folder, read from the files themselves (only the `figures:`
 * block is parsed, see src/lib/briefing-heads.ts). A file whose frontmatter cannot be read adds
 * nobody; `npm run check` reports it. With `recordFile`, only files changed since are read.
 */
export function readCasts(briefingsDir: string, recordFile?: string): PersonRef[][] {
  return castsOf(readBriefingHeads(briefingsDir, recordFile));
}

/** A short hash of a set of ids, for cache keys: rendered bodies link only to built pages. */
export function hashIds(ids: Iterable<string>): string {
  return createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 12);
}
