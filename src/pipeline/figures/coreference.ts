/**
 * Which name mentions are the same person: a full name and its later partial forms ("Sergey
 * Lavrov" … "Lavrov"), spelling variants of one name ("Kristen"/"Kristin Wilkins", "Hernán Darío
 * Gómez"/"Hernan Dario Gomez"), and a name with or without its middle part ("Michael Amir Murillo").
 */
import diminutives from './data/diminutives.json' with { type: 'json' };
import { isGenerationalSuffix, type NameMention } from './names.ts';
import { sentenceStartAt, wordsAt, type Token } from './tokens.ts';
import { byGender } from './gender-fit.ts';
import { ARTICLE_PREFIXES, COMPOUND_GIVEN_PARTICLES, COURTESY_INITIALS, DIGRAPH_INITIALS, GIVEN_NAME_HONORIFICS, HONORIFICS, KUNYA_WORDS, LOOSE_NAMING_WORDS, NAME_PARTICLES, NICKNAME_CUES, PEN_NAMES, genderOf, honorificGender, isCommonWord, isGivenName, isOrgWord, isPatronymic, isPatronymicLink, isPersonNoun, isPlaceName, isPlainVocabulary, isSurname, isMuhammadAbbreviation } from './lexicon.ts';
import { foldAccents } from '../../lib/fold.ts';

/** A name mention placed in the article. */
export interface PlacedMention extends NameMention {
  paragraph: number;
  /** Inside a direct quote (counts as a mention; never a speaker). */
  inQuote: boolean;
  /** Cited as an author ("(Dye & Bavelier, 2010)"). */
  cited?: boolean;
  /** Named in an interview's or a speech's heading as the one who speaks ("Wikinews interviews Marymegan Daly"). */
  interviewee?: boolean;
  /** The byline of a Q&A, who asks its questions ("Q: …"; index.ts `qa-byline`). */
  interviewer?: boolean;
}

/** One person: every mention of them and the forms their name takes. */
export interface Cluster {
  id: number;
  /** The fullest form of the name seen. */
  name: string[];
  forms: Set<string>;
  mentions: PlacedMention[];
}

