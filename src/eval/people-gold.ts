/**
 * Matching the people finder's names to a gold file's persons, the way the scorer
 * (`corpora/eval/score.mjs`) does, so a fit can label candidates and quotes without briefing.
 */

/** A gold person as the scorer's gold files hold them. */
export interface GoldPerson {
  name: string;
  aliases?: string[];
  identity?: string | null;
  quotes?: string[];
}

const TITLE_WORDS = new Set('president ambassador administrator senator secretary minister professor emeritus mr mrs ms dr mp sir'.split(' '));

/** The scorer's normal form: no accents, lower case, punctuation as spaces. */
export const norm = (s: string) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function variants(g: GoldPerson): string[] {
  const vs = [g.name, ...(g.aliases ?? []), g.identity].filter((v): v is string => !!v).map(norm);
  return [...new Set(vs.filter((v) => v && v.split(' ').some((w) => w.length > 1 && !TITLE_WORDS.has(w))))];
}

/** Index of the gold person a name denotes, or -1 (the scorer's rules, without its one-to-one use). */
export function goldIndex(name: string, gold: GoldPerson[]): number {
  const n = norm(name);
  const ws = n.split(' ').filter(Boolean);
  const exact = gold.findIndex((g) => variants(g).includes(n));
  if (exact >= 0 || !ws.length) return exact;
  return gold.findIndex((g) => {
    const vs = variants(g);
    const vocab = new Set(vs.flatMap((v) => v.split(' ')));
    const surnames = new Set(vs.map((v) => v.split(' ').at(-1)));
    if (ws.every((w) => vocab.has(w)) && surnames.has(ws.at(-1))) return true;
    return vs.some((v) => !v.includes(' ') && ws.length > 1 && ws.at(-1) === v);
  });
}

/** The gold persons who said a quote (the scorer's test: the quote holds a gold quote's words). */
export function goldSpeakers(quote: string, gold: GoldPerson[]): number[] {
  const q = norm(quote);
  return gold.flatMap((g, i) => ((g.quotes ?? []).some((gq) => q.includes(norm(gq))) ? [i] : []));
}
