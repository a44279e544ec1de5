/**
 * Look-up tables keyed by words of an article. A plain object answers for keys it never had:
 * `{ he: 'm' }['constructor']` is a function, so a word like "Constructor" (in "Consorcio
 * Constructor Pilcomayo") would read as an entry. A table without a prototype has only its own keys.
 */

/** A frozen copy of `entries` that answers `undefined` for every key it was not given. */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