/** Fold a word for comparison: no accents, lower case, no dots. */
export function foldWord(w: string): string {
  return foldAccents(w)
    .toLowerCase()
    .replace(/[.'’]/g, '');
}

const fold = (ws: string[]) => ws.map(foldWord);

/** At most one edit apart (spelling variants of one given name). */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * Two spellings of one given name ("Mohamed", "Mohammed"), not two given names one letter apart:
 * "Donald MacPhee" and "Ronald MacPhee" are a son and his father, and "John" and "Joan" differ in
 * gender. Two known given names that differ in their first letter or in gender are two names.
 */
function spellingVariant(a: string, b: string): boolean {
  if (!nearlyEqual(a, b)) return false;
  if (a === b || !isGivenName(a) || !isGivenName(b)) return true;
  const ga = genderOf(a);
  const gb = genderOf(b);
  return a[0] === b[0] && !(ga && gb && ga !== gb);
}

/** Each folded familiar form ("winnie") and the full given names it is written for (data/diminutives.json). */
const FAMILIAR = (() => {
  const out = new Map<string, Set<string>>();
  for (const [full, forms] of Object.entries(diminutives.names)) for (const f of forms) (out.get(f) ?? out.set(f, new Set()).get(f)!).add(full);
  return out;
})();

/** "Winnie" and "Winifred", "Bill" and "William": one given name, its familiar form written for it. */
function sameGivenName(a: string, b: string): boolean {
  return !!(FAMILIAR.get(a)?.has(b) || FAMILIAR.get(b)?.has(a));
}

/** Does mention `a` come before mention `b` in the text (a headline, read last, precedes nothing of the body)? */
const precedes = (a: PlacedMention, b: PlacedMention) => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.first < b.first);

/**
 * The folded family name a single-word mention of this multi-word name would use: its last word,
 * or the word before a generational suffix ("Villareal" of "Ramon Villareal Jr."); none for a
 * kunya ("Umm Yazan": Yazan is her son's given name) or a one-word name.
 */
function familyKeys(words: string[]): string[] {
  if (words.length < 2 || (words.length === 2 && KUNYA_WORDS.has(words[0]!.toLowerCase()))) return [];
  const key = foldWord(words.length > 2 && isGenerationalSuffix(words.at(-1)!) ? words.at(-2)! : words.at(-1)!);
  // article-family-name: "Tamimi denied the charges" of "Mustafa Karim al-Tamimi": a family name
  // joined to the Arabic article by a hyphen goes by its word alone too (name-cues.json articlePrefixes).
  const bare = ARTICLE_PREFIX.exec(key)?.[1];
  return bare ? [key, bare] : [key];
}

/** An Arabic article joined to a family name by a hyphen ("al-", "el-"), before at least three letters. */
const ARTICLE_PREFIX = new RegExp(`^(?:${ARTICLE_PREFIXES.join('|')})-(\\p{L}{3,})$`, 'u');

/**
 * A person the article calls by a courtesy title and the first word of a name of three words or
 * more ("Dr Wong" of Wong Siew Ling): a name written family name first.
 */
function familyFirstKnown(c: Cluster): boolean {
  return c.name.length >= 3 && c.mentions.some((x) => !!x.honorific && x.words.length === 1 && foldWord(x.words[0]!) === foldWord(c.name[0]!));
}


/** Father's initials of two letters, folded ("ch", "ts"; name-cues.json digraphInitials). */
const DIGRAPHS = new Set(DIGRAPH_INITIALS.map(foldWord));

/** Do two multi-word names denote the same person? */
export function sameName(a: string[], b: string[]): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa.join(' ') === fb.join(' ')) return true;
  // "Boakye Ababio" / "Kofi Boakye Ababio II": two family names on their own, of a name that ends
  // on a regnal or generational suffix (not "John Smith" / "John Smith Jr", a father and his son).
  const [fewer, more] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (fewer.length >= 2 && more.length > fewer.length + 1 && isGenerationalSuffix(b.length > a.length ? b.at(-1)! : a.at(-1)!) && more.slice(-fewer.length - 1, -1).join(' ') === fewer.join(' ')) return true;
  // "Brayan Mosquera" / "Brayan Estiven Mosquera Hurtado": in Spanish usage a person with two given
  // names and two family names goes by the first of each.
  if (fewer.length === 2 && more.length === 4 && fewer[0] === more[0] && fewer[1] === more[2]) return true;
  // "De Gracia" / "Yariela De Gracia Pinzón": the first of two family names, opening on a
  // particle, on its own (as "Mejía" is of "Karla Mejía Castellanos"), the second after it.
  if (fewer.length >= 2 && NAME_PARTICLES.has(fewer[0]!) && more.length >= fewer.length + 2 && more.slice(-fewer.length - 1, -1).join(' ') === fewer.join(' ') && isFamilyNameWord(more.at(-1)!)) return true;
  // "Galina Petrovna" of "Galina Loktionova": Russian, Ukrainian, Belarusian and Kazakh usage
  // addresses someone by given name and patronymic, a form no family name takes.
  if (fa.length === 2 && fb.length === 2 && fa[0] === fb[0] && isPatronymic(fa[1]!) !== isPatronymic(fb[1]!)) return true;
  if (fa.at(-1) !== fb.at(-1)) return false;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  // "López Obrador" / "Andrés Manuel López Obrador": a two-part surname on its own. Not "Musallam
  // al Mashani" of "Salim bin Musallam al Mashani": the words after "bin" or "ibn" name the father.
  if (short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ')) return !isPatronymicLink(long[long.length - short.length - 1] ?? '');
  // "Graça Mendonça" / "Maria da Graça Nunes Mendonça": a Portuguese or Spanish compound given
  // name goes by the part after its particle.
  if (short.length === 2 && long.length > 3 && long.slice(1, -2).some((w, k) => w === short[0] && COMPOUND_GIVEN_PARTICLES.has(long[k]!))) return true;
  const ga = fa[0];
  const gb = fb[0];
  // courtesy-initial: "M. Lemaire" / "Patrice Lemaire": French "M." (Monsieur) before a family
  // name alone, where the full name's given name does not open with an M (else it is an initial).
  const courtesy = (x: string[], y: string[]) => x.length === 2 && COURTESY_INITIALS.has(x[0]!) && !y[0]!.startsWith(x[0]!);
  if (courtesy(fa, fb) || courtesy(fb, fa)) return true;
  // "V. Putin" / "Vladimir Putin": an initial matches the given name it starts; so does a father's
  // initial of two letters ("Ch. Altangerel" / "Chuluunbaataryn Altangerel", Mongolian usage).
  const initialOk = (x: string, y: string) => (x.length === 1 || (DIGRAPHS.has(x) && y.length > 2)) && y.startsWith(x);
  if (!(spellingVariant(ga, gb) || initialOk(ga, gb) || initialOk(gb, ga) || sameGivenName(ga, gb))) return false;
  // Middle parts: one side's words must all appear in the other ("Michael Murillo" ⊂ "Michael Amir Murillo").
  return short.slice(1, -1).every((w) => long.includes(w) || long.some((l) => w.length === 1 && l.startsWith(w)));
}

/**
 * A word that may be one of two family names: no given name, particle, everyday or organisation
 * word, or abbreviation. A place's name the dictionary also lists, outside everyday vocabulary
 * ("Medina", "Toledo"), may be one: Spanish family names are often places.
 */
const isFamilyNameWord = (w: string) => !isGivenName(foldAccents(w)) && !NAME_PARTICLES.has(w.toLowerCase()) && (!isCommonWord(w) || (isPlaceName(w) && !isPlainVocabulary(w))) && !isOrgWord(w) && !/\.$/.test(w);

/**
 * Group mentions into people. `accept` decides which multi-word names start a person; weaker
 * multi-word mentions and single words only join a person already found, when the match is
 * unambiguous; a single word that `acceptSingle` approves becomes a person of its own.
 * Candidates are looked up by surname, so the work stays linear in the number of mentions.
 */
