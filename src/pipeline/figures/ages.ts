/**
 * age-speaker: the age each person of a story is given, so that a quote said by "the 33-year-old"
 * can be given to the one person of that age.
 */
import type { Cluster } from './coreference.ts';
import type { Token } from './tokens.ts';

/** An age written as one word before a noun or as a noun: "33-year-old". */
export const AGE_WORD = /^(\d{1,3})-year-old$/i;

/**
 * Whether the comma at token `comma` opens an age in passing closed by a comma ("Angus McBride,
 * 67, who …"): three tokens that the readers of what follows a name step over.
 */
export function ageInPassing(tokens: readonly Token[], comma: number): boolean {
  return tokens[comma]?.text === ',' && /^\d{1,3}$/.test(tokens[comma + 1]?.text ?? '') && tokens[comma + 2]?.text === ',';
}

/**
 * Each age → the people given it: "Tom Varga, 33," (the age between commas, or before a closing
 * bracket: "Tom Varga (33)"), "Tom Varga, a 33-year-old striker,", or "the 33-year-old Tom Varga"
 * (the age word right before the name or before one lower-case word before it: "33-year-old
 * striker Tom Varga"). A mention inside a quotation gives no age.
 */
export function ageIndex(clusters: readonly Cluster[], tokens: readonly Token[][]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const c of clusters) {
    const ages = new Set<number>();
    for (const m of c.mentions) {
      if (m.inQuote) continue;
      const ts = tokens[m.paragraph]!;
      const open = ts[m.last + 1]?.text;
      const n = ts[m.last + 2];
      const close = ts[m.last + 3]?.text;
      if (n?.word && /^\d{1,3}$/.test(n.text) && ((open === ',' && (close === ',' || close === '.')) || (open === '(' && close === ')'))) ages.add(Number(n.text));
      // An appositive that opens on the age: "Omondi, a 19-year-old striker,".
      const appositive = open === ',' && n?.word && /^an?$/i.test(n.text) ? AGE_WORD.exec(ts[m.last + 3]?.text ?? '') : null;
      if (appositive) ages.add(Number(appositive[1]));
      for (const k of [m.first - 1, m.first - 2]) {
        const t = ts[k];
        const age = t?.word ? AGE_WORD.exec(t.text) : null;
        if (age && (k === m.first - 1 || (ts[k + 1]!.word && !ts[k + 1]!.cap))) ages.add(Number(age[1]));
      }
    }
    for (const age of ages) {
      if (!index.has(age)) index.set(age, []);
      index.get(age)!.push(c.id);
    }
  }
  return index;
}
