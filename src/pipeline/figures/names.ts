/**
 * Candidate person names in a paragraph: runs of capitalised words (with name particles,
 * initials and hyphenated given names), cut at possessives, stripped of titles and nationality
 * words, then weighed on evidence — a known given name, a title or role before it, a speech verb
 * or an appositive after it, a Korean or Chinese hyphenated given name — against signs of a
 * place or an organisation.
 */
import { lineUpNames } from './line-ups.ts';
import type { Token } from './tokens.ts';
import { capitalRunEnd, endsSentence, indexBeforeName, isPossessive, isTitleStop, stripPossessive, withoutNameBrackets, wordBeforeName } from './tokens.ts';
import {
  HONORIFICS,
  PAIRED_HONORIFICS,
  NAME_PARTICLES,
  CAPITAL_PATRONYMIC_LINKS,
  POST_NAME_HONORIFICS,
  SUFFIX_HONORIFIC,
  CAPITAL_ONLY_HONORIFICS,
  PATRONYMIC_TAILS,
  vietnameseMarkerGender,
  DIGRAPH_INITIALS,
  isPatronymicLink,
  ROLE_NOUNS,
  SEAT_ROLES,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  isCalendarWord,
  isHoliday,
  isCommonWord,
  isFunctionWord,
  isFirstName,
  isEnglishWord,
  isPlainVocabulary,
  isDemonym,
  hasFamilyNameEnding,
  isNationality,
  isGivenName,
  isOrgWord,
  isPlaceName,
  isRoleWord,
  isSurname,
  isPlainNoun,
  isWorkNoun,
  isVesselNoun,
  VESSEL_DETERMINERS,
  isKnownPerson,
  isOrganisationName,
  isOnlineService,
  isVerb,
  isPluralNoun,
  isPersonNoun,
  isHonorific,
  isHonorificAsWritten,
  TITLE_ABBREVIATIONS,
  hasStreetSuffix,
  FIRM_NOUNS,
  ORG_NOUNS,
  RELATION_WORDS,
  tagsOf,
  isKnownPlaceOrOrg,
  isPlaceOrOrgPhrase,
  NON_PERSON_HEADS,
  COMPASS_WORDS,
  POSSESSIVE_HEADS,
  ADVERB_HEADS,
  TIME_ADVERB_HEADS,
  LOCATIVES,
  PLACE_LINKS_BEFORE_NAME,
  THING_OPENERS,
  WEAK_ROLE_WORDS,
  TITLES_ALSO_GIVEN_NAMES,
  FOREIGN_ARTICLES,
  isForeignPlaceWord,
  isForeignOrgWord,
  POSTNOMINALS,
  GIVEN_NAME_HONORIFICS,
  PEERAGE_TITLES,
  SURNAME_LIKE_ORG_WORDS,
  DESCRIPTOR_COMPOUND,
  formulaLength,
  opensFormula,
  VERB_NAME_WORDS,
} from './lexicon.ts';
import { roleAfter } from './roles.ts';
import { agedAfter } from './ages.ts';
import { foreignGenericRule, weighContext } from './run-cues.ts';
import { gazetteer, lookUpPlace } from '../places/gazetteer.ts';

/** A name as written at one place in the text. */
export interface NameMention {
  /** The name's words, possessive removed ("Sergey", "Lavrov"). */
  words: string[];
  /** Token indices [first, last] of the name in its paragraph. */
  first: number;
  last: number;
  /** Evidence that this is a person (see `scoreName`). */
  score: number;
  /** Preceded by a title, honorific or role noun. */
  titled: boolean;
  /** A lone common word opening a sentence ("Close", "Key") or a place after "in": too weak even to join a person. */
  weak?: boolean;
  /** The courtesy title right before the name, lower-cased ("mrs" in "Mrs Cook"). */
  honorific?: string;
  /** Titled by a lower-case noun for what the person does or a relation ("landlady Kerry-Ann", "her son, Andrei"), which go before a given name as readily as before a family name. */
  roleTitled?: boolean;
  /** Named rules that weighed this mention, for or against (`gazetteer-place`, `foreign-place-word`, `citation-series`, …), shown by `npm run explain`. */
  rules?: string[];
}

/** Prefixes of ships' names, written in capitals before the name. */
const SHIP_PREFIXES = new Set(['HMS', 'USS', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'MV', 'MS', 'RV', 'SS']);

/** Is the lower-case word one a firm or another body is called by ("stockbroker", "company", "council")? */
const isBodyWord = (w: string) => FIRM_NOUNS.has(w) || ORG_NOUNS.has(w);

/** The evidence a place in a team's line-up gives that a name is a person's: as strong as a title's. */
const LINE_UP_SCORE = 4;

/** The most words of a capitalised run read for a name: titles and a long name fit ("Emeritus Professor John Burrows"). */
const MAX_RUN_WORDS = 12;

/** Determiners before a person noun whose appositive may be a given name alone ("the physio, Dev,"). */
const APPOSITIVE_DETERMINERS = new Set(['the', 'our', 'my', 'his', 'her', 'their', 'your']);

/** "Cheuk-yan", "Jong-un", "Hee-Chan": a hyphenated East Asian given name. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u;
/** "Hong Kong-based", "Paris-born": hyphenated descriptors that look like given names. */
const COMPOUND_TAILS = /^(?:based|born|bred|led|run|owned|made|backed|style|styled|like|related|era|wide|free|level|class|type|speaking|controlled|funded|elect|area|esque|ish|bound|sized|linked|region|city)$/i;
/** "Cheuk-yan", "Hee-Chan" but not "Prize-winner" or "Kong-based": short syllables, not two English words. */
function isSyllableName(w: string): boolean {
  const parts = w.split('-');
  if (COMPOUND_TAILS.test(parts[1]) || parts.some((x) => x.length > 5)) return false;
  if (NAME_PARTICLES.has(parts[0].toLowerCase())) return false; // "Al-Haram" is Arabic, not a given name
  return !parts.some((x) => isCommonWord(x) && x.length > 3);
}
/** A short capitalised word that can be an East Asian family name ("Kim", "Leung", "Wong"). */
const SHORT_FAMILY = /^\p{Lu}\p{Ll}{1,5}$/u;

/** "Charles III", "Martin Luther King Jr": generational suffixes stay with the name. */
const ROMAN_SUFFIX = /^(?:II|III|IV|VI|VII|VIII|Jr|Sr)$/;
/** Whether a name's word is a generational suffix ("Jr", "III"), after which the family name comes before it. */
export const isGenerationalSuffix = (w: string): boolean => ROMAN_SUFFIX.test(w.replace(/\.$/, ''));
const isInitials = (w: string) => /^(?:\p{Lu}\.)+$/u.test(w) || (w.endsWith('.') && DIGRAPH_INITIALS.includes(w.slice(0, -1)));
const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);