export function cluster(
  mentions: PlacedMention[],
  accept: (m: PlacedMention) => boolean,
  acceptSingle: (m: PlacedMention) => boolean,
  /** Receives the one-word mentions that fit more than one person ("Price-Jones" of a father and a son). */
  ambiguous: PlacedMention[] = [],
  /** Folded one-word nicknames and the folded full names they stand for ("cal" → "callum adeyinka"; nicknames.ts). */
  nicknames: ReadonlyMap<string, string> = new Map(),
): Cluster[] {
  const clusters: Cluster[] = [];
  const bySurname = new Map<string, Set<Cluster>>(); // last word of any multi-word form
  const byGiven = new Map<string, Set<Cluster>>(); // first word of any multi-word form
  const bySingle = new Map<string, Cluster>(); // one-word people ("Halston")
  // The first of two family names ("Restrepo" of "Lucía Restrepo Galvis"): the father's family
  // name, by which Spanish and Portuguese usage calls a person on second mention.
  const byFirstSurname = new Map<string, Set<Cluster>>();
  /** People whose name has that shape: a given name and two family names. */
  const doubleSurnamed = new Set<Cluster>();
  /** The first family name of a name whose second opens on a particle ("Pintos" of "Graciela Pintos Da Rosa"). */
  const byParticleFirst = new Map<string, Set<Cluster>>();
  /** A first family name that opens on a particle, with a second after it ("de gracia" of "Yariela De Gracia Pinzón"). */
  const byParticleSurname = new Map<string, Set<Cluster>>();
  /** The second-to-last word of such names, whatever the given name. */
  const bySecondToLast = new Map<string, Set<Cluster>>();
  /** The second of two given names ("Adelaide" of "Maria Adelaide Serrão"), by which a courtesy title may call someone. */
  const bySecondGiven = new Map<string, Set<Cluster>>();
  const put = (map: Map<string, Set<Cluster>>, k: string, c: Cluster) => {
    if (!map.has(k)) map.set(k, new Set());
    map.get(k)!.add(c);
  };
  const addForm = (c: Cluster, words: string[]) => {
    c.forms.add(words.join(' '));
    if (words.length > 1) {
      put(bySurname, foldWord(words.at(-1)!), c);
      // generational-suffix: "Villareal said" of "Ramon Villareal Jr.": the family name is the word before it.
      for (const family of familyKeys(words)) if (family !== foldWord(words.at(-1)!)) put(bySurname, family, c);
      put(byGiven, foldWord(words[0]), c);
      // "Nurul Alam" of "Md Nurul Alam Chowdhury": a short form of Muhammad opens the name, and
      // the person goes by the words after it.
      if (words.length > 2 && isMuhammadAbbreviation(words[0]!)) put(byGiven, foldWord(words[1]!), c);
      // "Dona Lurdes" of "Maria de Lurdes Pinto": a compound given name goes by its part after the particle.
      if (words.length > 3 && COMPOUND_GIVEN_PARTICLES.has(words[1]!.toLowerCase())) put(byGiven, foldWord(words[2]!), c);
      // (Of four words with no particle, the second is a given name too, known or not: "Dona
      // Nonata" of "Raimunda Nonata Pantoja Cardoso", two given names and two family names.)
      const fourPart = words.length === 4 && words.every((w) => !NAME_PARTICLES.has(w.toLowerCase())) && !isSurname(words[1]!);
      if ((words.length >= 3 && isGivenName(foldAccents(words[0]!)) && isGivenName(foldAccents(words[1]!))) || fourPart) put(bySecondGiven, foldWord(words[1]!), c);
      // Both family names must look like names: not "Andy Warhol Found(ation)".
      if (words.length >= 3 && isFamilyNameWord(words.at(-2)!) && isFamilyNameWord(words.at(-1)!)) {
        if (isGivenName(foldAccents(words[0]!))) put(byFirstSurname, foldWord(words.at(-2)!), c);
        // Any name of that shape, the given name known or not, for the doubt below.
        put(bySecondToLast, foldWord(words.at(-2)!), c);
        doubleSurnamed.add(c);
      }
      // "De Gracia said" of "Yariela De Gracia Pinzón" (sameName reads the two as one person).
      if (words.length >= 4 && NAME_PARTICLES.has(words.at(-3)!.toLowerCase()) && !NAME_PARTICLES.has(words.at(-4)!.toLowerCase())) put(byParticleSurname, fold(words.slice(-3, -1)).join(' '), c);
      // "Pintos told the chamber" of "Graciela Pintos Da Rosa": the second family name may open on
      // a particle ("da", "de", "dos"); the first is still the one a second mention uses.
      // (Portuguese usage calls "José Ferreira da Silva" by either, so only when no one else has the word: particle-first-surname below.)
      if (words.length >= 4 && NAME_PARTICLES.has(words.at(-2)!.toLowerCase()) && isFamilyNameWord(words.at(-3)!) && isGivenName(foldAccents(words[0]!))) put(byParticleFirst, foldWord(words.at(-3)!), c);
    } else if (c.name.length === 1) bySingle.set(foldWord(words[0]), c);
  };
  const join = (c: Cluster, m: PlacedMention) => {
    c.mentions.push(m);
    if (m.words.length > c.name.length) c.name = m.words;
    addForm(c, m.words);
  };
  const create = (m: PlacedMention) => {
    const c: Cluster = { id: clusters.length, name: m.words, forms: new Set(), mentions: [m] };
    clusters.push(c);
    addForm(c, m.words);
  };
  // quoted-nickname, with the surname: "Dazza Holcroft" of `Darren "Dazza" Holcroft`.
  // Either may come first: a headline's "Con Varvaressos" before the body's `Konstantinos "Con" Varvaressos`.
  const byNickname = (words: string[], form: string) => {
    const other = form.split(' ');
    const nicknameOf = (short: string[], full: string[]) => short.length === 2 && nicknames.get(foldWord(short[0]!)) === full.map(foldWord).join(' ');
    return nicknameOf(words, other) || nicknameOf(other, words);
  };
  // A form of the surname alone ("Van Rensburg") fits any of a family: "Marietjie van Rensburg" is
  // not "Pieter van Rensburg" for it, so a person's fullest name must fit too.
  // (A two-word name is looked up by its first word too: "Brayan Mosquera" is the name of "Brayan
  // Estiven Mosquera Hurtado", whose last word it does not share; sameName decides.)
  const matching = (words: string[]) =>
    [...new Set([...(bySurname.get(foldWord(words.at(-1)!)) ?? []), ...(words.length === 2 ? (byGiven.get(foldWord(words[0]!)) ?? []) : []), ...(byParticleSurname.get(fold(words).join(' ')) ?? [])])].filter(
      (c) => [...c.forms].some((f) => f.includes(' ') && (sameName(f.split(' '), words) || byNickname(words, f))) && (c.name.length < 2 || sameName(c.name, words) || byNickname(words, c.name.join(' '))),
    );

  // honorific-given-name: "Don Rufino" after "Rufino Mendoza Santiago": a courtesy title that goes
  // before a given name alone (data/titles.json givenNameHonorifics), kept in the name because no
  // list knows the given name, is that title before the given name of the one person whose longer
  // name opens on it.
  const longerByGiven = new Map<string, string[][]>();
  for (const m of mentions) {
    if (m.words.length < 2 || GIVEN_NAME_HONORIFICS.has(m.words[0]!.toLowerCase()) || !accept(m)) continue;
    const k = foldWord(m.words[0]!);
    // (Names that are one person's count once: "Rufino Mendoza" of the headline is "Rufino Mendoza
    // Santiago", "Santos Mairena" of the labels "Santos Ulises Mairena Gutiérrez".)
    const names = longerByGiven.get(k) ?? [];
    if (!names.some((n) => sameName(n, m.words) || fold(n.slice(0, 2)).join(' ') === fold(m.words.slice(0, 2)).join(' '))) names.push(m.words);
    longerByGiven.set(k, names);
  }
  // The mention is read again in place as names.ts reads "Don Jairo", whose given name a list knows.
  for (const m of mentions) {
    const title = m.words[0]!.toLowerCase();
    if (m.words.length !== 2 || !GIVEN_NAME_HONORIFICS.has(title) || longerByGiven.get(foldWord(m.words[1]!))?.length !== 1) continue;
    m.words = [m.words[1]!];
    m.first++;
    m.honorific = title;
    m.titled = true;
  }
  const multi = mentions.filter((m) => m.words.length > 1);
  // "Warhol Polaroid exhibits": a person's surname used as a modifier is a mention of that person.
  // Not after a title: "Cllr Rhys Penhale" is a person of his own, whoever "Dafydd ap Rhys" is.
  // (Not the given name after a courtesy title that goes before one: "Don Santos" leaves "Santos
  // Mairena" a name of its own.)
  const surnames = new Set(multi.filter((m) => accept(m) && !GIVEN_NAME_HONORIFICS.has(m.words[0]!.toLowerCase())).map((m) => foldWord(m.words.at(-1)!)));
  const modifierLike = (m: PlacedMention) =>
    m.words.length === 2 && !m.titled && surnames.has(foldWord(m.words[0])) && !isGivenName(m.words[0]) && !/-/.test(m.words[1]) && !isSurname(m.words[1]);
  // given-names-prefix: "Siti Aminah" after "Siti Aminah Hassan" (a Malay name's given names, the
  // father's name left off), "Mary Ann" after "Mary Ann Evans": two or more words that open the
  // longer name of exactly one person — not "Ada Marchbank" of the "Ada Marchbank Prize" or "George
  // Floyd" of the "George Floyd Justice (in Policing Act)": the words the longer name adds are no
  // organisation's word and no everyday word.
  const byPrefix = (words: string[]) => {
    const f = fold(words);
    return [...(byGiven.get(f[0]!) ?? [])].filter((c) => [...c.forms].some((form) => {
      const whole = form.split(' ');
      const g = whole.length > 2 && isMuhammadAbbreviation(whole[0]!) && foldWord(whole[0]!) !== f[0] ? whole.slice(1) : whole;
      const added = g.slice(f.length);
      return added.length > 0 && f.every((w, k) => foldWord(g[k]!) === w) && !added.some((w) => isOrgWord(w) || isCommonWord(w));
    }));
  };
  // "Mrs de Vries" of Pieter and Anouk de Vries: a family name with its particles fits several
  // people; a courtesy title's gender picks one, else it speaks for none of them.
  const surnameOnly = (words: string[]) => words.length > 1 && words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()));
  /** Of `hits`, the people whose given name fits the gender of the courtesy title `g` (only a given name tells a gender yet). */
  const ofTitleGender = (hits: Cluster[], g: 'm' | 'f') => byGender(hits, g, (c) => (c.name.length > 1 ? genderOf(c.name[0]!) : undefined)).same;
  /** Of several `hits`, the one alone named in full before mention `m`, if one is (namesake-later); else `hits`. */
  const namedBefore = (hits: Cluster[], m: PlacedMention) => {
    if (hits.length < 2) return hits;
    const before = hits.filter((c) => c.mentions.some((x) => x.words.length > 1 && precedes(x, m)));
    return before.length === 1 ? before : hits;
  };
  const startPerson = (m: PlacedMention) => {
    let hits = matching(m.words);
    if (hits.length > 1 && surnameOnly(m.words)) {
      const g = m.honorific ? honorificGender(m.honorific) : undefined;
      hits = g ? ofTitleGender(hits, g) : [];
      if (hits.length !== 1) {
        ambiguous.push(m);
        return;
      }
    }
    const [hit] = hits;
    const prefixed = hit || m.words.length < 2 ? [] : byPrefix(m.words);
    if (hit) join(hit, m);
    else if (prefixed.length === 1) join(prefixed[0]!, m);
    else create(m);
  };
  for (const m of multi) if (accept(m) && !modifierLike(m)) startPerson(m);
  for (const m of multi) {
    if (!accept(m) || !modifierLike(m)) continue;
    // A person whose longer name the two words fit ("Santos Mairena" of "Santos Ulises Mairena
    // Gutiérrez") is named by them, whoever else has the first word as a surname.
    const owner = [...(bySurname.get(foldWord(m.words[0])) ?? [])][0];
    const fits = matching(m.words);
    if (fits.length === 1 && fits[0]!.name.length > m.words.length) join(fits[0]!, m);
    else if (owner) join(owner, { ...m, words: [m.words[0]], last: m.first });
    else startPerson(m);
  }
  for (const m of multi) {
    if (accept(m)) continue;
    const hits = matching(m.words);
    if (hits.length === 1) join(hits[0], m);
  }
  for (const m of mentions) {
    if (m.words.length !== 1 || m.weak) continue;
    const w = foldWord(m.words[0]);
    // kunya: "Her son Yazan" is not "Umm Yazan", whose second word is her son's given name.
    let hits = [...(bySurname.get(w) ?? [])].filter((c) => [...c.forms].some((f) => familyKeys(f.split(' ')).includes(w)));
    if (hits.length === 0 && bySingle.has(w)) hits = [bySingle.get(w)!];
    // family-first-known: "Ling said", of Dr Wong Siew Ling (whom the article calls "Dr Wong") and
    // Ling Hock Chai: one the article calls by a courtesy title and the first word of a name of
    // three words writes the family name first, so the name's last word is a given name; the word
    // alone is then the one other person whose name opens with it.
    if (hits.length > 0 && hits.every(familyFirstKnown) && !isGivenName(m.words[0]!)) {
      const opening = [...(byGiven.get(w) ?? [])].filter((c) => !hits.includes(c) && c.name.length >= 2);
      if (opening.length === 1) hits = opening;
    }
    // "Benítez said", of Aurelio Benítez Cáceres and Mirta Cabrera Benítez: in Spanish usage one
    // family name alone is the first of two, so a name whose last word it is only as the second
    // (mother's) family name gives way to the one whose first family name it is.
    const firstOf = byFirstSurname.get(w);
    if (firstOf?.size === 1 && (hits.length === 0 || hits.every((c) => doubleSurnamed.has(c) && !firstOf.has(c)))) hits = [...firstOf];
    // "Elizondo said", of Rodrigo Elizondo Garza and his father Alberto Elizondo Sada: a first
    // family name two people share fits both, and namesake-later below picks the one named before.
    else if (firstOf && firstOf.size > 1 && hits.length === 0) hits = [...firstOf];
    // "Abella said", of Martín Abella Ferrés and his grandfather Domingo Abella: the first family
    // name of one and the only family name of another fits both, and the rules that tell
    // namesakes apart decide (index.ts).
    else if (firstOf?.size === 1 && hits.length > 0 && !hits.some((c) => firstOf.has(c))) hits = [...hits, ...firstOf];
    // When the given name is not known to say which shape it is, a word that is one person's last
    // family name and another's first leaves the surname alone to neither; so it does when the
    // one whose last name it is has no second family name ("Sotolongo" of Migdalia Sotolongo
    // Ferrer and her father Rigoberto Sotolongo), as with a known given name above.
    const asFirst = [...(bySecondToLast.get(w) ?? [])].filter((c) => !hits.includes(c));
    if (hits.length > 0 && asFirst.length > 0) hits = [...hits, ...asFirst];
    // first-family-name: "Larrinaga said" of "Unai Larrinaga Goikoetxea", whose given name no list
    // knows: a word that is nobody's last name and the first of two family names of exactly one
    // person is that person's (both family names look like names, so not "Andy Warhol Foundation").
    // Not an everyday word ("the Floor" of a headline's "Pelosi Floor Speech").
    if (hits.length === 0 && !firstOf && asFirst.length === 1 && !isPlainVocabulary(m.words[0]!)) hits = asFirst;
    // particle-first-surname: "Pintos told the chamber" of "Graciela Pintos Da Rosa": where no one
    // else has the word, the first family name before a particle's is the person's.
    if (hits.length === 0 && byParticleFirst.get(w)?.size === 1) hits = [...byParticleFirst.get(w)!];
    // "But landlady Kerry-Ann is refusing": a lower-case role noun titles a given name as well.
    // titled-given-name: "Mr Wirat", "Dr Samia", "Pak Hendra" after "Wirat Sukprasert": where no one
    // has that family name, a courtesy title before the given name of exactly one person is that
    // person (Thai, Indonesian, Sudanese and Icelandic usage).
    if (hits.length === 0) {
      const given = [...(byGiven.get(w) ?? [])];
      if (!m.titled || m.roleTitled || GIVEN_NAME_HONORIFICS.has(m.honorific ?? '') || (m.honorific && given.length === 1)) hits = given;
      // "Mr Sim" after "Sim Kok Leong" and his father "Sim Ah Huat": a courtesy title before the
      // first word of two people's names (a Chinese family name, written first) fits either, and is
      // no one new.
      else if (m.honorific && given.length > 1 && !isGivenName(m.words[0]!)) {
        ambiguous.push(m);
        continue;
      }
      // second-given-name: "Dona Adelaide" of "Maria Adelaide Serrão", "Senhor Pedro" of "José Pedro
      // Anjos": a courtesy title before the second of one person's two given names (Portuguese and
      // Spanish usage) is that person.
      const second = m.honorific && hits.length === 0 ? [...(bySecondGiven.get(w) ?? [])] : [];
      if (second.length === 1) hits = second;
    }
    // quoted-nickname: "Cal" of `Callum "Cal" Adeyinka`.
    const full = nicknames.get(w);
    if (hits.length === 0 && full) hits = matching(full.split(' '));
    // namesake-later: "Okafor, 29, defends his title" before "his uncle, Emeka Okafor" is named can
    // only mean the Okafor already named; once both are named, the surname alone stays ambiguous.
    // Read before a courtesy title's gender: "Mr Mkandawire talked about prices" after "Yohane
    // Mkandawire", whose given name no list knows, is not his father "Amos Mkandawire", named
    // only later in an answer, for all that "Amos" is known to be a man's name.
    hits = namedBefore(hits, m);
    // "Mrs Cook" of Stephen and Ayesha Cook: the courtesy title's gender picks one.
    const g = m.honorific ? honorificGender(m.honorific) : undefined;
    if (hits.length > 1 && g) {
      const fitting = ofTitleGender(hits, g);
      if (fitting.length) hits = fitting;
    }
    // quoted-namesake: "My father, Arne Eliassen, was a fisherman," inside Marit Eliassen's words:
    // a person named only inside quotes leaves the narrative's "Eliassen says" to the other.
    if (hits.length > 1 && !m.inQuote) {
      const outside = hits.filter((c) => c.mentions.some((x) => !x.inQuote));
      if (outside.length > 0) hits = outside;
    }
    // (And again among those left: "Mr Donnelly said", of Bridget Donnelly, her son Ciarán, named
    // before, and her grandson Conor, named only later.)
    hits = namedBefore(hits, m);
    if (hits.length === 1) join(hits[0], m);
    else if (hits.length > 1) ambiguous.push(m);
    else if (hits.length === 0 && acceptSingle(m)) create(m);
  }
  for (const c of clusters) c.mentions.sort((x, y) => x.paragraph - y.paragraph || x.first - y.first);
  return clusters;
}

