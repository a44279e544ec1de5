/**
 * The reader's side of forgiving name search (the index is built by src/lib/name-match.ts): a
 * query's words mapped to the spellings the briefings use. Plain JavaScript with no imports,
 * because the search modal's script includes this file's text as it is.
 */

/**
 * The other spellings of a word that the transliteration pairs give, one change at a time, each
 * pair applied both ways (src/data/transliterations.json).
 * @param {string} word lowercase, unaccented
 * @param {[string, string][]} pairs
 * @returns {string[]}
 */
export function spellingVariants(word, pairs) {
  const out = new Set();
  for (const [a, b] of pairs) {
    for (const [from, to] of [[a, b], [b, a]]) {
      for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) out.add(word.slice(0, i) + to + word.slice(i + from.length));
    }
  }
  out.delete(word);
  return [...out];
}

/**
 * Damerau–Levenshtein distance between two words, giving up (returning max + 1) beyond `max`.
 * @param {string} a
 * @param {string} b
 * @param {number} max
 * @returns {number}
 */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
      if (d < best) best = d;
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/**
 * The query with each word a reader may have spelt otherwise replaced by the site's spelling: a
 * name word or alias exactly; a word of five or more letters that another romanisation turns into
 * a name word (`pairs`); with `fuzzy`, a word of five or more letters that is one letter (two,
 * from eight letters) from exactly one name word. `changed` says whether anything was replaced.
 * @param {string} query
 * @param {{ words: Record<string, string> }} index
 * @param {boolean} fuzzy
 * @param {[string, string][]} [pairs]
 * @returns {{ query: string, changed: boolean }}
 */
export function rewriteQuery(query, index, fuzzy, pairs = []) {
  const has = (w) => Object.prototype.hasOwnProperty.call(index.words, w);
  const fold = (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const targets = fuzzy ? [...new Set(Object.values(index.words))] : [];
  let changed = false;
  const words = query.split(/(\s+)/).map((part) => {
    const w = fold(part);
    if (!w.trim()) return part;
    if (has(w)) {
      if (fold(index.words[w]) !== w) changed = true;
      return index.words[w];
    }
    if (w.length < 5) return part;
    const variant = spellingVariants(w, pairs).find(has);
    if (variant !== undefined) {
      changed = true;
      return index.words[variant];
    }
    if (!fuzzy) return part;
    const max = w.length >= 8 ? 2 : 1;
    let found;
    let best = max + 1;
    let ties = 0;
    for (const t of targets) {
      const d = editDistance(w, fold(t), max);
      if (d < best) {
        best = d;
        found = t;
        ties = 0;
      } else if (d === best) ties++;
    }
    if (found === undefined || ties > 0) return part;
    changed = true;
    return found;
  });
  return { query: words.join(''), changed };
}
