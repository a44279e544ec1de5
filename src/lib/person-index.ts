/**
 * The people type-ahead's files (see src/lib/person-filter.js): each person with a page, under
 * every two-letter prefix of their name's words, with the number of briefings that name them, so
 * the reader's first choices are the people the archive is most about.
 */
import { nameKeys } from './person-filter.js';

/** One name offered by the type-ahead: `[name as the briefings write it, briefings naming it]`. */
export type PersonEntry = [name: string, briefings: number];

/**
 * The type-ahead files, keyed by prefix: the names (as the briefings' people lists write them,
 * which are the filter's values) of the people in `withPage`, most-named first, then by name.
 * A person written two ways is offered under both, since each way is a filter value of its own.
 */
export function personIndex(casts: Iterable<readonly { id: string; name: string }[]>, withPage: ReadonlySet<string>): Map<string, PersonEntry[]> {
  const counts = new Map<string, number>();
  for (const cast of casts) {
    const names = new Set(cast.filter((f) => withPage.has(f.id)).map((f) => f.name));
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const files = new Map<string, PersonEntry[]>();
  for (const [name, n] of counts) {
    for (const key of nameKeys(name)) {
      const list = files.get(key);
      if (list) list.push([name, n]);
      else files.set(key, [[name, n]]);
    }
  }
  for (const list of files.values()) list.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return files;
}