/** Words right before the name someone was born with ("Born Catherine MacDonald", "née Catherine MacDonald"). */
const BIRTH_NAME_WORDS = new Set(['born', 'née', 'nee']);

/** One person's mentions and name forms taken into another's, in text order. */
function absorb(into: Cluster, c: Cluster): void {
  into.mentions.push(...c.mentions);
  for (const f of c.forms) into.forms.add(f);
  into.mentions.sort((x, y) => x.paragraph - y.paragraph || x.first - y.first);
}

/**
 * Clusters named only right after one of `cues` (the words before the name, lower-cased, as one
 * string ending at the name) join the one earlier person `fits` accepts; returns the clusters left.
 */
function joinNamedAfter(clusters: Cluster[], tokens: Token[][], cues: readonly string[], fits: (c: Cluster, d: Cluster) => boolean): Cluster[] {
  const phrases = cues.map((cue) => cue.split(' '));
  const after = (m: PlacedMention) => phrases.some((ws) => wordsAt(tokens[m.paragraph] ?? [], m.first - ws.length, ws));
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    const own = c.mentions.filter((m) => !m.inQuote);
    if (c.name.length < 2 || !own.length) continue;
    const first = own.reduce((a, b) => (precedes(b, a) ? b : a));
    if (!after(first)) continue;
    const earlier = clusters.filter((d) => d !== c && !gone.has(d) && d.name.length >= 2 && fits(c, d) && d.mentions.some((m) => !m.inQuote && precedes(m, first)));
    if (earlier.length !== 1) continue;
    absorb(earlier[0]!, c);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * birth-name: "Born Catherine MacDonald in Judique, …, she was the youngest of seven": the name
 * someone was born with, given after a person with the same given name and another family name
 * was named, is that person (an obituary's or a profile's subject before marriage), not a new one.
 * nickname: "Regulars call him Twinkle Terry" after Terry Armstrong: a name given as what someone
 * is called, sharing a word with one person named before, is that person's (name-cues.json
 * nicknameCues). Such a cluster, named first so, joins the one earlier person it fits.
 */