/** "al-Amr", "bin-Laden": a lower-case particle joined to a capitalised name. */
const isParticleJoined = (w: string) => /^(?:al|el|ad|as|at|ar|bin|ibn|abu|ben)-\p{Lu}/u.test(w) || /^[dl]['’]\p{Lu}/u.test(w);

/** Can this token be part of a capitalised name run? */
function nameWord(t: Token): boolean {
  // "When he got sold to Rotherfield I cried", "I promised Dorothy I'd keep this short": the
  // pronoun, contracted or not, is no part of a name.
  if (!t.word || /^I(?:['’](?:d|m|ve|ll))?$/.test(t.text)) return false;
  if (ROMAN_SUFFIX.test(t.text)) return true;
  if (isInitials(t.text)) return true;
  if (isParticleJoined(t.text)) return true;
  // "I-44", "A61", "M25": a road's number is no part of a name.
  if (ROAD_NUMBER.test(t.text)) return false;
  return t.cap && !isAllCaps(stripPossessive(t.text)) && !/^\d/.test(t.text);
}

/** Is token `k` the plural of a lower-case noun for a place ("provinces", "districts", "counties"; src/data/places/rules.json placeNounsAfter)? */
function pluralPlaceNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.cap || !/s$/.test(t.text)) return false;
  const w = t.text.toLowerCase();
  const nouns = gazetteer().rules.placeNounsAfter;
  return nouns.has(w.slice(0, -1)) || (w.endsWith('ies') && nouns.has(`${w.slice(0, -3)}y`));
}

/** A road's number: "I-44", "US-101", "A61", "M25". */
const ROAD_NUMBER = /^(?:[A-Z]{1,2}-?\d+[A-Z]?)$/;
/** "S Buckeye Rd", "NW Johnson Street": a compass point before a street's name, without a full stop. */
const COMPASS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW']);
/** Prepositions before a street's name ("along S Buckeye", "on W Main"). */
const STREET_PREPOSITIONS = new Set(['along', 'on', 'onto', 'off', 'at', 'to', 'from', 'via', 'down', 'up', 'near', 'across']);

/** Tokens are adjacent when only white space separates them. */
const adjacent = (a: Token, b: Token, text: string) => /^\s+$/.test(text.slice(a.end, b.start)) || a.end === b.start;

/**
 * holiday-eve: "On New Year's Eve Grażyna Wójcik will …", "On Christmas Eve Mary Costello": is
 * token `k` the eve of a holiday, after its word? It opens no name, though "Eve" is a given name.
 */
function holidayEveAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  return tokens[k]?.text === 'Eve' && (/^(?:Year|Hallow)s?['’]s?$/.test(before) || isHoliday(stripPossessive(before)));
}

/** Runs of name words: [first, last] token indices, cut after a possessive. */
function nameRuns(tokens: Token[], paragraph: string): [number, number][] {
  // (An editor's brackets round a name's first words join them to it, as the tokens are read.)
  const text = withoutNameBrackets(paragraph);
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i]) || holidayEveAt(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !isPossessive(tokens[j].text)) {
      const next = tokens[j + 1];
      if (!adjacent(tokens[j], next, text)) break;
      if (nameWord(next)) {
        j++;
        continue;
      }
      // "Carlo de Benedetti", "Ursula von der Leyen": one or two lower-case particles between two name words.
      let k = j + 1;
      while (k < j + 3 && NAME_PARTICLES.has(tokens[k]?.text ?? '') && tokens[k + 1] && adjacent(tokens[k]!, tokens[k + 1]!, text)) k++;
      if (k > j + 1 && nameWord(tokens[k]!)) {
        j = k;
        continue;
      }
      break;
    }
    // patronymic-tail: "Emil Asanbek uulu", "said Asanbek uulu": a Kyrgyz, Kazakh or Azerbaijani
    // name closes on the lower-case word for "son of" or "daughter of" after the father's name.
    if (j > i || !tokens[j]!.sentenceStart) {
      const tail = tokens[j + 1];
      if (tail && PATRONYMIC_TAILS.has(tail.text) && adjacent(tokens[j]!, tail, text)) j++;
    }
    // ("On Christmas Eve Mary Costello will sing": the holiday and its eve are a run of their own.)
    for (let k = i + 1; k < j; k++) {
      if (!holidayEveAt(tokens, k)) continue;
      runs.push([i, k]);
      i = k + 1;
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/**
 * Is `w` a word for a relative that belongs to the name it opens ("Son" of "Son Tra Pearl
 * Group"): a word the lists of names know too, capitalised before a word `next` that is no given
 * name and no title ("Daughter Ellie-May", "Hubby Lee Bramwell" wear it as a title)?
 */
function kinWordOfName(w: string, next: string | undefined): boolean {
  const lower = w.toLowerCase();
  return RELATION_WORDS.has(lower) && isFirstName(w) && !GIVEN_NAME_HONORIFICS.has(lower) && !!next && !isGivenName(next) && !isFirstName(next) && !isRoleWord(next);
}

/** A word that opens a run but is a title or descriptor, not part of the name. */
function isLeadingDescriptor(t: Token, words: string[], k: number): boolean {
  const w = stripPossessive(t.text);
  const lower = w.toLowerCase();
  const next = words[k + 1];
  if (HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`) || CAPITAL_ONLY_HONORIFICS.has(w)) return true;
  // "Tan Sri Azman Shah": a word that is a title only before its partner ("Tan Kah Kee" is a name).
  if (next && PAIRED_HONORIFICS.get(lower) === next.toLowerCase()) return true;
  // "Sultan bin Ghazi al-Khalidi", "Amir ibn Said": the word before "bin" or "ibn" is a given name.
  if (next && isPatronymicLink(next)) return false;
  // "I'm Mario Lucero", "We're …": a pronoun's contraction introduces the name.
  if (/^(?:i|we|you|they|he|she|it)['’](?:m|re|ve|s|d|ll)$/.test(lower)) return true;
  // "Eighteen-year-old Shamar Brissett", "Nine-year-old Ethan Morley": an age spelled out opening a
  // sentence describes the person, as "18-year-old" would.
  if (/^\p{L}+(?:-\p{L}+)*-years?-old$/u.test(lower)) return true;
  // "Don Jairo", "don Teófilo": the Spanish courtesy title before a given name and no family name
  // ("Don Bradman", "Don Johnson" keep their given name).
  if (lower === 'don' && next && isGivenName(next) && !isSurname(next) && words.length - k === 2) return true;
  if (isGivenName(w) && k + 1 < words.length && !isRoleTitleOnly(w)) return false;
  // "Frank Messina", "Rich Hall": a first name that is also a plain word ("frank", "rich") opens a
  // two-word name when the next word is no everyday word ("Washington Gov. Chris Gregoire" is not one).
  if (isFirstName(w) && !isPlaceName(w) && words.length - k === 2 && next && /^\p{Lu}/u.test(next) && !isEnglishWord(next) && !isRoleWord(next) && !TITLE_MODIFIERS.has(next.toLowerCase())) return false;
  // "Son Tra Pearl Group", "the Son Tra peninsula": a word for a relative, capitalised before a
  // word that is no given name (nor a title), is a word of the name, not a title worn before it
  // ("Hubby Lee Bramwell", "Aunty Glenda Simms" are; so are religious titles, "Brother Carolan").
  if (kinWordOfName(w, next)) return false;
  if (ROLE_NOUNS.has(lower) || TITLE_MODIFIERS.has(lower)) return true;
  // "Hamburg-based Schulte & Voss", "London-born": a place made an adjective opens no name.
  if (/-(?:based|born|bred|headquartered|registered|owned|listed)$/.test(lower)) return true;
  // "Aunty Glenda Simms", "Uncle Jack Charles": a relation worn as a title of respect before a given name.
  if (RELATION_WORDS.has(lower) && next && isGivenName(next)) return true;
  if (isDemonym(w) || isOrgWord(w) || isCalendarWord(w)) return true;
  // "Moscow Mayor…" trims the place; "Virginia Woolf" keeps it (a place name can be a given name).
  if (isPlaceName(w)) {
    const rest = words[k + 1];
    return !(words.length - k === 2 && rest && !isRoleWord(rest) && !TITLE_MODIFIERS.has(rest.toLowerCase()) && !isOrgWord(rest) && !isPlaceName(rest));
  }
  // "U.S. President": an abbreviation before a title.
  if (isInitials(w) && next && (isRoleWord(next) || TITLE_MODIFIERS.has(next.toLowerCase()))) return true;
  // "Scientologist Tom Cruise", "Nonpartisan Paul Tse": an unknown word shaped like an adjective or a
  // group noun before a known given name or a title ("Florian Wirtz" keeps its "Florian").
  const shaped = /(?:ist|ists|ish|ese|ian|ians|ic|ive|ous|ary|ern|crat|crats|an)$/.test(lower) && !isSurname(w) && !tagsOf(w).length;
  // Not before the run's last word ("Imran Hussain": an unknown given name that happens to end
  // like an adjective, before a family name that is also a given name).
  const beforeLastWord = words.length - k === 2;
  if (shaped && next && !beforeLastWord && (isGivenName(next) || isRoleWord(next) || TITLE_MODIFIERS.has(next.toLowerCase()))) return true;
  // A capitalised common word opening a sentence ("The", "After", "Civic").
  if (t.sentenceStart && isCommonWord(w)) return true;
  // "Jeweller Sanjay Mistry cleaned the ring": a noun for what a person does, opening a sentence
  // before a given name, is the person's title, not part of the name (no family name is read so:
  // "Mason Mount" and "Potter" as a surname are left whole).
  if (t.sentenceStart && next && isGivenName(next) && isPersonNoun(w) && !isSurname(w) && !isFirstName(w)) return true;
  // "Skipper Dean Pavlovic said": such a noun that is also a pet name ("Skipper"), before a first
  // name ("Dean") and a family name, is the title too; "Mason Mount" and "Hunter Biden" have no
  // first name after it.
  if (t.sentenceStart && next && words.length - k >= 3 && (isGivenName(next) || isFirstName(next)) && isPersonNoun(w) && !isSurname(w) && !isGivenName(w)) return true;
  // tabloid-adjective: "Feisty Doreen, who has 11 grandkids", "Tragic Emma": an everyday word that
  // is no name, opening a sentence before a given name, describes the person.
  if (t.sentenceStart && next && isGivenName(next) && isPlainVocabulary(w) && !isGivenName(w) && !isSurname(w) && !isFirstName(w)) return true;
  return false;
}

/**
 * The names ships are given after their prefix in one paragraph ("the MV Flora MacDonald" →
 * "Flora MacDonald"), so that the ship's later mentions without it ("the Flora MacDonald was
 * expected back") are not read as a person's.
 */
export function vesselNames(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const [i, t] of tokens.entries()) {
    if (!SHIP_PREFIXES.has(t.text) || !tokens[i + 1]?.word || !tokens[i + 1]!.cap) continue;
    out.push(tokens.slice(i + 1, capitalRunEnd(tokens, i + 1) + 1).map((x) => stripPossessive(x.text)).join(' '));
  }
  return out;
}

/** Titles that the lexicon also lists as given names: read as titles when they open a run. */
const isRoleTitleOnly = (w: string) => TITLES_ALSO_GIVEN_NAMES.has(w.toLowerCase());

/**
 * The person names in one paragraph's tokens, each with the evidence for it.
 * Single words are returned too (they may be a surname seen before); callers decide.
 */
export function findNames(tokens: Token[], text: string): NameMention[] {
  // line-up: "Harrowgate: Lund; Cairns, Adeyemi, Foley, E Berg; …": a team's players, each a person
  // though named by family name alone (line-ups.ts).
  const lineUp = lineUpNames(tokens);
  if (lineUp) return lineUp.map(([first, last]) => ({ words: tokens.slice(first, last + 1).map((t) => stripPossessive(t.text)), first, last, score: LINE_UP_SCORE, titled: false, rules: ['line-up'] }));
  const out: NameMention[] = [];
  for (let [a, b] of nameRuns(tokens, text)) {
    // possessive-head: "My English teacher, Mr Derek Bamber", "As Tom used to say": "My" and "As"
    // are capitalised only because they open the sentence; what follows may still be a name.
    if (b > a && POSSESSIVE_HEADS.has(tokens[a].text.toLowerCase())) a++;
    // adverb-head: "Even Derek admits …": a sentence's opening adverb before a given name.
    if (b > a && ADVERB_HEADS.has(tokens[a].text.toLowerCase()) && tokens[a].sentenceStart && (isGivenName(tokens[a + 1]!.text) || isFirstName(tokens[a + 1]!.text))) a++;
    // "Afterwards Caballero said …": an adverb of time is no one's name, before any name.
    else if (b > a && TIME_ADVERB_HEADS.has(tokens[a].text.toLowerCase()) && tokens[a].sentenceStart) a++;
    // "San Luis Obispo", "Lake Victoria", "Hurricane Milton": a place's or a storm's name, whatever
    // given name it holds.
    // But "Port Vila Mayor Florence Kalotrip", "Cape Town Mayor Ana Smith": a title after the
    // place's name opens a person's (the-place-title).
    if (b > a && NON_PERSON_HEADS.has(tokens[a].text.toLowerCase())) {
      const title = tokens.slice(a + 1, b).findIndex((t) => t.word && t.cap && isRoleWord(t.text) && !isOrgWord(t.text));
      if (title < 0) continue;
      a += 1 + title;
    }
    // formula: "Bismillahir Rahmanir Rahim.", "Assalamu Alaikum", "Allah Hafez": a greeting or a
    // blessing said as a set phrase names nobody (name-cues.json formulas); what follows it in the
    // run may still be a name.
    // (Read only for a run that opens on a formula's first word: most runs do not.)
    const runWords = opensFormula(tokens[a]!.text) ? tokens.slice(a, b + 1).flatMap((t, k) => (t.word ? [a + k] : [])) : [];
    const formula = runWords.length ? formulaLength(runWords.map((k) => tokens[k]!.text)) : 0;
    if (formula > 0) {
      const end = runWords[formula - 1]!;
      out.push({ words: tokens.slice(a, end + 1).map((t) => stripPossessive(t.text)), first: a, last: end, score: -10, titled: false, rules: ['formula'] });
      a = end + 1;
      if (a > b) continue;
    }
    // "Plaza de Armas", "Jalan Tun Razak", "Kampung Baru": a place's generic word in another
    // language opens no person's name, whatever titles or given names follow it (foreign-place-word,
    // kept as a ruled-out mention so `npm run explain` shows it).
    // So does an organisation's ("Atlético Paso Molino", "Colegio San José"; foreign-org-word).
    const foreign = foreignGenericRule(tokens[a].text);
    // "Barangay Captain Ernesto Sisante": a title right after the place's word opens a person's
    // name, as after a place's own name (the-place-title above); not a courtesy title, which
    // streets are named with ("Jalan Tun Razak").
    if (b > a + 1 && foreign === 'foreign-place-word' && tokens[a + 1]!.word && tokens[a + 1]!.cap && isRoleWord(tokens[a + 1]!.text) && !isOrgWord(tokens[a + 1]!.text) && !isHonorific(tokens[a + 1]!.text)) a++;
    else if (b > a && foreign) {
      out.push({ words: tokens.slice(a, b + 1).map((t) => stripPossessive(t.text)), first: a, last: b, score: -10, titled: false, rules: [foreign] });
      continue;
    }
    // "HMS Queen Elizabeth", "USS Gerald R. Ford": a ship's name after its prefix.
    if (SHIP_PREFIXES.has(tokens[a - 1]?.text ?? '')) continue;
    // "M/S Sälen", "M/V Kalakala": the prefix written with a slash, whose second letter opens the run.
    if (tokens[a - 1]?.text === '/' && /^\p{Lu}$/u.test(tokens[a]!.text) && SHIP_PREFIXES.has(`${tokens[a - 2]?.text ?? ''}${tokens[a]!.text}`)) continue;
    // street-direction: "along S Buckeye", "NW Johnson": a compass point opens a street's name. A
    // single letter counts only after a preposition of way ("J K Rowling" writes initials so too).
    if (b > a && COMPASS.has(tokens[a].text) && tokens[a + 1]?.text !== '.' && (tokens[a].text.length === 2 || STREET_PREPOSITIONS.has(tokens[a - 1]?.text.toLowerCase() ?? ''))) continue;
    // A name ends a run of capitalised words; only its last few words are worth reading, and a
    // run of thousands (a hostile text) must not cost time per word squared.
    let first = Math.max(a, b - MAX_RUN_WORDS + 1);
    let last = b;
    // ("Uchida-san" alone is "Uchida": a Japanese courtesy title joined by a hyphen.)
    const words = () => tokens.slice(first, last + 1).map((t) => (first === last ? stripPossessive(t.text).replace(SUFFIX_HONORIFIC, '') : stripPossessive(t.text)));
    let titled = false;
    // post-name-honorific: "Osman Bey", "Nurten Hanım", "Jagat Aju": a courtesy title written after
    // the name (Turkish, Newari, Hindi and Urdu usage; name-cues.json postNameHonorifics) is no word
    // of it, and titles the name before it as "Mr" does.
    let postHonorific: string | undefined;
    if (b > first && POST_NAME_HONORIFICS.has(stripPossessive(tokens[b]!.text).toLowerCase())) {
      postHonorific = stripPossessive(tokens[b]!.text).toLowerCase();
      last = b - 1;
      titled = true;
    }
    // East Asian names: "Pan-democrat Lam Cheuk-ting" → "Lam Cheuk-ting".
    const ws0 = words();
    // Not "Ms Owusu-Ansah": a courtesy title is no family name.
    // Nor "Cllr Pugh-Evans": an abbreviated title or a title word is none either; nor the verb
    // opening a question ("Will Po-yu take over?").
    const hy = ws0.findIndex((w, k) => k > 0 && HYPHENATED_GIVEN.test(w) && SHORT_FAMILY.test(ws0[k - 1]) && !isHonorific(ws0[k - 1]!) && !TITLE_ABBREVIATIONS.has(ws0[k - 1]!.toLowerCase()) && !isRoleWord(ws0[k - 1]!) && !questionAuxiliaryAt(tokens, first + k - 1));
    if (hy > 0 && hy === ws0.length - 1 && isSyllableName(ws0[hy])) {
      if (hy - 1 > 0) titled = ws0.slice(0, hy - 1).some((w) => isRoleWord(w));
      // "Angela Ho Mei-yee": a Western given name written before the family name, as Hong Kong
      // usage does, is the name's too.
      const western = hy >= 2 && (isGivenName(ws0[hy - 2]!) || isFirstName(ws0[hy - 2]!)) && !isRoleWord(ws0[hy - 2]!) && !isHonorific(ws0[hy - 2]!);
      first = a + hy - (western ? 2 : 1);
      out.push({ words: words(), first, last, score: 4, titled });
      continue;
    }
    let placeGiven = false;
    while (first < last || (first === last && first > a)) {
      const ws = words();
      // "(Ambassador to the) United States Hamdullah Mohib": a known place name before the name.
      // "Sri Lankan authorities", "Costa Rican coffee": a known place's two words made an adjective
      // ("Sri" is no courtesy title there).
      const demonymLen = ws.length >= 2 && placeDemonym(ws.slice(0, 2)) ? 2 : 0;
      const placeLen = ws.length > 3 && isPlaceOrOrgPhrase(ws.slice(0, 3)) ? 3 : ws.length > 2 && isPlaceOrOrgPhrase(ws.slice(0, 2)) ? 2 : demonymLen;
      if (placeLen) {
        first += placeLen;
        continue;
      }
      // "Dr Harrow": the one word left after a courtesy title is the family name, even a place's.
      // Not "Honourable Director-General of …": a title of something after the courtesy title is
      // no name (but "the Rev Bishop said": a family name that is also a title).
      if (first === last && first > a && courtesyTitleBefore(tokens, first) && !(isRoleWord(ws[0]!) && tokens[last + 1]?.text.toLowerCase() === 'of')) {
        // "Lord Vakafehi": trimmed as a title's modifier above, the title of nobility is the name's.
        if (PEERAGE_TITLES.has(tokens[first - 1]!.text.toLowerCase())) titled = true;
        break;
      }
      // courtesy-then-name: "Dr Rezan Ismail Hawrami": right after a courtesy title, a word that is
      // no title, courtesy title or title's modifier opens the name, whatever its shape ("Rezan"
      // ends as "Scientologist" or "Italian" does).
      if (first > a && ws.length > 1 && courtesyTitleBefore(tokens, first) && !isRoleWord(ws[0]!) && !isHonorific(ws[0]!) && !TITLE_MODIFIERS.has(ws[0]!.toLowerCase()) && !isPlaceName(ws[0]!) && !isOrgWord(ws[0]!) && !isDemonym(ws[0]!)) break;
      // place-after-title: "Sergeant Wellington Duarte Siqueira": after a title read off the run,
      // a place's name before a word that is no title, body or place opens the person's name, as
      // a given name does ("Moscow Mayor Sergei Sobyanin" has the place before the title); so
      // does one before two more words, though the next is a place's name too ("Duarte").
      if (titled && first > a && isPlaceName(ws[0]!) && !isOrgWord(ws[0]!) && ws.length > 1 && !isRoleWord(ws[1]!) && !TITLE_MODIFIERS.has(ws[1]!.toLowerCase()) && !isOrgWord(ws[1]!) && (ws.length > 2 || !isPlaceName(ws[1]!))) {
        placeGiven = true;
        break;
      }
      if (!isLeadingDescriptor(tokens[first], ws, 0) && !questionAuxiliaryAt(tokens, first)) break;
      if (isRoleWord(ws[0])) titled = true;
      first++;
      if (first > last) break;
    }
    if (first > last) continue;
    // "Emeritus Professor John Burrows": a title inside the run ends the part before the name.
    for (let k = last - 1; k >= first; k--) {
      const w = stripPossessive(tokens[k].text);
      if (isRoleWord(w) && !isGivenName(w) && !isPatronymicLink(tokens[k + 1]?.text ?? '') && !kinWordOfName(w, tokens[k + 1]?.text)) {
        titled = true;
        first = k + 1;
        break;
      }
    }
    // "(Council on American-)Islamic Relations Alia Salem": an everyday word with two or more
    // capitalised words after it ends a body's or a thing's name; a person's starts after it.
    for (let k = last - 2; k >= first; k--) {
      // (Nor the place's name read as a given name after a title above: "wellington" is a boot too.)
      if (placeGiven && k === first) continue;
      const w = stripPossessive(tokens[k].text);
      // A name's lower-case particle ("bin", "van") is no everyday word here, nor the given name
      // before "bin" ("Sultan bin Ghazi").
      // Nor "Mint" in "Mariem Mint Ahmed Salem": a capitalised link after a given name; nor the
      // word before one, which is the given name whatever else it means ("Maître Bah Ould Mbarek").
      if (CAPITAL_PATRONYMIC_LINKS.has(w.toLowerCase()) && k > first && isGivenName(tokens[k - 1]!.text)) continue;
      // Nor "Pintos" in "Graciela Pintos Da Rosa": a word between a given name and a second family
      // name opening on its particle is the first family name, whatever else it means.
      if (k > first && isGivenName(tokens[k - 1]!.text) && NAME_PARTICLES.has(tokens[k + 1]!.text.toLowerCase()) && tokens[k + 2]?.cap) continue;
      if (((isPlainVocabulary(w) && !isSurname(w) && !isKnownPerson(w)) || DESCRIPTOR_COMPOUND.test(w)) && !(!tokens[k]!.cap && NAME_PARTICLES.has(w)) && !isPatronymicLink(tokens[k + 1]?.text ?? '') && !CAPITAL_PATRONYMIC_LINKS.has((tokens[k + 1]?.text ?? '').toLowerCase())) {
        first = k + 1;
        // "General Data Protection Regulation": a title at the start belonged to the thing's name.
        titled = false;
        break;
      }
    }
    const ws = words();
    // ("Azerbaijan's deputy minister of economy, Sahib Gasimov,": read once, for the title and
    // for the role that titles a given name below.)
    const postOf = postOfBefore(tokens, first, last);
    const isTitled = titled || postOf || titledBefore(tokens, first, last);
    const rules: string[] = [];
    let score = scoreName(text, ws, tokens, first, last, isTitled, rules);
    // Cues from the words around the run that say it names a body, a place, a team or a post (run-cues.ts).
    const context = weighContext({ tokens, a, first, last, ws, titled: isTitled });
    score += context.weight;
    rules.push(...context.rules);
    // "Civic Passion's Wong Yeung-tat": what owns a name directly is a party or a team, rarely a person.
    if (isPossessive(tokens[last].text) && tokens[last + 1] && nameWord(tokens[last + 1]) && !isGivenName(ws[0])) score -= 2;
    // "Close to the border…" is a word; "Brown said…" is a name even though "brown" is a word too.
    const next = tokens[last + 1];
    const verbNext = !!next?.word && (SPEECH_VERBS.has(next.text.toLowerCase()) || (!next.cap && isVerb(next.text)));
    // "in Paris", "the state of Victoria": a place word after a preposition is the place, even in a
    // story about Valeska Paris or Victoria Nuland.
    const prevWord = tokens[first - 1]?.word ? tokens[first - 1].text.toLowerCase() : '';
    const placeUse = isPlaceName(ws[0]) && LOCATIVES.has(prevWord);
    // Not "Carleton, now a youth worker in Twinbrook, said …": a word described as a person is one.
    const weak = ws.length === 1 && ((tokens[first].sentenceStart && isCommonWord(ws[0]) && !verbNext && !rules.includes('given-name-described')) || placeUse);
    const before = tokens[first - (isTitleStop(tokens, first - 1) ? 2 : 1)];
    // "Sister Annamma", "Father Brendan": capitalised before a name, these titles are worn as courtesy titles are.
    // ("don Teófilo": a title before a given name that is no relation counts lower-case too.)
    const givenTitle = (t: Token) => GIVEN_NAME_HONORIFICS.has(t.text.toLowerCase()) && (t.cap || !RELATION_WORDS.has(t.text.toLowerCase()));
    const honorific = before?.word && (isHonorificAsWritten(before.text) || givenTitle(before)) ? before.text.toLowerCase() : postHonorific;
    // "landlady Kerry-Ann", "Landlady Kerry-Ann is …": a noun for what someone does, lower-case or
    // capitalised only as the sentence's first word, titles a given name as readily as a family name.
    // So does a relation set beside it ("her son, Andrei, and two granddaughters").
    const roleWord = wordBeforeName(tokens, first);
    // ("his wife of 60 years, Marguerite": and a post or relation with what it is of, set off.)
    const roleTitled = isTitled && ((!!roleWord?.word && (!roleWord.cap || roleWord.sentenceStart) && !isHonorificAsWritten(roleWord.text) && (isPersonNoun(roleWord.text) || RELATION_WORDS.has(roleWord.text.toLowerCase()))) || postOf);
    // "Datuk Seri, what is your message …": courtesy titles alone, said to someone, are no name.
    if (ws.every((w) => isHonorific(w))) continue;
    out.push({ words: ws, first, last, score, titled: isTitled, ...(weak ? { weak } : {}), ...(honorific ? { honorific } : {}), ...(roleTitled ? { roleTitled } : {}), ...(rules.length ? { rules } : {}) });
  }
  return out;
}

/** Verbs that open a question and are given names too ("Will", "May"; not "Can", a Turkish given name that opens questions as a name: "Can Dündar, …?"). */
const QUESTION_AUXILIARIES = new Set(['will', 'may']);

/**
 * question-auxiliary: "Will Po-yu take over?", "Will Cotopaxi erupt this year?": a verb that is a
 * given name too, opening a sentence that ends on a question mark, asks; it is no one's name.
 */
function questionAuxiliaryAt(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  if (!t.sentenceStart || !QUESTION_AUXILIARIES.has(t.text.toLowerCase())) return false;
  let k = at + 1;
  while (k < tokens.length && !endsSentence(tokens, k)) k++;
  return tokens[k]?.text === '?';
}

/** Is `ws` a known place's name with its last word made an adjective ("Sri Lankan", "Costa Rican", "New Zealander"), or a point of the compass before a nationality ("South Australian")? */
function placeDemonym(ws: string[]): boolean {
  const last = ws.at(-1)!;
  // "South Australian Corey Vinnicombe", "North Korean": a point of the compass before a
  // nationality or a demonym is one (the region's or the country's). Not "Central": "Central
  // European Art Nouveau" describes a style, and the words after it are no one's name.
  if (ws.length === 2 && COMPASS_WORDS.has(ws[0]!.toLowerCase()) && ws[0]!.toLowerCase() !== 'central' && (isNationality(last) || isDemonym(last))) return true;
  const stems = [/^(.+a)n$/, /^(.+)ian$/, /^(.+)an$/, /^(.+)er$/].flatMap((re) => re.exec(last)?.[1] ?? []);
  return stems.some((stem) => isPlaceOrOrgPhrase([...ws.slice(0, -1), stem]));
}

/** A lower-case title or role noun right before the name from `first` to `last` ("captain Harry Kane", "designer Halston"). */
function titledBefore(tokens: Token[], first: number, last = first): boolean {
  // "the death of their child, Gloria.", "the chief bridge engineer, Howard Lyle Park,": a role
  // noun, a comma, and the name closing the phrase.
  // plural-apposition: not "14 points behind the leaders, Northumbria.": a plural noun set beside
  // one name says it names a group (a team, a party), not a person.
  const comma = tokens[first - 1]?.text === ',' ? tokens[first - 2] : undefined;
  if (comma?.word && !comma.cap && isRoleWord(comma.text) && !WEAK_ROLE_WORDS.has(comma.text.toLowerCase()) && !isPluralNoun(comma.text) && /^[,.;]$/.test(tokens[last + 1]?.text ?? '')) return true;
  // "Mr. Toccafondi": the abbreviation's full stop stands between the title and the name.
  const prev = tokens[first - (isTitleStop(tokens, first - 1) ? 2 : 1)];
  // "the potter Hirose Kenji", "the British collector Margaret Fairweather": a lower-case noun for
  // what a person does, right before the name, is a title (a family name such as Potter is
  // written with a capital).
  const lowerPrev = prev?.word ? prev.text.toLowerCase() : '';
  if (prev?.word && !prev.cap && isPersonNoun(prev.text) && !WEAK_ROLE_WORDS.has(lowerPrev) && !FIRM_NOUNS.has(lowerPrev) && !isPluralNoun(prev.text) && !RELATION_WORDS.has(lowerPrev)) return true;
  if (!prev?.word || !isRoleWord(prev.text)) return false;
  if (prev.cap || !WEAK_ROLE_WORDS.has(prev.text.toLowerCase())) return true;
  // "intelligence chief Abbas Kamel" is a title; "a major Warhol donor program" is not.
  const before = tokens[first - 2];
  return !!before?.word && !['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'very', 'most', 'more'].includes(before.text.toLowerCase());
}

/**
 * post-of-appositive: "Azerbaijan's deputy minister of economy, Sahib Gasimov,", "the deputy
 * public prosecutor at the regional court, Cheikh Ould Baba,": a post and what it is held of, at
 * or for, set off by commas before the name, says the name is a person's as a bare role noun does.
 * Not where what the post is of is a body and the name might be that body's ("the chief executive
 * of the airline, Qantas,"), unless a given name opens it.
 */
function postOfBefore(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== ',' || !/^[,.;]$/.test(tokens[last + 1]?.text ?? '')) return false;
  // What the post is of is a common noun: after a body's own name ("the treasurer of St Michael
  // and All Angels, Lower Ashby,") or a place's, a name set off is where that body stands.
  const object = tokens[first - 2];
  if (!object?.word || object.cap || ((isOrgWord(object.text) || isBodyWord(object.text.toLowerCase())) && !isGivenName(tokens[first]!.text))) return false;
  // The post's "of" within a few words before the comma, only words between (no other comma).
  for (let i = first - 2; i >= Math.max(1, first - 9) && tokens[i]!.word; i--) {
    const link = tokens[i]!.text;
    if (!['of', 'for', 'at'].includes(link)) continue;
    const head = tokens[i - 1]!;
    return head.word && isRoleWord(head.text) && !WEAK_ROLE_WORDS.has(head.text.toLowerCase()) && !isPluralNoun(head.text);
  }
  return false;
}

/**
 * A courtesy title or a role noun that is no everyday adjective right before the name ("Vice
 * President Ford", "Mr Cook"), not "Star Wars" or "General Motors".
 */
function strongTitleBefore(tokens: Token[], first: number): boolean {
  if (courtesyTitleBefore(tokens, first)) return true;
  const prev = tokens[first - (isTitleStop(tokens, first - 1) ? 2 : 1)];
  if (!prev?.word) return false;
  const w = prev.text.toLowerCase();
  return isRoleWord(w) && !WEAK_ROLE_WORDS.has(w);
}

/** A courtesy title ("Dr", "Mrs", "Rev", "Cllr") right before the name starting at `first`, its full stop allowed ("Dr."). */
function courtesyTitleBefore(tokens: Token[], first: number): boolean {
  const prev = tokens[first - (isTitleStop(tokens, first - 1) ? 2 : 1)];
  if (!prev?.word) return false;
  const w = prev.text.toLowerCase();
  // "Lord Vakafehi": a title of nobility before the name's one word (not "Lord Mayor", a title).
  // A given name after it ("Lady Agatha", "Lady Hermione") more often names a brand or an engine.
  const peer = prev.cap && PEERAGE_TITLES.has(w) && !isRoleWord(tokens[first]!.text) && !TITLE_MODIFIERS.has(tokens[first]!.text.toLowerCase()) && !isGivenName(tokens[first]!.text) && !isFirstName(tokens[first]!.text) && !tokens[first + 1]?.cap;
  // "her uncle Ron": a relation that is also a courtesy title is one only when capitalised.
  return isHonorificAsWritten(prev.text) || peer;
}

/**
 * Does the sentence go on to a list after the name ending at `last`: another capitalised word
 * after "and", or after a comma, within a few words ("publishers Jann Wenner of Rolling Stone
 * Magazine and Carlo De Benedetti")?
 */
function listAfter(tokens: Token[], last: number): boolean {
  for (let i = last + 1; i < tokens.length && i <= last + 10; i++) {
    const t = tokens[i]!;
    if (['.', ';', ':', '!', '?'].includes(t.text)) return false;
    if ((t.text === ',' || t.text.toLowerCase() === 'and') && tokens[i + 1]?.word && tokens[i + 1]!.cap) return true;
  }
  return false;
}

/**
 * month-given-name: "June Whitaker", "April Ryan", "August Wilson": a month that is also a given
 * name opens a two- or three-word name when the words after it are no everyday or calendar words
 * ("June Primary", "May Day" stay dates).
 */
function monthGivenName(words: string[], k: number): boolean {
  return k === 0 && words.length > 1 && words.length <= 3 && isFirstName(words[0]!) && words.slice(1).every((w) => !isCalendarWord(w) && !isEnglishWord(w));
}

/** A name the places gazetteer lists (a place or a body) and not also as a person's name (its `needsCue` list). */
function gazetteerPlace(words: string[]): boolean {
  const name = words.join(' ');
  const entry = lookUpPlace(name);
  return !!entry && !gazetteer().rules.needsCue.has(name) && !gazetteer().rules.needsCue.has(entry.name);
}

/** A courtesy title or a strong title right before the name, or a speech verb right after it ("Mr Mérida", "Mérida said"). */
function strongPersonCue(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  return strongTitleBefore(tokens, first) || (!!next?.word && SPEECH_VERBS.has(next.text.toLowerCase()));
}

/** Is there a speech verb or an appositive right after the name? */
function cuedAfter(text: string, tokens: Token[], last: number): boolean {
  const n1 = tokens[last + 1];
  const n2 = tokens[last + 2];
  if (!n1) return false;
  if (n1.word && SPEECH_VERBS.has(n1.text.toLowerCase())) return true;
  // "Oliver Penn KC", "Jane Doe MP": letters after a name are given to people.
  if (n1.word && POSTNOMINALS.has(n1.text)) return true;
  const adverb = (w: string) => ['has', 'had', 'have', 'also', 'then', 'later', 'who', 'once', 'earlier', 'previously', 'recently'].includes(w) || /ly$/.test(w);
  if (n1.word && adverb(n1.text.toLowerCase()) && n2?.word && SPEECH_VERBS.has(n2.text.toLowerCase()))
    return true;
  if (n1.text === ',' && n2?.word && n2.text.toLowerCase() === 'who') return true;
  // "Margaret Hill, 74, whose home…": only a person is given an age in passing.
  if (agedAfter(tokens, last)) return true;
  // residence-after: "Liam Stroud, of Mercer Street, appeared …": where someone lives, set off
  // by commas, as court and police reports give it — a street or a place the gazetteer knows.
  if (n1.text === ',' && n2?.word && n2.text === 'of' && tokens[last + 3]?.cap) {
    const k = capitalRunEnd(tokens, last + 3);
    const place = tokens.slice(last + 3, k + 1).map((t) => t.text);
    if (tokens[k + 1]?.text === ',' && (gazetteer().rules.placeNounsAfter.has(place.at(-1)!.toLowerCase()) || lookUpPlace(place.join(' ')))) return true;
  }
  return roleAfter(text, tokens, last, new Set(), true) !== '';
}

/** How far a relative clause set off after a name may run before the comma and the verb of speech. */
const WHO_CLAUSE_REACH = 20;

/** Does the clause from token `i` close on a comma and a verb of speech ("…, said") within reach, in the same sentence? */
function speechAfterClause(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + WHO_CLAUSE_REACH; k++) {
    const t = tokens[k]!;
    if (/^[.!?;:"“”]$/.test(t.text)) return false;
    if (t.text === ',') return !!tokens[k + 1]?.word && SPEECH_VERBS.has(tokens[k + 1]!.text.toLowerCase());
  }
  return false;
}

/**
 * Evidence that a run of capitalised words is a person's name. Two or more points make a person;
 * single words need a title ("designer Halston") to stand alone. `fired` receives the names of the
 * named rules that weighed against it (`gazetteer-place`, `foreign-place-word`, `foreign-article`).
 */
export function scoreName(text: string, words: string[], tokens: Token[], first: number, last: number, titled: boolean, fired: string[] = []): number {
  // "engineer Wang Jun": a month's three-letter short form ending a name, with no date after it,
  // is a given name (Chinese and Korean usage), not "Jun 5".
  const monthShortName = (w: string, k: number) => k > 0 && k === words.length - 1 && /^\p{Lu}\p{Ll}{2}$/u.test(w) && !/^[.\d]/.test(tokens[last + 1]?.text ?? '');
  if (words.some((w, k) => isCalendarWord(w) && !monthGivenName(words, k) && !monthShortName(w, k)) || isKnownPlaceOrOrg(words) || isHoliday(words[0]!)) return -10;
  // gazetteer-place: "the capital city of Greece", "from Isfahan": a whole name the places
  // gazetteer knows is the place, unless a courtesy title or a speech verb says someone has it
  // ("Mr Mérida said"), or the gazetteer itself marks it as a person's name too ("Sydney").
  // "Sri Lanka": a place whose first word is also a title ("Sri", an honorific) is the place, the
  // title being its own first word and no cue of a person.
  const before = tokens[first - 1];
  if (before?.word && before.cap && gazetteerPlace([before.text, ...words])) {
    fired.push('gazetteer-place');
    return -10;
  }
  if (gazetteerPlace(words) && !strongPersonCue(tokens, first, last)) {
    fired.push('gazetteer-place');
    return -10;
  }
  // direction-of-place: "the mine north of Santiago", "the outskirts of Hamilton": a place the
  // gazetteer knows, even one that is also a given name, after a direction or a part of a town
  // and "of" (cueBeforeOf in src/data/places/rules.json).
  if (lookUpPlace(words.join(' ')) && tokens[first - 1]?.text === 'of' && tokens[first - 2]?.word && gazetteer().rules.cueBeforeOf.has(tokens[first - 2]!.text.toLowerCase())) {
    fired.push('direction-of-place');
    return -10;
  }
  // lower-case-opening: "Festival de Flamenco de Invierno", "Chambre de Métiers et de l'Artisanat
  // du Rhône": a run that opens on a lower-case particle right after a capitalised word, or on the
  // French article "l'", is the tail of a festival's or a body's name. A surname alone keeps its
  // particle at a sentence's start or after a lower-case word ("said de Klerk"), and is read as before.
  const opening = words[0]!;
  const afterCapital = before?.word === true && before.cap && !before.sentenceStart;
  if (/^\p{Ll}/u.test(opening) && (/^l['’]/u.test(opening) || afterCapital)) {
    fired.push('lower-case-opening');
    return -10;
  }
  // street-suffix: "Birger Jarlsgatan", "Hauptstraße": a one-word street name of another language.
  if (hasStreetSuffix(words.at(-1)!)) {
    fired.push('street-suffix');
    return -10;
  }
  // "A. Maddox & Son", "Hurley & Sons": a firm's partner word after an ampersand.
  const partner = (t: Token | undefined) => !!t && /^(?:son|sons|daughter|daughters|co|partners)$/i.test(t.text);
  // "the Dutch trader Koster & Visser": one capitalised word on either side of an ampersand is a
  // firm's partners' names, as "Koster and Visser" would be two people.
  // Not a citation's authors ("(Dye & Bavelier, 2010)", "Heidenreich & Turano 2011", "Dye &
  // Bavelier (2010)"): a year follows the pair.
  const capital = (t: Token | undefined) => !!t?.word && t.cap;
  const year = (t: Token | undefined) => /^\d{4}[a-z]?$/.test(t?.text ?? '');
  const yearAfter = (k: number) => year(tokens[k]) || ((tokens[k]?.text === ',' || tokens[k]?.text === '(') && year(tokens[k + 1]));
  const partners = words.length === 1 && ((tokens[last + 1]?.text === '&' && capital(tokens[last + 2]) && !capital(tokens[last + 3]) && !yearAfter(last + 3)) || (tokens[first - 1]?.text === '&' && capital(tokens[first - 2]) && !capital(tokens[first - 3]) && !yearAfter(last + 1)));
  if ((words.length === 1 && tokens[first - 1]?.text === '&' && partner(tokens[first])) || (tokens[last + 1]?.text === '&' && partner(tokens[last + 2])) || partners) {
    fired.push('firm-partner');
    return -10;
  }
  // numbered: "Harp Concerto No. 1", "Symphony No. 5": a run closing on "No" before its full stop
  // and a number names a work; "Patuakhali-2", "Dhaka-10": a word closing on a hyphen and a number
  // names a constituency. No one's name is numbered so.
  if ((words.at(-1) === 'No' && tokens[last + 1]?.text === '.' && /^\d/.test(tokens[last + 2]?.text ?? '')) || words.some((w) => /\p{L}-\d+$/u.test(w))) {
    fired.push('numbered');
    return -10;
  }
  let score = 0;
  const [head] = words;
  const tail = words.at(-1)!;
  if (words.length === 1) {
    // single-letter: "Nordsø Port Partners A/S", "Plan B": a capital letter alone names no one
    // unless a courtesy title makes it a name withheld ("Mr A", "Ms X", as courts report them).
    if (/^\p{Lu}$/u.test(head) && !courtesyTitleBefore(tokens, first)) {
      fired.push('single-letter');
      return -10;
    }
    // online-service: "the race's official Instagram account", "a video on TikTok": a service's
    // name, even after a word that can title a person, is no one's.
    if (isOnlineService(head) && !courtesyTitleBefore(tokens, first)) {
      fired.push('online-service');
      return -10;
    }
    // vessel-noun-before: "the Akureyri trawler Norðurfari", "the ferry Sälen": one name right
    // after a noun for a vessel, itself after a determiner or a name (not the verb "to ship"), is the
    // vessel's ("the ferry Sälen sank" as well: a name after a vessel's noun is seldom a relative
    // clause's subject, as in "a boat Marie could sail").
    const noun = tokens[first - 1];
    const opener = tokens[first - 2];
    if (noun?.word && !noun.cap && isVesselNoun(noun.text.toLowerCase()) && opener?.word && (opener.cap || VESSEL_DETERMINERS.has(opener.text.toLowerCase()))) {
      fired.push('vessel-noun-before');
      return -10;
    }
    // post-alone: "Professor Anthony Kwok Chun-yip, Deputy Vice-Chancellor;": a lone word that is
    // a post and no one's given or family name, after a word that modifies a post, is the post.
    const before = tokens[first - 1];
    if (isRoleWord(head) && !isGivenName(head) && !isFirstName(head) && !isSurname(head) && before?.word && before.cap && TITLE_MODIFIERS.has(before.text.toLowerCase())) {
      fired.push('post-alone');
      return -5;
    }
    // title-of: "Executive Dean of Science and Engineering": a lone word that is a post as well as
    // a given name, with "of" after it, is the post.
    if ((isRoleWord(head) || isPersonNoun(head.toLowerCase())) && tokens[last + 1]?.text.toLowerCase() === 'of') {
      fired.push('title-of');
      return -5;
    }
    // "Vice President Ford", "Mr Cook": a title makes a family name of a word that is also a
    // company, a place or a trade.
    // "Dr Harrow said": a courtesy title makes a family name of a word that is also a place.
    const courtesied = titled || courtesyTitleBefore(tokens, first);
    // given-age: "Kwame, 15, a pupil at …", "Moira, 71, who has lived …": a given name with an
    // age in passing is someone's, named as children and neighbours often are, by given name alone.
    // An age in passing right after the name ("Kwame, 15,"), of a person's years.
    const aged = agedAfter(tokens, last);
    if (isGivenName(head) && aged) {
      fired.push('given-age');
      return 2;
    }
    // said-age: "said Sutinah, 54, who sells grilled fish": one name with an age in passing right
    // after a verb of speech is the speaker's, however unknown the name (many people go by one).
    const verb = tokens[first - 1];
    if (verb?.word && !verb.cap && SPEECH_VERBS.has(verb.text.toLowerCase()) && aged && !isCommonWord(head) && !isPlaceName(head)) {
      fired.push('said-age');
      return 2;
    }
    // who-clause-said: "Manjunath, who has driven an auto in the city since 2009, said …": one name
    // opening the sentence with a relative clause on "who" set off after it, then a verb of speech,
    // is someone's, however unknown the name (a club's "who" does not go on to "said"; "Rep. Cody
    // Vance of Nampa, who …" is a place that ends a longer phrase).
    if (tokens[first]!.sentenceStart && tokens[last + 1]?.text === ',' && tokens[last + 2]?.text.toLowerCase() === 'who' && !isCommonWord(head) && !isPlaceName(head) && !isOrgWord(head) && speechAfterClause(tokens, last + 3)) {
      fired.push('who-clause-said');
      return 2;
    }
    // age-described: "Sutrisno, 52, a chilli farmer, said …": one name with an age in passing and
    // a description of a person after it is someone's, however unknown the name.
    if (aged && !isCommonWord(head) && !isPlaceName(head) && !isOrgWord(head) && roleAfter(text, tokens, last, new Set(), true) !== '') {
      fired.push('age-described');
      return 2;
    }
    // given-name-described: "her son, Will, said", "she married Bill, a young apple grower": a
    // given name alone, even one that is also an everyday word, is a person's after a relation or
    // before a description of one.
    // Not "in Sydney, two seats from his successor" (a place after a preposition), nor "Auntie
    // Florence" (a capitalised relation is a title, and names horses and boats as well).
    const prev = tokens[first - 1];
    // After a preposition of place only with "a" or "an" opening the description ("a letter from
    // Ioana, a nine-year-old pupil"), which a place's description seldom has.
    const indefinite = tokens[last + 1]?.text === ',' && /^an?$/i.test(tokens[last + 2]?.text ?? '');
    const locative = !!prev?.word && LOCATIVES.has(prev.text.toLowerCase()) && !indefinite;
    if ((isGivenName(head) || isFirstName(head)) && !isPlaceName(head) && !isOrgWord(head) && !locative) {
      // In a list after a plural relation ("by his grandchildren Aoife, Ciarán and Rory"), the
      // word before the list.
      let k = first - 1;
      while ((tokens[k]?.text === ',' || tokens[k]?.text === 'and') && tokens[k - 1]?.word && tokens[k - 1]!.cap && !tokens[k - 1]!.sentenceStart) k -= 2;
      // ("his sons, Joseph and Kevin": the list set off by a comma after its relation.)
      let b = k < first - 1 ? (tokens[k]?.text === ',' ? k - 1 : k) : indexBeforeName(tokens, first);
      // "his wife of 58 years, Marija": a relation and how long it has lasted.
      if (/^years?$/i.test(tokens[b]?.text ?? '') && /^\d+$|^\p{Ll}+$/u.test(tokens[b - 1]?.text ?? '') && tokens[b - 2]?.text.toLowerCase() === 'of') b -= 3;
      const before = tokens[b];
      if ((before?.word && !before.cap && RELATION_WORDS.has(before.text.toLowerCase())) || roleAfter(text, tokens, last, new Set(), true) !== '') {
        fired.push('given-name-described');
        return 2;
      }
      // given-name-titled: "Store clerk Sandy, who has sold the pair tickets for years": a given
      // name right after a lower-case word for a person's trade, with a relative clause about it
      // after the comma, is that person's, though the name is also a word.
      if (k === first - 1 && before?.word && !before.cap && isPersonNoun(before.text.toLowerCase()) && !isPluralNoun(before.text) && tokens[last + 1]?.text === ',' && tokens[last + 2]?.text.toLowerCase() === 'who') {
        fired.push('given-name-titled');
        return 2;
      }
      // given-name-appositive: "The physio, Dev, looked at me", "our neighbour, Rosa, rang": a
      // given name set off by commas right after "the"/"our"/"his" and a noun for a person is that
      // person, named by given name alone as colleagues, carers and neighbours often are.
      if (k === first - 1 && tokens[first - 1]?.text === ',' && tokens[last + 1]?.text === ',' && before?.word && !before.cap && isPersonNoun(before.text.toLowerCase()) && APPOSITIVE_DETERMINERS.has(tokens[first - 3]?.text.toLowerCase() ?? '')) {
        fired.push('given-name-appositive');
        return 2;
      }
    }
    if (isCommonWord(head) || isPlaceName(head) || isDemonym(head) || isOrgWord(head)) return courtesied && !isDemonym(head) && !isOrgWord(head) && !isRoleWord(head) && strongTitleBefore(tokens, first) ? 2 : -5;
    // "my project engineer, Engr. Dante Macaraeg": an abbreviated title and its full stop, before a name.
    if (isTitleStop(tokens, last + 1)) return -5;
    return titled ? 2 : 0;
  }
  // vietnamese-name: "Nguyen Thi Sen", "Tran Van Hung": a common Vietnamese family name and the
  // middle word that marks a woman's or a man's name make a person's name, however unknown the rest.
  if (vietnameseMarkerGender(words)) {
    fired.push('vietnamese-name');
    score += 2;
  }
  if (NON_PERSON_HEADS.has(head.toLowerCase())) score -= 3;
  // compass-in-name: "North Canterbury", "Glen View South": a district's or a seat's name. Of two
  // words closing on the compass word, only after a place or a word that is no given name
  // ("Rebecca West", "Kanye West" stay names).
  const compassTail = COMPASS_WORDS.has(tail.toLowerCase()) && (words.length >= 3 || ((isPlaceName(head) || isCommonWord(head) || isPlainVocabulary(head)) && !isGivenName(head) && !isFirstName(head)));
  if (words.length >= 2 && (COMPASS_WORDS.has(head.toLowerCase()) || compassTail)) {
    fired.push('compass-in-name');
    score -= 3;
  }
  // seat-before: "Aberdeen Central MSP Kirsten Laing": the words right before a seat's title
  // written in capitals, itself before a name, are the seat, not a person.
  const seat = tokens[last + 1];
  if (seat?.word && /^\p{Lu}{2,4}$/u.test(seat.text) && SEAT_ROLES.has(seat.text.toLowerCase()) && tokens[last + 2]?.word && tokens[last + 2]!.cap) {
    fired.push('seat-before');
    score -= 4;
  }
  // place-noun-after: "on Hipólito Yrigoyen street", "of Arkhangai province": a lower-case noun
  // for a place right after the name makes it the place's (src/data/places/rules.json).
  // ("in Lâm Đồng and Đắk Lắk provinces", "Hoàn Kiếm and Cầu Giấy districts": the noun's plural
  // after a list of two names makes each of them a place.)
  const after = tokens[last + 1];
  // (The second name of the list is at most four words: "Cầu Giấy".)
  let listed = after?.word && after.text === 'and' && tokens[last + 2]?.cap ? last + 2 : -1;
  while (listed > 0 && listed < last + 6 && tokens[listed]?.word && tokens[listed]!.cap) listed++;
  if ((after?.word && !after.cap && gazetteer().rules.placeNounsAfter.has(after.text.toLowerCase())) || pluralPlaceNounAt(tokens, last + 1) || (listed > 0 && pluralPlaceNounAt(tokens, listed))) {
    fired.push('place-noun-after');
    score -= 4;
  }
  // verb-in-name: "Rose Gets Roasted", "Debbie Died Because": a headline's verb inside a run of
  // capitalised words (neither its first nor its last word) makes it a phrase, not a name — not
  // after a courtesy title, where the word is a name's ("Dr Abdulrahman Said Mzee"), nor a word
  // names hold as often as sentences do ("Advocate Halima Said Kombo"; name-cues.json verbNameWords).
  if (words.length >= 3 && !courtesyTitleBefore(tokens, first) && words.slice(1, -1).some((w) => tagsOf(w.toLowerCase()).some((t) => t === 'PastTense' || t === 'PresentTense') && !isSurname(w) && !isGivenName(w) && !isFirstName(w) && !VERB_NAME_WORDS.has(w.toLowerCase()))) {
    fired.push('verb-in-name');
    score -= 6;
  }
  // demonym-head: "Spanish Art", "Irish Cream", "English Grammar": a name does not open on a
  // nationality, unless that word is a given name too ("Roman Polanski").
  if (isNationality(head) && !isGivenName(head) && !isFirstName(head)) {
    fired.push('demonym-head');
    score -= 4;
  }
  // family-name-ending: "Mats Olausson was 17 when …": a last word with an ending that family names
  // of one language have ("-sson", "-escu", "-shvili"; name-cues.json familyNameEndings) makes the
  // word before it a given name, though no list knows it or it is a word too ("mats").
  const familyEnding = !isGivenName(head) && hasFamilyNameEnding(tail) && !isPlaceName(tail) && !isRoleWord(head) && !isOrgWord(head) && !isPlaceName(head) && !isDemonym(head) && !NON_PERSON_HEADS.has(head.toLowerCase());
  if (familyEnding) fired.push('family-name-ending');
  if (isGivenName(head) || familyEnding) score += 2;
  // "K.C.", "Victoria" (a name and a place), "Bill" (a name and a word)
  else if (isInitials(head) || isKnownPerson(head) || isFirstName(head)) score += 1;
  else if ((isCommonWord(head) || isPlainVocabulary(head)) && !isSurname(head)) score -= tokens[first].sentenceStart ? 1 : 0;
  // A capitalised word that is neither vocabulary nor a place ("Valeska", "Rathbun"): most such
  // words are names, at the start of a sentence too.
  else if (!isPlaceName(head)) score += 1;
  const prev = tokens[first - 1];
  if (prev?.word) {
    const pw = prev.text.toLowerCase();
    // "the Masjid Al-Haram": people take no article — unless the name is a modifier ("the Tom Cruise video").
    if (pw === 'the' || pw === 'a' || pw === 'an') {
      score -= isGivenName(head) ? 1 : 2;
      // work-appositive: "his 30ft boat, the Mary Ellen", "her first novel, The Long Field": a
      // work's or a vessel's name set beside the noun for it.
      const noun = tokens[first - 3];
      if (pw === 'the' && tokens[first - 2]?.text === ',' && noun?.word && !noun.cap && isWorkNoun(noun.text.toLowerCase())) {
        fired.push(isVesselNoun(noun.text.toLowerCase()) ? 'vessel-appositive' : 'work-appositive');
        score -= 4;
      }
      // the-plural: "The Highveld Rhinos have told …", "head coach of the Adelaide Corellas": a run
      // after "the" that ends in a plural (no family name the lexicon knows) names a team or a group.
      // Not "Member of the Senedd Owain Rees-Jenkins": a hyphenated family name is a person's.
      if (pw === 'the' && words.length >= 2 && /[^s'’]s$/.test(tail) && !tail.includes('-') && !isSurname(tail)) {
        fired.push('the-plural');
        score -= 3;
      }
      // the-everyday: "the Land Registry said", "the Royal Mint": a run after "the" made only of
      // words of the language, none a given name or a family name the lexicon knows (some, as
      // "Land" and "Royal", are on the long lists of first names), is a body's or a thing's.
      else if (pw === 'the' && words.length >= 2 && words.every((w) => isEnglishWord(w) && !isGivenName(w) && !isSurname(w))) {
        fired.push('the-everyday');
        score -= 3;
      }
    }
    else if (pw === 'by') score += 1; // "founded by Dean Kamen": the agent of a passive is usually someone
    // seat-for: "The ward councillor for Calderbridge East, Cllr Imran Hafeez": what a post is held
    // for is a place or a brief (data/name-cues.json `seatRoles`).
    else if (pw === 'for' && SEAT_ROLES.has(stripPossessive(tokens[first - 2]?.text ?? '').toLowerCase().replace(/\.$/, '')) && !courtesyTitleBefore(tokens, first)) {
      fired.push('seat-for');
      score -= 4;
    }
    // "her graphic novel Angel Catbird", "the film Forrest Gump": a work's title or a character.
    else if (isWorkNoun(pw)) {
      if (isVesselNoun(pw)) fired.push('vessel-noun-before');
      score -= 4;
    }
    // firm-at: "a leisure analyst at Dublin stockbroker Fenwick Doyle", "works at insurer Halden
    // Mutual": one works at a firm, not at a person, so a name after "at" and a noun a firm is
    // called by (a place between or not) is the firm's.
    else if (isBodyWord(pw) && !prev.cap && [tokens[first - 2], tokens[first - 3]].some((t, n) => t?.word && t.text.toLowerCase() === 'at' && (n === 0 || !!tokens[first - 2]?.cap))) {
      fired.push('firm-at');
      score -= 3;
    }
    // built-before: "the 1998-built Greta Thormählen", "the Clyde-built Queen Mary": a vessel's or
    // a building's name.
    else if (/-(?:built|launched|flagged|registered|class)$/.test(pw)) {
      fired.push('built-before');
      score -= 4;
    }
    // plural-trade-before: "Cork stockbrokers Shanahan Kerr", "solicitors Harte Doyle": a plural
    // noun for a trade before one name names the firm; before a list it is each person's title
    // ("photographers Nat Finkelstein, Christopher Makos and Felice Quinto").
    else if (!prev.cap && isPersonNoun(pw) && isPluralNoun(pw) && !listAfter(tokens, last)) {
      fired.push('plural-trade-before');
      score -= 3;
    }
    // "the novel Angel Catbird", "site Operation Clambake": a plain noun before names a thing;
    // after a name it is a verb ("Djokovic beat Carlos Alcaraz").
    else if (!prev.cap && !isRoleWord(pw) && !isPossessive(prev.text) && isPlainNoun(pw) && !tokens[first - 2]?.cap) score -= 2;
    else if (PLACE_LINKS_BEFORE_NAME.has(pw)) score -= 1;
  }
  if (isSurname(tail)) score += 1;
  else if (!isCommonWord(tail) && !isPlaceName(tail)) score += 1;
  // plural-owner: "the Roman Hoteliers' Association": a plural in the possessive before a
  // body's word is the body's name.
  const afterTail = tokens[last + 1];
  const owned = afterTail && /^['’]$/.test(afterTail.text) && /s$/.test(tail) ? tokens[last + 2] : undefined;
  if (owned?.word && owned.cap && isOrgWord(owned.text)) {
    fired.push('plural-owner');
    score -= 3;
  }
  if (titled) score += 2;
  // courtesy-title: "Dr Nkechi Harrow", "the Rev Ann Bishop": a courtesy title right before a
  // name of two or more words says it is someone's, so what would mark a thing's name does not.
  const courtesy = courtesyTitleBefore(tokens, first);
  // "Mozilla Firefox, its main rival,": an appositive that opens on "its" describes a thing — not
  // "Dr Nkechi Harrow, its clinical director," (the hospital's).
  // which-after: "Minera Altoandina, which owns the mine": a relative "which" is a thing's.
  // the-late: "the late M. H. de Silva": only a person is late; a "which" after is the clause of
  // the thing named before ("a portrait of …, the late M. H. de Silva, which will hang …").
  const late = tokens[first - 1]?.text.toLowerCase() === 'late' && ['the', 'her', 'his', 'their', 'my', 'our'].includes(tokens[first - 2]?.text.toLowerCase() ?? '');
  if (late) {
    fired.push('the-late');
    score += 2;
  }
  // Nor after a post set off by a comma: "a letter from the Minister of Local Government, Gertrude
  // Phiri, which had arrived": the clause is the letter's.
  let post = first - 2;
  while (post >= first - 7 && tokens[post]?.word && (tokens[post]!.cap || /^(?:of|for|and|the)$/.test(tokens[post]!.text)) && !isRoleWord(tokens[post]!.text)) post--;
  const afterPost = tokens[first - 1]?.text === ',' && !!tokens[post]?.word && isRoleWord(tokens[post]!.text);
  const which = !late && !afterPost && tokens[last + 1]?.text === ',' && tokens[last + 2]?.text.toLowerCase() === 'which';
  if (which) fired.push('which-after');
  // body-appositive: "Brannock Lyle, the Dublin firm of solicitors, advised the family": an
  // appositive that opens on an article and is headed by a word for a body describes a body.
  let bodyAppositive = false;
  // "Floralia Andina, Colombia's second-largest exporter of cut flowers,": a firm's word after a
  // possessive and a word of rank ("largest", "leading") is a body's too.
  const ranked = tokens[last + 1]?.text === ',' && /['’]s$/.test(tokens[last + 2]?.text ?? '') && /(?:largest|biggest|leading|oldest|smallest)$/i.test(tokens[last + 3]?.text ?? '') && isBodyWord(tokens[last + 4]?.text.toLowerCase() ?? '');
  if (ranked) bodyAppositive = true;
  else if (!courtesy && tokens[last + 1]?.text === ',' && /^(?:the|an?)$/i.test(tokens[last + 2]?.text ?? '')) {
    // Its head: a word for a body that is no word for a person ("firm", not "manufacturer"), and
    // not a modifier of one ("a Verdi union secretary", "the club captain", "a party MP").
    for (let k = last + 3; k <= last + 5 && tokens[k]?.word; k++) {
      const w = tokens[k]!.text.toLowerCase();
      // owned-appositive: "Rábatech Precision, a family-owned supplier of …", "the state-owned
      // carrier", "a Nasdaq-listed maker": what is owned or listed is a business, whatever noun
      // heads it (a "supplier" or a "maker" may be a person).
      // (Not "a family-owned firm's founder": what the possessive owns is the head.)
      if (/\p{L}-(?:owned|listed)$/u.test(w) && ![1, 2, 3].some((n) => /['’]s$/.test(tokens[k + n]?.text ?? ''))) {
        // Stronger than a body's noun alone: the appositive's person noun would otherwise cue a person.
        fired.push('owned-appositive');
        score -= 3;
        bodyAppositive = true;
        break;
      }
      if (!tokens[k]!.cap && isPersonNoun(w)) break;
      const next = tokens[k + 1];
      // ("a Leicester hosiery manufacturer who died in 1894": a "who" says it is someone.)
      if (!tokens[k]!.cap && ORG_NOUNS.has(w) && !(next?.word && (isPersonNoun(next.text) || isRoleWord(next.text) || next.text.toLowerCase() === 'who'))) {
        // Set off by a second comma before any verb: not "According to … Hamdullah Mohib, the team
        // made progress", a fronted phrase and the sentence's subject.
        // A relative clause or a participle after the noun ("the state company that owns the port",
        // "the city-owned company overseeing the works") belongs to the appositive too.
        const opensClause = (t: Token) => /^(?:that|which|whose)$/i.test(t.text) || /\p{Ll}ing$/u.test(t.text);
        for (let j = k + 1; j <= k + 8 && tokens[j]; j++) {
          const t = tokens[j]!;
          if (t.text === ',' || (j === k + 1 && (t.text === '.' || (t.word && opensClause(t))))) {
            bodyAppositive = true;
            break;
          }
          if (!t.word || (!t.cap && isVerb(t.text.toLowerCase()))) break;
        }
        break;
      }
    }
  }
  if (bodyAppositive) {
    fired.push('body-appositive');
    score -= 3;
  }
  const thing = which || (!courtesy && tokens[last + 1]?.text === ',' && tokens[last + 2]?.text.toLowerCase() === 'its');
  const cued = !thing && cuedAfter(text, tokens, last);
  if (thing) score -= 2;
  else if (cued) score += 2;
  // "Valeska Paris, an Australian woman,", "Alia Salem said": after a given name, and with a title
  // or a speech verb or appositive to say it is someone, a place word is a family name.
  const givenLike = isGivenName(head) || isFirstName(head) || (!isPlainVocabulary(head) && !isCommonWord(head) && !isPlaceName(head));
  const placeSurname = (titled || cued) && givenLike;
  // "Christian Democrats": a name does not end in a role or group noun — but "the Rev Ann Bishop"
  // and "Mrs Joan Shepherd" do: after a courtesy title, a role noun that is a family name the
  // lexicon knows, or the second of two words, is one ("Dr Michael Spindel Vice-Chancellor" still
  // ends in a title).
  if (isRoleWord(tail) && !(courtesy && (isSurname(tail) || words.length === 2))) score -= 2;
  if (courtesy) fired.push('courtesy-title');
  // After a given name, with a title or cue to say it is someone, the last word may be a family
  // name whatever else it is.
  const familySlot = (k: number) => placeSurname && k === words.length - 1 && k > 0 && isGivenName(head);
  for (const [k, w] of words.entries()) {
    // "Google Chrome", "Samsung Galaxy"; but a firm's name in the family-name slot is a family
    // name ("Iain Baxter, head voicer at …").
    if (isOrganisationName(w) && !familySlot(k)) score -= 3;
    // "Margaret Hill", "Anna Park": after a first name, a word that also ends place names is
    // often a family name (last of three too, with a title: "engineer Howard Lyle Park"); "Mill
    // Lane" and "Regent Street" keep the full penalty.
    // "Sri Dharmapala Vidyalaya": an organisation's generic word in another language ends a body's name, titled or not.
    // ("Aïssatou Camara, director of …": with a cue after a given name, such a word last is a
    // family name, as a place word is.)
    if (isForeignOrgWord(w) && k > 0) score -= familySlot(k) ? 0 : 4;
    // ("Luz Marina Restrepo": a given name between given names and a family name is a second
    // given name, whatever else the word names.)
    // ("Poul Erik Dam": so after two given names, untitled.)
    else if (isOrgWord(w) && k > 0 && !(k < words.length - 1 && words.slice(0, k + 1).every((x) => isGivenName(x)))) score -= (words.length === 2 || (k === words.length - 1 && (titled || words.slice(0, k).every((x) => isGivenName(x))))) && SURNAME_LIKE_ORG_WORDS.has(w.toLowerCase()) && (isGivenName(head) || isFirstName(head)) ? 2 : 4;
    // org-word-head: "Association Punjab", left when "Young Doctors" before it was read as a
    // title: a body's generic word opening a run of two or more words opens a body's name, not a
    // person's, unless it is also a given or family name ("Temple Grandin", "Park Ji-sung").
    else if (k === 0 && words.length > 1 && isOrgWord(w) && !SURNAME_LIKE_ORG_WORDS.has(w.toLowerCase()) && !isGivenName(w) && !isFirstName(w) && !isSurname(w)) {
      fired.push('org-word-head');
      score -= 4;
    }
    else if (isPlaceName(w) && !isGivenName(w) && !(placeSurname && k === words.length - 1 && k > 0)) score -= 2;
    else if (isDemonym(w)) score -= 2;
  }
  // foreign-place-word: "Grande Terre", "Paseo de Montejo", "Meidan Emam", "La Désirade": a
  // generic word of a foreign place name, or a foreign article opening the run, marks a place —
  // not when a given name opens the name ("Ariana Grande", "Les Paul") or a title or a speech
  // verb says it is someone ("Le Pen said").
  // foreign-org-word likewise: "Dharmapala Vidyalaya", "Érablière Gagnon" (a place's word first).
  const foreign = (words.some(isForeignPlaceWord) && 'foreign-place-word') || (words.some(isForeignOrgWord) && 'foreign-org-word') || undefined;
  // (A body's word opening the name marks it before a verb of speech too: "Mouvement Citoyen said".)
  // A given name opening it does not save a name that "the", a preposition of place or a place's
  // possessive opens and the generic word closes, with no noun after it that it would modify:
  // "behind the Hawa Mahal," is a palace, "in Liaquat Bazaar," and "Mashhad's Reza Bazaar" markets.
  const opener = tokens[first - 1];
  const placeOpener = !!opener?.word && (THING_OPENERS.has(opener.text.toLowerCase()) || (opener.cap && /['’]s$/.test(opener.text)));
  const next = tokens[last + 1];
  const theThing = placeOpener && (isForeignPlaceWord(tail) || isForeignOrgWord(tail)) && !(next?.word && !next.cap && !isFunctionWord(next.text.toLowerCase()));
  if (!titled && (!cued || isForeignOrgWord(head)) && ((!isGivenName(head) && !isFirstName(head)) || theThing) && foreign) {
    fired.push(foreign);
    score -= 3;
  // (After a preposition of place even before a verb of speech: "Some people in La Florida said …".)
  } else if (!titled && (!cued || LOCATIVES.has(tokens[first - 1]?.text.toLowerCase() ?? '')) && FOREIGN_ARTICLES.has(head.toLowerCase()) && ((!isGivenName(words[1]!) && !isFirstName(words[1]!)) || isPlaceName(words[1]!))) {
    fired.push('foreign-article');
    score -= 3;
  }
  // letter-label: "Band A", "Plan B", "Grade C": an everyday word and a lone capital letter label
  // a kind of thing.
  if (words.length === 2 && /^[A-Z]$/.test(tail) && tokens[last + 1]?.text !== '.' && (isCommonWord(head) || isPlainVocabulary(head))) {
    fired.push('letter-label');
    score -= 4;
  }
  if (words.filter((w) => !NAME_PARTICLES.has(w)).length > 4) score -= 2;
  // "Protection Regulation", "Grand Mosque": a name made only of everyday words is a thing's.
  if (words.every((w) => isPlainVocabulary(w) && !isSurname(w))) score -= 3;
  return score;
}
