/**
 * Forgiving name search: the people of the site as a small index of the words of their names and
 * of their profiles' aliases, and a rewrite of a query that maps each word to the spelling the
 * briefings use: exactly for an alias, through the transliteration pairs of
 * src/data/transliterations.json for another romanisation ("Sergei" → "Sergey"), and within one or
 * two letters for a slip ("Zakarova" → "Zakharova").
 * This module builds the index at build time; the rewrite runs in the reader's browser
 * (src/lib/search-rewrite.js, included in the search modal's script).
 */

/** The index the search UI loads: each known word (lowercase, unaccented) → the word to search for. */
export interface NameIndex {
  words: Record<string, string>;
}

export { rewriteQuery, editDistance, spellingVariants } from './search-rewrite.js';

/** A word as the index keys it: lowercase, accents removed. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The name index for a site's people: every word of a name maps to itself, and every word of an
 * alias to the name's word at the same position (or, for an alias of another length, to the
 * name's last word, the surname). A word that is itself some person's name word keeps meaning
 * that person's word.
 */
export function buildNameIndex(people: readonly { name: string; aliases?: readonly string[] }[]): NameIndex {
  // No prototype, so a name word such as "constructor" is a word like any other.
  const words: Record<string, string> = Object.create(null);
  const nameWords = (s: string) => s.split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length >= 2);
  for (const p of people) for (const w of nameWords(p.name)) words[fold(w)] ??= w;
  for (const p of people) {
    const own = nameWords(p.name);
    for (const alias of p.aliases ?? []) {
      const aw = nameWords(alias);
      aw.forEach((w, i) => (words[fold(w)] ??= aw.length === own.length ? own[i]! : own.at(-1)!));
    }
  }
  return { words };
}