export function joinAliasNames(clusters: Cluster[], tokens: Token[][]): Cluster[] {
  const words = (c: Cluster) => new Set(c.name.map(foldWord));
  const born = joinNamedAfter(clusters, tokens, [...BIRTH_NAME_WORDS], (c, d) => foldWord(d.name[0]!) === foldWord(c.name[0]!) && foldWord(d.name.at(-1)!) !== foldWord(c.name.at(-1)!));
  const nicknamed = joinNamedAfter(born, tokens, NICKNAME_CUES, (c, d) => [...words(c)].some((w) => words(d).has(w)));
  return joinPronounNickname(nicknamed, tokens);
}

/**
 * "known to generations of pupils simply as Mr P": "known" or "called" a few words before the
 * "as" right before the name (past a courtesy title), in one sentence; its token, or -1.
 */
function looseKnownAs(toks: Token[], at: number): number {
  let j = at;
  if (toks[j]?.word && HONORIFICS.has(toks[j]!.text.toLowerCase())) j--;
  if (toks[j]?.text.toLowerCase() !== 'as') return -1;
  for (let k = j - 1; k >= 0 && k >= j - 8 && !toks[k + 1]!.sentenceStart; k--) {
    if (LOOSE_NAMING_WORDS.has(toks[k]!.text.toLowerCase())) return k;
  }
  return -1;
}

