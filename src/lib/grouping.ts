/** Grouping helpers for long lists: A–Z sections for indexes, months for a person's briefings. */
import { formatMonth } from './dates';
import { foldAccents } from './fold';

/** One section of a grouped list. */
export interface Group<T> {
  /** Stable id for an anchor, e.g. `letter-a` or `2015-09`. */
  id: string;
  label: string;
  items: T[];
}

/** The letter an entry files under: A–Z after removing accents, `#` for anything else. */
export function initialOf(name: string): string {
  const first = foldAccents(name).trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Sort by `key` (case- and accent-insensitive) and group under initials, `#` first. */
export function groupAlphabetically<T>(items: T[], key: (item: T) => string): Group<T>[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(key(a), key(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = initialOf(key(item));
    const group = groups.get(letter);
    // Appended in place: copying the group for each item made a large index quadratic.
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ id: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`, label: letter, items: list }));
}

/** Group items already in date order under their month ("September 2015"); undated last. */
export function groupByMonth<T>(items: T[], date: (item: T) => string | undefined): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const d = date(item);
    const id = d ? d.slice(0, 7) : 'undated';
    let last = groups.at(-1);
    if (!last || last.id !== id) {
      last = { id, label: d ? formatMonth(d) : 'Undated', items: [] };
      groups.push(last);
    }
    last.items.push(item);
  }
  return groups;
}
