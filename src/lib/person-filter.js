/**
 * The search's person filter, made to stay small however large the archive grows.
 *
 * Pagefind writes one file per filter, and its component UI loads every filter's file when search
 * opens; at 10,000 briefings the single "person" filter, one value per name, was 758 KB of a first
 * query's 1.2 MB. So people are split two ways:
 * - the Pagefind filter is sharded by the name's first letter (`person-a` … `person-z`, `person-_`
 *   for any other), so choosing a person loads one shard, never every name;
 * - the names a reader can pick come from a type-ahead over small JSON files written at build,
 *   one per two-letter prefix of a name's words (`search-people/la.json` for "Lavrov"), holding
 *   only people with a page of their own (src/lib/figure-pages.ts), fetched as the reader types;
 *   a prefix of very many people is split again by its third letter (`lav.json`; typeaheadKey).
 *
 * Plain JavaScript with no imports, because the search modal's script includes this file's text
 * as it is (like search-rewrite.js).
 */

/**
 * A word or name folded for matching: lowercase, accents removed.
 * @param {string} s
 * @returns {string}
 */
export function foldName(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The Pagefind filter a person's name is filed under (`data-pagefind-filter`): `person-` and the
 * name's first letter, a–z, or `person-_` for any other first letter.
 * @param {string} name
 * @returns {string}
 */
export function personFilterName(name) {
  const first = foldName(name.trim()).charAt(0);
  return 'person-' + (first >= 'a' && first <= 'z' ? first : '_');
}

/**
 * Whether a Pagefind filter name is one of the person shards.
 * @param {string} filter
 * @returns {boolean}
 */
export function isPersonFilter(filter) {
  return /^person-[a-z_]$/.test(filter);
}

/**
 * The words of a name or a typed query as the type-ahead keys them: folded, and split at anything
 * but the letters a–z, of at least two letters each.
 * @param {string} name
 * @returns {string[]}
 */
export function nameWords(name) {
  return foldName(name).split(/[^a-z]+/).filter((w) => w.length >= 2);
}

/**
 * The type-ahead file keys of a name or a typed query: the first two letters (a–z) of each word.
 * A word of fewer than two such letters gives no key; the reader finds the person by another word.
 * @param {string} name
 * @returns {string[]}
 */
export function nameKeys(name) {
  return [...new Set(nameWords(name).map((word) => word.slice(0, 2)))];
}

/**
 * The type-ahead file to fetch for what the reader typed, among the files the site has
 * (`available`: the keys search-names.json lists). A two-letter prefix's file holds everyone
 * under it, unless the build split it (a prefix of more people than one small file should hold,
 * in archives of tens of thousands of briefings: see src/lib/person-index.ts), when it holds only
 * the most-named and each three-letter prefix under it has a file of its own. So: the first typed
 * word's two-letter file when it is whole, or its three-letter one when it was split and the word
 * has three letters; failing that, the same for the next word ("li wei": "wei" or "we"); and only
 * then the first word's cut-down file. '' when no typed word has two letters.
 * @param {string} typed
 * @param {string[]} available
 * @returns {string}
 */
export function typeaheadKey(typed, available) {
  const split = new Set(available.filter((k) => k.length === 3).map((k) => k.slice(0, 2)));
  const words = nameWords(typed);
  for (const w of words) {
    if (!split.has(w.slice(0, 2))) return w.slice(0, 2);
    if (w.length >= 3) return w.slice(0, 3);
  }
  return words.length ? words[0].slice(0, 2) : '';
}

/**
 * Whether a name matches what the reader typed: every typed word begins one of the name's words.
 * @param {string} name
 * @param {string} typed
 * @returns {boolean}
 */
export function matchesTyped(name, typed) {
  const words = foldName(name).split(/[^a-z0-9]+/);
  return foldName(typed).split(/[^a-z0-9]+/).filter(Boolean).every((t) => words.some((w) => w.startsWith(t)));
}

/**
 * The people a search box's query names, for the row of people above the results: the pages of
 * the type-ahead entries whose names match every typed word (see matchesTyped), most-named
 * first, at most `limit`. A name two people share gives each of their pages, told apart by
 * `nth` (1 for the most-named) and with `shared` set, since `briefings` counts the name, not
 * each of them. Older files without page ids give nothing.
 * @param {[string, number, string[]?][]} entries a type-ahead file, most-named first
 * @param {string} typed
 * @param {number} limit
 * @returns {{ name: string, briefings: number, id: string, nth: number, shared: boolean }[]}
 */
export function peopleNamed(entries, typed, limit) {
  const out = [];
  if (!typed.trim()) return out;
  for (const [name, briefings, ids] of entries) {
    if (!Array.isArray(ids) || !matchesTyped(name, typed)) continue;
    ids.forEach((id, i) => out.push({ name, briefings, id, nth: i + 1, shared: ids.length > 1 }));
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