/**
 * What may stand between a name and the nickname cue after it: an age in passing ("Denis
 * O'Callaghan, 74, known as Dinny", "Siriporn Kaewmanee, 47 – known … as Mama Noi"), an appositive saying what the person is, in lower case
 * ("Bautista, a former driver known to members as Ka Teddy"), or a relative clause on the name
 * going on to "is known" ("Ahmad Qasem, who owns a grocery … and is known … as Abu Mahmoud").
 */
function asideOnly(between: Token[]): boolean {
  if (between.every((t) => t.text === ',' || /^[–—-]$/.test(t.text) || /^\d{1,3}$/.test(t.text))) return true;
  // "Ahmad Qasem, who owns a grocery on Al-Nuzha Street and is known … as Abu Mahmoud": a relative
  // clause on the name whose "who" is also what "is known" is said of.
  const last = between.at(-1)?.text.toLowerCase() ?? '';
  if (between[0]?.text === ',' && /^who$/i.test(between[1]?.text ?? '') && ['is', 'was'].includes(last) && !between.slice(2).some((t) => t.text === ',' || /^[.;:]$/.test(t.text))) return true;
  const words = between.filter((t) => t.word);
  return between[0]?.text === ',' && ['a', 'an', 'the'].includes(words[0]?.text.toLowerCase() ?? '') && words.every((t) => !t.cap) && words.some((t) => isPersonNoun(t.text)) && words.length <= 5;
}

