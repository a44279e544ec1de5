/**
 * nationality-speaker: the nationality each person of a story is given, so that a quote said by
 * "the Dutchman" or "the Australian" can be given to the one person of that nationality.
 */
import type { Cluster } from './coreference.ts';
import type { Token } from './tokens.ts';
import { isFunctionWord, isVerb, nationalityNouns } from './lexicon.ts';

/** Function words a nationality reaches a name across ("the Dutch pair X and Y"). */
const LINKS = new Set(['the', 'a', 'an', 'and']);

/**
 * Each noun for a person of a nationality ("dutchman", "australian") → the people given it: by a
 * demonym in the words just before a mention, back to a verb or a preposition and across a name
 * only when "and" joins it ("the Dutch world No 4 Sander van den Berg", "the Dutch pair X and Y"),
 * or in their role ("former Portuguese national champion"). A man's noun is never a woman's.
 */
export function nationalityIndex(
  clusters: readonly Cluster[],
  roles: readonly string[],
  tokens: readonly Token[][],
  nameTokens: readonly Set<number>[],
  gender: (c: Cluster) => 'm' | 'f' | undefined,
): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const c of clusters) {
    const adjectives = new Set((roles[c.id] ?? '').split(/\s+/).filter(Boolean));
    for (const m of c.mentions) {
      if (m.inQuote) continue;
      const ts = tokens[m.paragraph]!;
      // "The Australian Lachlan Pike beat Tom Reid": the verb ends Reid's search, so he is not Australian.
      let after = '';
      for (let k = m.first - 1; k >= Math.max(0, m.first - 5) && ts[k]!.word; k--) {
        const w = ts[k]!.text.toLowerCase();
        if (!ts[k]!.cap && (isVerb(w) || (isFunctionWord(w) && !LINKS.has(w)))) break;
        if (nameTokens[m.paragraph]!.has(k)) {
          if (after !== 'and' && !nameTokens[m.paragraph]!.has(k + 1)) break;
        } else after = w;
        adjectives.add(ts[k]!.text);
      }
    }
    const g = gender(c);
    for (const noun of new Set([...adjectives].flatMap(nationalityNouns))) {
      if (g && ((noun.endsWith('woman') && g !== 'f') || (/man$/.test(noun) && !noun.endsWith('woman') && g !== 'm'))) continue;
      if (!index.has(noun)) index.set(noun, []);
      index.get(noun)!.push(c.id);
    }
  }
  return index;
}
