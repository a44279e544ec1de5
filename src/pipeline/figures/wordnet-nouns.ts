/**
 * Reading WordNet's noun files for the nouns that say what a person does (scripts/make-person-nouns.ts
 * writes the result to data/wordnet-person-nouns.json; the pipeline reads only that file). Kept out
 * of the script so the choice can be tested on a few made-up lines of WordNet's format.
 */
import { tagsOf } from './lexicon.ts';

/**
 * The synsets (WordNet 3.1 offsets) under which a noun's commonest sense must lie: kinds of person
 * a story names by what they do or the part they play. Left out on purpose: relatives and friends
 * (the finder reads those as relations), and kinds of person by age, sex, looks, belief or fate
 * ('adult', 'female', 'victim'), which are not roles.
 */
export const WORDNET_PERSON_ROOTS: Record<string, string> = {
  '09789059': 'adjudicator',
  '09630660': 'appointee',
  '09843763': 'authority',
  '09632262': 'capitalist',
  '09633690': 'communicator',
  '09636221': 'contestant',
  '09637345': 'creator',
  '09638837': 'engineer',
  '09639952': 'entertainer',
  '09640897': 'expert',
  '09644715': 'intellectual',
  '09646208': 'leader',
  '09655706': 'worker',
  '09651570': 'religious_person',
  '10580065': 'scientist',
  '09638495': 'disputant',
  '10037746': 'dissenter',
  '09794206': 'advocate',
  '09909143': 'campaigner',
  '09918741': 'cashier',
  '09958771': 'combatant',
  '10232171': 'interpreter',
  '10408623': 'owner',
  '09784701': 'actor',
  '10542352': 'rescuer',
  '10560786': 'ruler',
  '10443334': 'philosopher',
  '10457939': 'planner',
  '10510550': 'public_relations_person',
  '10499838': 'professional',
};

/**
 * Words WordNet gives a person as their first sense whose everyday use in news is something else
 * ('a new hire', 'cake batter', 'a late tackle', 'a heart monitor'): compromise lists them as verbs,
 * as it does 'guide', 'coach' and 'judge', which are kept.
 */
export const WORDNET_NOT_PERSONS = ['batter', 'hire', 'monitor', 'redact', 'shrink', 'tackle'];

interface Synset {
  words: string[];
  hypernyms: string[];
}

/** Parse data.noun: each synset's words (as written, with case) and its hypernyms (not instance ones). */
export function parseSynsets(dataNoun: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of dataNoun.split('\n')) {
    // Licence lines open with two spaces; a synset line opens with its offset.
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' | ')[0]!.split(' ');
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wordCount; k++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, ''));
    const pointers = parseInt(f[i]!, 10);
    i++;
    const hypernyms: string[] = [];
    for (let k = 0; k < pointers; k++, i += 4) if (f[i] === '@' && f[i + 2] === 'n') hypernyms.push(f[i + 1]!);
    out.set(f[0]!, { words, hypernyms });
  }
  return out;
}

/**
 * The nouns to keep (see scripts/make-person-nouns.ts): lower-case one-word lemmas whose first
 * sense in index.noun lies under a root, written in lower case in that synset (not a proper name),
 * which compromise's lexicon neither tags as a person already nor lists as an adjective or a name,
 * and which is not in WORDNET_NOT_PERSONS.
 */
export function personNounsFromWordNet(dataNoun: string, indexNoun: string, roots: Iterable<string> = Object.keys(WORDNET_PERSON_ROOTS)): string[] {
  const synsets = parseSynsets(dataNoun);
  const rootSet = new Set(roots);
  const memo = new Map<string, boolean>();
  const under = (offset: string): boolean => {
    const known = memo.get(offset);
    if (known !== undefined) return known;
    memo.set(offset, false); // a cycle reads as "not under"
    const result = rootSet.has(offset) || (synsets.get(offset)?.hypernyms.some(under) ?? false);
    memo.set(offset, result);
    return result;
  };
  const out: string[] = [];
  for (const line of indexNoun.split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const f = line.split(' ');
    const lemma = f[0]!;
    if (!/^[a-z][a-z-]+$/.test(lemma)) continue;
    const pointerCount = Number(f[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const first = f[4 + pointerCount + 2];
    if (!first || !under(first)) continue;
    if (!synsets.get(first)!.words.includes(lemma)) continue;
    const tags = tagsOf(lemma);
    // compromise's lexicon: already a person noun, or more often something else ('lovely' as an
    // adjective, 'Turner' as a family name). A word it does not know is kept, and so is one it
    // lists as a verb too ('guide', 'coach'), less WORDNET_NOT_PERSONS.
    if (WORDNET_NOT_PERSONS.includes(lemma)) continue;
    if (['Actor', 'Adjective', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person', 'ProperNoun'].some((t) => tags.includes(t))) continue;
    out.push(lemma);
  }
  return out.sort();
}