/**
 * The gender word of the first he, she, his or her in the sentence around token `at` (up to token
 * `after` past it), as 'he' or 'she'; '' when there is none.
 */
function sentencePronoun(toks: Token[], at: number, after: number): string {
  const start = sentenceStartAt(toks, at);
  for (let k = start; k < toks.length && k <= after + 12 && (k === start || !toks[k]!.sentenceStart); k++) {
    const w = toks[k]!.text.toLowerCase();
    if (w === 'he' || w === 'his' || w === 'him') return 'he';
    if (w === 'she' || w === 'her') return 'she';
  }
  return '';
}

/** The nickname cues as word lists, and the naming verbs of those that take a pronoun ("call him" → "call", "dubbed"). */
const CUE_PHRASES = NICKNAME_CUES.map((cue) => cue.split(' '));
const NAMING_VERBS = [...new Set(NICKNAME_CUES.map((cue) => cue.replace(/ (?:him|her)$/, '')))].map((cue) => cue.split(' '));

/**
 * pronoun-nickname: "Locals have dubbed him 'Geordie Griswold'": a name given to "him" or "her"
 * after a naming verb is what the person that pronoun stands for is called, so it joins the person
 * last named before it (of the pronoun's gender when the given name tells one) instead of standing
 * as someone new. The name may be in quote marks, as nicknames usually are.
 * nickname-aside: "The owner, Denis O'Callaghan, 74, known as Dinny to everyone": a name right
 * after a nickname cue set right after someone's name (past an age) is that person's; so is one
 * after "Pickering, known as", where the family name alone was no mention of its own.
 */
