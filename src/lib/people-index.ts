/**
 * The people index, split so that no page of it grows with the archive: a small top page with a
 * link to every initial, and for each initial its people A–Z, at most {@link PEOPLE_PER_PAGE} a
 * page (`/figures/letter/a/`, `/figures/letter/a/2/`, …). At 10,000 briefings the index was one
 * page of 751 KB; at 100,000 (about 78,000 people with a page) one initial still holds thousands,
 * hence the pages within an initial.
 *
 * Pure: the pages (src/pages/figures/) read the collections and pass the people in.
 */
import { groupAlphabetically } from './grouping';

/** People listed on one page of the index at most (about 20 KB of HTML). */
export const PEOPLE_PER_PAGE = 200;

/** One initial of the index: its people A–Z, split into pages. */
export interface IndexLetter<T> {
  /** As shown: "A" … "Z", or "#" for names that do not begin with a letter. */
  label: string;
  /** In the address: "a" … "z", or "other". */
  slug: string;
  /** The people with a page under this initial, A–Z. */
  people: T[];
  /** Page n (1-based) holds `people.slice((n - 1) * perPage, n * perPage)`: its first and last name. */
  pages: { first: string; last: string }[];
  /** People under this initial named once in passing, who have no page (counted, not listed). */
  inPassing: number;
}

/** The address segment of an initial: its lower-case letter, or "other" for "#". */
export const letterSlug = (label: string): string => (label === '#' ? 'other' : label.toLowerCase());

/** The whole index: its initials, and how many people it lists and only counts. */
export interface PeopleIndex<T> {
  letters: IndexLetter<T>[];
  /** People with a page, listed under their initial. */
  listed: number;
  /** People named once in passing, who have no page: counted, not listed. */
  inPassing: number;
}

/**
 * Group people under the initial of their name (accents folded, "#" first for anything else), sort
 * each initial A–Z, and cut it into pages of `perPage`. `inPassing` (people without a page) are
 * only counted, in all and under their initial; an initial with nobody who has a page is left out,
 * since its page would have nothing to link to.
 */
export function peopleIndex<T>(withPage: readonly T[], inPassing: readonly T[], name: (person: T) => string, perPage = PEOPLE_PER_PAGE): PeopleIndex<T> {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`peopleIndex: perPage must be a whole number of at least 1 (got ${perPage})`);
  const passing = new Map<string, number>();
  for (const g of groupAlphabetically([...inPassing], name)) passing.set(g.label, g.items.length);
  const letters = groupAlphabetically([...withPage], name).map((g) => {
    const pages: IndexLetter<T>['pages'] = [];
    for (let i = 0; i < g.items.length; i += perPage) {
      pages.push({ first: name(g.items[i]!), last: name(g.items[Math.min(i + perPage, g.items.length) - 1]!) });
    }
    return { label: g.label, slug: letterSlug(g.label), people: g.items, pages, inPassing: passing.get(g.label) ?? 0 };
  });
  return { letters, listed: withPage.length, inPassing: inPassing.length };
}
