/**
 * The people type-ahead's files (see src/lib/person-filter.js): each person with a page, under
 * every two-letter prefix of their name's words, with the number of briefings that name them, so
 * the reader's first choices are the people the archive is most about, and the ids of their
 * pages, which the search links to as the reader types (person pages are not in the full-text
 * index: see src/pages/figures/[id]/[...page].astro).
 */
import { nameKeys, nameWords } from './person-filter.js';
import { figurePagesOf } from './figure-pages.ts';

/**
 * One name offered by the type-ahead: `[name as the briefings write it, briefings naming it, ids of
 * the pages of the people written so]`, the ids most-named first (two people may share a name).
 */
export type PersonEntry = [name: string, briefings: number, pages: string[]];

/**
 * The type-ahead files, keyed by prefix: the names (as the briefings' people lists write them,
 * which are the filter's values) of the people in `withPage`, most-named first, then by name.
 * A person written two ways is offered under both, since each way is a filter value of its own.
 */
export function personIndex(casts: Iterable<readonly { id: string; name: string }[]>, withPage: ReadonlySet<string>): Map<string, PersonEntry[]> {
  const counts = new Map<string, number>();
  // Name → page id → briefings naming that person so, to order a shared name's pages.
  const pages = new Map<string, Map<string, number>>();
  for (const cast of casts) {
    const named = cast.filter((f) => withPage.has(f.id));
    for (const name of new Set(named.map((f) => f.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
    const seen = new Set<string>();
    for (const f of named) {
      const pair = `${f.name}\u0000${f.id}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const ids = pages.get(f.name) ?? new Map<string, number>();
      ids.set(f.id, (ids.get(f.id) ?? 0) + 1);
      pages.set(f.name, ids);
    }
  }
  const files = new Map<string, PersonEntry[]>();
  for (const [name, n] of counts) {
    const ids = [...pages.get(name)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    for (const key of nameKeys(name)) {
      const list = files.get(key);
      if (list) list.push([name, n, ids]);
      else files.set(key, [[name, n, ids]]);
    }
  }
  for (const list of files.values()) list.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return files;
}

/**
 * Most names a two-letter file holds. Past it (a prefix such as "ma" or "li" in an archive of
 * tens of thousands of briefings, where the file would pass a few hundred kilobytes) the file keeps
 * only its most-named, and each three-letter prefix under it gets a file of every name one of whose
 * words begins so; the search picks the file (typeaheadKey in person-filter.js). 500 names are
 * about 20 KB, 4 KB gzipped.
 */
export const MAX_TYPEAHEAD_NAMES = 500;

/**
 * `files` with every two-letter file of more than `max` names cut to its `max` most-named and
 * split by third letter into files that keep every name, most-named first. Files of three letters
 * are not split again, so that every name stays findable by the first three letters of a word.
 */
export function splitLargeFiles(files: Map<string, PersonEntry[]>, max = MAX_TYPEAHEAD_NAMES): Map<string, PersonEntry[]> {
  const out = new Map<string, PersonEntry[]>();
  for (const [key, list] of files) {
    if (list.length <= max) {
      out.set(key, list);
      continue;
    }
    out.set(key, list.slice(0, max));
    for (const entry of list) {
      const words = new Set(nameWords(entry[0]).filter((w) => w.length >= 3 && w.startsWith(key)));
      for (const third of new Set([...words].map((w) => w.slice(0, 3)))) {
        const longer = out.get(third);
        if (longer) longer.push(entry);
        else out.set(third, [entry]);
      }
    }
  }
  return out;
}

const memo = new WeakMap<readonly unknown[], Map<string, PersonEntry[]>>();

/** {@link personIndex} of the site's briefings, large files split ({@link splitLargeFiles}), computed once per list (the type-ahead's files and the name index both need it). */
export function personIndexOf(all: readonly { data: { figures: readonly { id: string; name: string; mentions?: number }[] } }[]): Map<string, PersonEntry[]> {
  let files = memo.get(all);
  if (!files) memo.set(all, (files = splitLargeFiles(personIndex(all.map((b) => b.data.figures), figurePagesOf(all)))));
  return files;
}