function joinPronounNickname(clusters: Cluster[], tokens: Token[][]): Cluster[] {
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (!c.mentions.length) continue;
    const first = c.mentions.reduce((a, b) => (precedes(b, a) ? b : a));
    const toks = tokens[first.paragraph] ?? [];
    const before = toks[first.first - 1]?.word ? first.first - 1 : first.first - 2;
    // (A stage name after "as the": "known across Saint Lucia as the Mighty Zandoli".)
    const at = toks[before]?.text.toLowerCase() === 'the' && toks[before - 1]?.text.toLowerCase() === 'as' ? before - 1 : before;
    const pronoun = toks[at]?.text.toLowerCase();
    // Not "I will call him Michael, which is not his name": a name the writer gives someone
    // (name-given-as) is a pseudonym for a new person, not what the last one named is called.
    const pseudonym = first.rules?.includes('name-given-as') ?? false;
    const objectPronoun = (pronoun === 'him' || pronoun === 'her') && !pseudonym && NAMING_VERBS.some((ws) => wordsAt(toks, at - ws.length, ws));
    // pen-name: "His first collection appeared under a pen name, Abu Tariq, because he …": a name
    // after a noun for one written or performed under (name-cues.json penNames) is what the he or
    // she of its sentence is called, before the noun or after the name.
    const penAt = objectPronoun ? -1 : (PEN_NAMES.map((ws) => (wordsAt(toks, at + 1 - ws.length, ws) ? at + 1 - ws.length : -1)).find((k) => k >= 0) ?? -1);
    const penOwner = penAt >= 0 ? sentencePronoun(toks, penAt, first.last) : '';
    const cueAt = objectPronoun ? -1 : penOwner ? penAt : (CUE_PHRASES.map((ws) => (wordsAt(toks, at + 1 - ws.length, ws) ? at + 1 - ws.length : -1)).find((k) => k >= 0) ?? looseKnownAs(toks, at));
    if (!objectPronoun && cueAt < 0) continue;
    // subject-nickname: "Along the river road he is known as Big Ji": a he or she that "is known
    // as" the name stands for someone named before, as "call him" does.
    const subject = penOwner || (cueAt >= 2 && /^(?:is|was|'s|’s)$/i.test(toks[cueAt - 1]!.text) ? toks[cueAt - 2]!.text.toLowerCase() : '');
    const bySubject = !objectPronoun && (subject === 'he' || subject === 'she');
    const byPronoun = objectPronoun || bySubject;
    // "Pickering, known as Gaz to the regulars": the family name right before the cue's comma names
    // the one person it is a word of, though that word alone was no mention.
    const owner = !byPronoun && toks[cueAt - 1]?.text === ',' && toks[cueAt - 2]?.word && toks[cueAt - 2]!.cap ? foldWord(toks[cueAt - 2]!.text) : undefined;
    const owners = owner ? clusters.filter((d) => d !== c && !gone.has(d) && d.name.length > 1 && d.name.some((w) => foldWord(w) === owner) && d.mentions.some((m) => !m.inQuote && precedes(m, first))) : [];
    if (owners.length === 1) {
      absorb(owners[0]!, c);
      gone.add(c);
      continue;
    }
    const want = pronoun === 'him' || subject === 'he' ? 'm' : 'f';
    let into: Cluster | undefined;
    let last: PlacedMention | undefined;
    for (const d of clusters) {
      if (d === c || gone.has(d) || d.name.length < 2) continue;
      // For a pronoun, someone whose given name is not of the other gender, and whose name opens
      // on no everyday word: "call him The Birdman" inside an answer, meaning "my brother", must
      // not join a phrase the name finder proposed ("We Know").
      const given = d.name[0]!;
      const g = genderOf(given);
      if (byPronoun && ((g && g !== want) || (!isGivenName(given) && (isCommonWord(given) || isPlainVocabulary(given))))) continue;
      for (const m of d.mentions) {
        if (m.inQuote || !precedes(m, first) || (last && !precedes(last, m))) continue;
        last = m;
        into = d;
      }
    }
    // Without a pronoun, only the one named right before, with nothing between but an age in
    // passing ("Denis O'Callaghan, 74, known as Dinny"); not "Sharon McKeown says the 12ft Father
    // Christmas, known to every regular as Big Davy, was cut down".
    if (!byPronoun && (!last || last.paragraph !== first.paragraph || !asideOnly(toks.slice(last.last + 1, cueAt)))) continue;
    if (!into) continue;
    absorb(into, c);
    gone.add(c);
  }
  return clusters.filter((c) => !gone.has(c));
}
