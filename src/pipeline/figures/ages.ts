/**
 * age-speaker: the age each person of a story is given, so that a quote said by "the 33-year-old"
 * can be given to the one person of that age.
 */
import type { Cluster, PlacedMention as Mention } from './coreference.ts';
import { endsSentence, type Token } from './tokens.ts';

/** An age written as one word before a noun or as a noun: "33-year-old". */
export const AGE_WORD = /^(\d{1,3})-year-old$/i;

/** Ages written in words, as papers write a child's ("her boys Alfie, nine, and Mason, six"). */
const AGE_IN_WORDS = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, i + 1] as const),
);

/** The tens in words, alone or before a unit with a hyphen ("twenty-four", as a Q&A's introduction writes an age). */
const TENS_IN_WORDS = new Map('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10] as const));

/** The age a token states: up to three digits, or a number in words up to ninety-nine; undefined otherwise. */
export function ageValue(text: string): number | undefined {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const [tens, unit, ...rest] = text.toLowerCase().split('-');
  const t = TENS_IN_WORDS.get(tens!);
  if (t !== undefined && !rest.length) {
    const u = unit === undefined ? 0 : AGE_IN_WORDS.get(unit);
    return u !== undefined && u < 10 ? t + u : undefined;
  }
  return AGE_IN_WORDS.get(text.toLowerCase());
}

/**
 * Whether the comma at token `comma` opens an age in passing closed by a comma ("Angus McBride,
 * 67, who …", "Alfie, nine, and …"): three tokens that the readers of what follows a name step over.
 */
export function ageInPassing(tokens: readonly Token[], comma: number): boolean {
  return tokens[comma]?.text === ',' && ageValue(tokens[comma + 1]?.text ?? '') !== undefined && tokens[comma + 2]?.text === ',';
}

/**
 * Whether a name ending at token `last` is followed by an age in passing of a person's years
 * ("Margaret Hill, 74,"): fewer than 120, so that a count or a year set off by commas is not read
 * as an age.
 */
export function agedAfter(tokens: readonly Token[], last: number): boolean {
  return ageInPassing(tokens, last + 1) && ageValue(tokens[last + 2]!.text)! < 120;
}

/**
 * Each age → the people given it: "Tom Varga, 33," (the age between commas, or before a closing
 * bracket: "Tom Varga (33)"), "Tom Varga, a 33-year-old striker,", or "the 33-year-old Tom Varga"
 * (the age word right before the name or before one lower-case word before it: "33-year-old
 * striker Tom Varga"). A mention inside a quotation gives no age.
 */
export function ageIndex(clusters: readonly Cluster[], tokens: readonly Token[][], unsure: readonly Mention[] = [], resolved?: (m: Mention) => number | undefined): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const c of clusters) {
    const ages = new Set<number>();
    for (const m of c.mentions) {
      if (m.inQuote) continue;
      const ts = tokens[m.paragraph]!;
      const open = ts[m.last + 1]?.text;
      const n = ts[m.last + 2];
      const close = ts[m.last + 3]?.text;
      const age = n?.word ? ageValue(n.text) : undefined;
      if (age !== undefined && ((open === ',' && (close === ',' || close === '.')) || (open === '(' && close === ')'))) ages.add(age);
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
  for (const [age, id] of describedAges(clusters, tokens, unsure, resolved)) if (!index.has(age)) index.set(age, [id]);
  return index;
}

/**
 * described-age: "Magnus Rekdal … spent two winters aboard. The 29-year-old, a doctoral candidate,
 * said …", "Falepau denied it. "…," the 30-year-old lock said": an age used as a description, with
 * no name after it, is that of the person the nearest sentence before it names, when that sentence
 * (outside quotes) names one person only; a name that fits two people (`unsure`: "the younger
 * Brennan") counts as one more. Ages stated beside a name come first (ageIndex).
 */
function describedAges(clusters: readonly Cluster[], tokens: readonly Token[][], unsure: readonly Mention[], resolved?: (m: Mention) => number | undefined): [number, number][] {
  const owner = tokens.map(() => new Map<number, number>());
  for (const c of clusters) for (const m of c.mentions) if (!m.inQuote) owner[m.paragraph]!.set(m.first, c.id);
  // A mention of several namesakes counts as no one's, unless the rules that tell them apart said whose it is.
  for (const m of unsure) if (!m.inQuote) owner[m.paragraph]!.set(m.first, resolved?.(m) ?? -1);
  const out: [number, number][] = [];
  tokens.forEach((ts, p) => {
    ts.forEach((t, k) => {
      const age = t.word ? AGE_WORD.exec(t.text) : null;
      if (!age || !/^the$/i.test(ts[k - 1]?.text ?? '') || ts[k + 1]?.cap) return;
      // The names before the age in its own sentence, else in the sentences before it, back to the
      // paragraph before; the first sentence found to name anyone decides.
      let q = p;
      let i = k - 1;
      let seen = new Set<number>();
      while (q >= 0 && q >= p - 1) {
        const list = tokens[q]!;
        for (; i >= 0; i--) {
          if (owner[q]!.has(i)) seen.add(owner[q]!.get(i)!);
          if (i < list.length - 1 && endsSentence(list, i) && !(q === p && i >= k)) {
            if (seen.size) break;
          }
        }
        if (seen.size) break;
        q--;
        i = q >= 0 ? tokens[q]!.length - 1 : -1;
        seen = new Set();
      }
      if (seen.size === 1) out.push([Number(age[1]), [...seen][0]!]);
    });
  });
  // An age described of two different people says nothing of either.
  const people = new Map<number, Set<number>>();
  for (const [age, id] of out) people.set(age, (people.get(age) ?? new Set()).add(id));
  return [...people].filter(([, ids]) => ids.size === 1).map(([age, ids]) => [age, [...ids][0]!]);
}
