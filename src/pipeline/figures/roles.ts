/**
 * A person's role as the article states it: a title before the name ("Russian Foreign Minister
 * Sergey Lavrov", "deputy head of the presidential administration Dmitry Kozak") or an
 * appositive after it ("Jason Rebholz, spokesperson for the US Embassy in Moscow,"); failing
 * those, the organisation the name comes with ("James To of the Democratic Party").
 */
import type { Token } from './tokens.ts';
import { lookupTable } from '../../lib/lookup-table.ts';
import {
  APPOINTING_WORDS,
  isPlainNoun,
  ARTICLES,
  NAMING_CLAUSES,
  AS_ROLE_PARTICLES,
  AS_ROLE_VERBS,
  OCCUPATION_VERBS,
  CASE_PARTIES,
  COURT_SIDE_NOUNS,
  COURT_SIDE_OPENERS,
  COURT_SIDES,
  NAME_PARTICLES,
  PEERAGE_TITLES,
  DESCRIPTOR_COMPOUND,
  FUNCTION_MODIFIERS,
  IN_CHARGE_NOUNS,
  HEADS_OF,
  IN_CHARGE_VERBS,
  IN_CHARGE_AGENT_NOUNS,
  IN_CHARGE_NAMED_VERBS,
  IN_CHARGE_PERFECT_VERBS,
  RELATION_WORDS,
  isHonorific,
  isHonorificAsWritten,
  ORG_NOUNS,
  SPEECH_VERBS,
  TELLING_VERBS,
  FRONTING_PREPOSITIONS,
  TITLE_MODIFIERS,
  WEAK_ROLE_WORDS,
  isCalendarWord,
  isGivenName,
  isDemonym,
  isFunctionWord,
  isKnownPlaceOrOrg,
  isOrgWord,
  isOrganisationName,
  isPlaceName,
  isPersonNoun,
  isPluralNoun,
  isVerb,
  THING_SUFFIXES,
  tagsOf,
  IRREGULAR_PARTICIPLES,
  RANK_TITLES,
  SUBORDINATE_MODIFIERS,
} from './lexicon.ts';
import { capitalRunEnd, isTitleStop, pastAside, sentenceStartAt, stripPossessive, wordsAt } from './tokens.ts';
import { gazetteer, lookUpPlace } from '../places/gazetteer.ts';
import { AGE_WORD, ageInPassing } from './ages.ts';
import { NUMBER_WORD } from './role-wording.ts';

/** Kinds of the places gazetteer that are places, not organisations. */
const GAZETTEER_PLACES = new Set(['country', 'region', 'city', 'place']);

const CONNECTORS = new Set(['of', 'for', 'to', 'at']);
/** Words a title before a name never runs back across: prepositions and verbs of the clause before ("rose above Hoàng Mai goalkeeper Bùi Tiến Lộc"). */
const STOPS = new Set(
  'according by with from in on between including and or but as than while when after before since during like such that which who whom whose where said says was were is are be been has have had also then under against without within amid despite towards toward over through across above below beyond behind beside past around into onto upon'.split(
    ' ',
  ),
);
/** Demonstratives, read as "the" is inside a title's "of" phrase ("the architect of this building"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Lower-case words between capitalised ones inside a name a title is of ("Lorn and Isles Council", "Programme on Immunization"). */
const INNER_NAME_LINKS = new Set(['and', 'on', 'in']);
/** Words whose "'s" means "is" or "has" ("it's", "that's", "Her name's Mia Tran"). */
const CONTRACTED = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'let', 'this', 'name']);
/** Words that open a clause, not an appositive ("Lavrov, who…", "Mehraban, in their…"). */
const CLAUSE_OPENERS = new Set(
  'who which whose whom that in at on with from according and or but he she it they we i his her their its this these those said says when while after before as if because'.split(
    ' ',
  ),
);
const MAX_ROLE_WORDS = 14;
/** Words that deny or quantify what follows ("no stranger"): what follows is no role. */
const NEGATIONS = new Set(['no', 'not', 'never', 'hardly']);
/** Words after which a name inside an appositive is an organisation's or a place's ("a partner at Azzopardi Grima"). */
const APPOSITIVE_LINKS = new Set(['at', 'of', 'for', 'with', 'from', 'in']);
/** Auxiliary verbs: one right after "Name," opens the sentence's verb, not an appositive. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);
/** Words that tie a title to where its holder is from ("a shareholder in Halifax"), read inside an appositive only. */
const PLACE_LINKS = new Set(['in', 'from']);
/** Words that pick one person out of many before a title ("One objector", "Another resident"). */
const PICKERS = new Set(['one', 'another']);
/** Quotation marks around a nickname inside a name. */
const QUOTE_MARK = /^["“”]$/;
/** Spans of time a relation is counted in ("her husband of 64 years"). */
const DURATIONS = new Set(['years', 'months', 'decades']);
/** Words of time that end the object of an in-charge verb ("has run the yard day to day"). */
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'daily', 'weekly']);
/** Words that open a time phrase after a role ("since 2017", "until March"). */
const TIME_LINKS = new Set(['since', 'until', 'till']);

const lower = (t: Token) => stripPossessive(t.text).toLowerCase();
const isTitleWord = (t: Token) => t.word && (isPersonNoun(t.text) || (t.cap && TITLE_MODIFIERS.has(lower(t)))) && !isHonorificAsWritten(t.text);

/** Words that say whose a title is ("Our works manager"): the owner, not part of the role. */
const POSSESSIVE_DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);

/**
 * The title written before the name that starts at token `first`, or ''. "The Lord Mayor of
 * Greystone, Councillor Yusuf Patel", "the county's cabinet member for highways, Cllr Ben
 * Osterley": a one-word rank right before the name gives way to the fuller title before it.
 */
export function roleBefore(text: string, tokens: Token[], first: number, nameTokens: Set<number> = new Set()): string {
  // post-then-rank: "Secretary for Health Professor Samuel Kwan", "Vice-Chancellor Professor Jane
  // Smith": a title of rank (data/titles.json rankTitles) between a post and the name is the
  // holder's courtesy title, as "Dr" is, and the post before it the role; but not a modifier of
  // the rank itself ("Emeritus Professor", "Assistant Professor").
  const rank = tokens[first - 1];
  if (rank?.word && rank.cap && RANK_TITLES.has(lower(rank)) && tokens[first - 2]?.word) {
    const post = roleBefore(text, tokens, first - 1, nameTokens);
    const last = post.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    // (Not "Kyungpook National University Graduate School of Public Health Professor Yoon": an
    // institution's name before the rank, with no word for a post in it, is where the rank is held.)
    const words = post.split(/\s+/);
    const holdsPost = words.some((w, k) => isPersonNoun(w) && !isOrgWord(w) && !isOrgWord(words[k + 1] ?? ''));
    if (post && holdsPost && (!TITLE_MODIFIERS.has(last) || /\s(?:of|for)\s/i.test(post)) && !SUBORDINATE_MODIFIERS.has(last)) return post;
  }
  const span = titleSpan(tokens, first, nameTokens);
  // "the youngest of seven children of a market gardener, Pillay": a plural noun for people,
  // with what they are of, is the family or group one belongs to, no one person's post.
  if (span && !tokens[span[0]]!.cap && isPluralNoun(tokens[span[0]]!.text) && isPersonNoun(tokens[span[0]]!.text) && lower(tokens[span[0] + 1] ?? tokens[span[0]]!) === 'of') return '';
  // "Mum-of-three Sian Lloyd": a hyphenated description before the name.
  const prev = tokens[first - 1];
  if (!span) return prev?.word && DESCRIPTOR_COMPOUND.test(prev.text) ? prev.text.toLowerCase() : '';
  const [start, end] = span;
  // "Speaking to supporters, Hadžić said": a plural noun for people alone after a preposition, set
  // off before the name by a comma, is whom a fronted phrase is about, not the one person's post
  // (but "my children, Ama and Kofi" and "the chair of governors, Patricia Okonjo-Wright" are).
  // ("with a group of about 40 cyclists, Eglė Petrauskaitė, chair of …": nor after a count.)
  if (start === end && !tokens[end]!.cap && tokens[end + 1]?.text === ',' && isPluralNoun(tokens[end]!.text) && isPersonNoun(tokens[end]!.text) && (FRONTING_PREPOSITIONS.has(lower(tokens[start - 1] ?? tokens[start]!)) || /^\d/.test(tokens[start - 1]?.text ?? ''))) return '';
  // "Mum-of-three Sian Lloyd": a hyphenated description reads lower-case wherever it stands.
  if (start === end && DESCRIPTOR_COMPOUND.test(tokens[start]!.text)) return tokens[start]!.text.toLowerCase();
  // relative-of-pronoun: "She is the daughter of the deputy akim of Almaty region, Yerlan Abenov":
  // after "she is the daughter of", the name set beside the post is the post holder's, and the
  // relation the pronoun's; the name's title is the post. (Not "Among the first patients was the
  // daughter of the chairperson, Lakot Sharon": with no pronoun before it, the name is the subject.)
  const post = postAfterPronounRelation(tokens, start, end);
  if (post !== undefined) return text.slice(tokens[post]!.start, tokens[end]!.end).trim();
  // Not "my predecessor, Bishop Alan Hale": a relation to someone else is no fuller title.
  if (start === end && tokens[start - 1]?.text === ',') {
    const outer = titleSpan(tokens, start, nameTokens);
    if (outer && outer[1] < start - 1 && !RELATION_WORDS.has(lower(tokens[outer[1]]!))) return text.slice(tokens[outer[0]]!.start, tokens[outer[1]]!.end).trim();
  }
  return text.slice(tokens[start]!.start, tokens[end]!.end).trim();
}

/** The token at or before `i` that is no article or picker ("One objector", "Another neighbour"): where a title's phrase is set off from what precedes it. */
function pastDeterminers(tokens: Token[], i: number): number {
  while (i > 0 && tokens[i]!.word && (ARTICLES.has(lower(tokens[i]!)) || PICKERS.has(lower(tokens[i]!)))) i--;
  return i;
}

/** Pronouns that open "she is the daughter of …", of whom the relation is said. */
const PREDICATE_SUBJECTS = new Set(['he', 'she', 'i', 'we', 'they', 'you']);

/**
 * Where the post starts in a title span `start`…`end` that is a relation said of a pronoun ("she
 * is the daughter of the mayor", "he was the son of a former president"): the token after "of" and
 * its article; undefined for any other span.
 */
function postAfterPronounRelation(tokens: Token[], start: number, end: number): number | undefined {
  if (!RELATION_WORDS.has(lower(tokens[start]!)) || lower(tokens[start + 1] ?? tokens[start]!) !== 'of') return undefined;
  const [article, verb, subject] = [tokens[start - 1], tokens[start - 2], tokens[start - 3]].map((t) => (t?.word ? lower(t) : ''));
  if (!ARTICLES.has(article!) || !['is', 'was', "'s", '’s'].includes(verb!) || !PREDICATE_SUBJECTS.has(subject!)) return undefined;
  const post = ARTICLES.has(lower(tokens[start + 2] ?? tokens[start]!)) ? start + 3 : start + 2;
  return post <= end ? post : undefined;
}

/**
 * telling-object: "He told the sheriff McGinley had started a job": a lower-case title right after
 * a verb of telling (and "the") is the listener's, when the name at `first`…`last` is followed by
 * a verb and so opens the clause told. The title is then not that name's.
 */
export function toldListenerTitle(tokens: Token[], first: number, last: number): boolean {
  let k = first - 1;
  if (!tokens[k]?.word || tokens[k]!.cap) return false;
  while (k > 0 && tokens[k]!.word && !tokens[k]!.cap && isTitleWord(tokens[k]!)) k--;
  if (tokens[k]?.word && ARTICLES.has(lower(tokens[k]!))) k--;
  if (!tokens[k]?.word || !TELLING_VERBS.has(lower(tokens[k]!))) return false;
  const next = tokens[last + 1];
  return !!next?.word && !next.cap && (AUXILIARIES.has(lower(next)) || isVerb(lower(next)));
}

/**
 * A title with a relative clause, set off before the name that starts at `first`: "the prosecutor
 * who brought the case, Ilse Haraldsen,". The clause is short, holds no other name and no comma,
 * and the name closes the phrase; a relation ("the man's son who …") says whose, not what.
 */
export function titleWithClauseBefore(text: string, tokens: Token[], first: number, nameTokens: Set<number> = new Set()): string {
  if (tokens[first - 1]?.text !== ',' || !closesAppositive(tokens, first)) return '';
  for (let j = first - 2; j >= Math.max(1, first - 11); j--) {
    const t = tokens[j]!;
    if (!t.word || nameTokens.has(j)) return '';
    if (!['who', 'whose'].includes(lower(t))) continue;
    const head = tokens[j - 1]!;
    if (!head.word || head.cap || !isPersonNoun(head.text) || WEAK_ROLE_WORDS.has(lower(head)) || RELATION_WORDS.has(lower(head)) || isPluralNoun(head.text)) return '';
    return roleBefore(text, tokens, j, nameTokens);
  }
  return '';
}

/**
 * The first token of a place named in the possessive that ends at token `end` ("Northern
 * Ireland's", "Spain's"), or undefined: up to three capitalised words the gazetteer knows.
 */
function possessivePlaceStart(tokens: Token[], end: number): number | undefined {
  const last = tokens[end];
  if (!last?.word || !last.cap || stripPossessive(last.text) === last.text) return undefined;
  // The longest such place: "Northern Ireland's", not "Ireland's".
  let found: number | undefined;
  for (let start = end; start >= Math.max(0, end - 2) && tokens[start]?.word && tokens[start]!.cap; start--) {
    const words = tokens.slice(start, end + 1).map((t) => stripPossessive(t.text));
    if (lookUpPlace(words.join(' '))) found = start;
  }
  return found;
}

/**
 * The "for" or "to" before the person a title serves, when the name ending at token `last` is
 * that person's ("a spokesperson for Health Minister Colleen Fairbairn"): titles may stand
 * between, and a title word before the link. Undefined otherwise.
 */
function servedLink(tokens: Token[], last: number, nameTokens: Set<number>): number | undefined {
  let q = last;
  while (q > 0 && nameTokens.has(q - 1)) q--;
  while (q > 0 && tokens[q - 1]!.word && tokens[q - 1]!.cap && isTitleWord(tokens[q - 1]!)) q--;
  const link = tokens[q - 1];
  return link?.word && !link.cap && ['for', 'to'].includes(lower(link)) && tokens[q - 2] && isTitleWord(tokens[q - 2]!) ? q - 1 : undefined;
}

/** Token indices [start, end] of the title written before the name that starts at token `first`. */
function titleSpan(tokens: Token[], first: number, nameTokens: Set<number>): [number, number] | undefined {
  let end = first - 1;
  // "Undersecretary for Education Mr. Toccafondi": the abbreviation's full stop, then the honorific.
  const skipHonorifics = () => {
    if (isTitleStop(tokens, end)) end--;
    const at = end;
    // "Mr", "Dr"; "Lord" right before the name ("the noble of the estate, Lord Vakafehi").
    while (end >= 0 && tokens[end].word && (isHonorificAsWritten(tokens[end].text) || (end === first - 1 && tokens[end].cap && PEERAGE_TITLES.has(lower(tokens[end]))))) end--;
    // "the Bishop of Wexley, the Rt Revd Nkemdirim Hale": an article before the courtesy titles.
    if (end < at && tokens[end]?.word && lower(tokens[end]!) === 'the') end--;
  };
  skipHonorifics();
  // "the group's founder, the late Solly Kaplan": "the late" between the comma and the name.
  if (end === first - 1 && tokens[end]?.word && lower(tokens[end]!) === 'late' && tokens[end - 1]?.word && lower(tokens[end - 1]!) === 'the' && tokens[end - 2]?.text === ',') end -= 2;
  // "the acting Regional Fire Commander, ACFO Daniel Opoku": a rank's initials between the comma
  // and the name, as police and fire services write them, say less than the post before them.
  if (end === first - 1 && /^\p{Lu}{2,5}$/u.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',') end--;
  // "the chief waste management officer, Colonel (retd) Ashraful Alam": a rank with a bracketed
  // word after it, between the comma and the name, is no part of the title.
  if (end === first - 1 && tokens[end]?.text === ')' && tokens[end - 2]?.text === '(' && tokens[end - 3]?.word && tokens[end - 3]!.cap && tokens[end - 4]?.text === ',') end -= 4;
  // "The treasurer, 74-year-old Dai Prosser,": an age between the comma and the name.
  if (end === first - 1 && AGE_WORD.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',') end--;
  // place-possessive: "the defending champion, Northern Ireland's Conor McCaffrey": where the
  // person is from, as a possessive between the comma and the name, is no part of the title.
  if (end === first - 1) {
    const from = possessivePlaceStart(tokens, end);
    if (from !== undefined && tokens[from - 1]?.text === ',' && closesAppositive(tokens, first)) end = from - 1;
  }
  // named-called: "a junior engineer named Tobias Grant", "a cane farmer who gave his name only as
  // Ramesh": the title, then the words that name (data/role-nouns.json, namingClauses).
  if (end === first - 1) {
    const clause = NAMING_CLAUSES.find((c) => wordsAt(tokens, end - c.length + 1, c));
    if (clause) {
      let before = end - clause.length;
      if (tokens[before]?.text === ',' && clause[0] === 'who') before--;
      // "a hardware dealer in Nateete called Abdul Kigozi": where the one named works or lives
      // may stand between the title and the words that name.
      let place = before;
      while (place > 0 && tokens[place]!.word && tokens[place]!.cap && !nameTokens.has(place)) place--;
      if (place < before && tokens[place]?.word && PLACE_LINKS.has(lower(tokens[place]!)) && tokens[place - 1] && isTitleWord(tokens[place - 1]!)) before = place - 1;
      if (tokens[before] && isTitleWord(tokens[before]!)) end = before;
    }
  }
  // "the Afghan team's coach, Alireza Mehraban", "The trust's chief executive, Dr Angela Mensah,",
  // "Bristol's director of rugby, Alasdair McKendrick,": a role, a comma, then the name.
  let appositive = false;
  // Not "First, Professor Ian Carmody": a modifier alone opening the sentence is an adverb there.
  const openingModifier = !!tokens[end - 1]?.sentenceStart && TITLE_MODIFIERS.has(lower(tokens[end - 1]!)) && !isPersonNoun(tokens[end - 1]!.text);
  // "A spokesperson for Health Minister Colleen Fairbairn, Hannah Liu,": set off by a comma, a
  // title may be followed by whom it serves, titled and named, after "for" or "to".
  const served = tokens[end]?.text === ',' && nameTokens.has(end - 1) && closesAppositive(tokens, first) ? servedLink(tokens, end - 1, nameTokens) : undefined;
  const servesNamed = served !== undefined;
  // "the Municipal Chief Executive (MCE), Mr Yaw Adomako Frimpong": the title's initials in brackets
  // before the comma stand for it.
  const initials = tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[end - 2]?.text ?? '') ? 3 : 0;
  // ("The company's director finance, Asma Rashid,": South Asian usage writes the job's field after
  // the title; a field word (titles.json functionModifiers) right after a title word ends it.)
  const fieldAfter = !!tokens[end - 1]?.word && !tokens[end - 1]!.cap && FUNCTION_MODIFIERS.has(lower(tokens[end - 1]!)) && !!tokens[end - 2] && isTitleWord(tokens[end - 2]!) && !tokens[end - 2]!.cap;
  if (tokens[end]?.text === ',' && tokens[end - 1] && !openingModifier && (isTitleWord(tokens[end - 1 - initials]!) || servesNamed || fieldAfter || (titleOfBefore(tokens, end - 1) && closesAppositive(tokens, first)))) {
    end--;
    skipHonorifics();
    appositive = true;
    // The title is what stands before "for": whom it serves is no part of it.
    if (served !== undefined) end = served - 1;
    // "the Federal Minister for Energy (Petroleum Division), …": the bracket closing the title is left out.
    if (tokens[end]?.text === ')' && openingBracket(tokens, end) >= 0) end = openingBracket(tokens, end) - 1;
    // "Her husband of 64 years, Albert Winter,": how long is no part of the title.
    // The count is digits or a word ("64", "ten").
    if (end >= 3 && tokens[end]!.word && DURATIONS.has(lower(tokens[end]!)) && /^(?:\d+|[a-z]+)$/.test(tokens[end - 1]!.text) && lower(tokens[end - 2]!) === 'of' && isTitleWord(tokens[end - 3]!)) end -= 3;
  }
  // "additional commissioner of police (traffic) A. Kalaiselvi": a bracketed word closing the title
  // right before the name is left out of it.
  // ("Deputy Commissioner (Health) V. Ilangovan", "Captain (retd) Dil Bahadur Limbu" likewise.)
  if (!appositive && end === first - 1 && tokens[end]?.text === ')' && openingBracket(tokens, end, 4) >= 0) end = openingBracket(tokens, end, 4) - 1;
  if (end < 0 || !tokens[end].word || nameTokens.has(end)) return undefined;
  const endWord = lower(tokens[end]);
  // "counsel for the first accused, Mr Nii Armah Laryea": a verb's participle after "the" (and an
  // ordinal) is a noun for people, what the title is of, no verb of speech.
  const ordinal = /^(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))$/;
  const nounAfterThe = appositive && (lower(tokens[end - 1] ?? tokens[end]!) === 'the' || (ordinal.test(lower(tokens[end - 1] ?? tokens[end]!)) && lower(tokens[end - 2] ?? tokens[end]!) === 'the'));
  if (!tokens[end].cap && (STOPS.has(endWord) || (SPEECH_VERBS.has(endWord) && !nounAfterThe) || CONNECTORS.has(endWord) || ARTICLES.has(endWord))) return undefined;
  // The head is a title, or the title is followed by "of/for …" ("head of the presidential administration").
  const head = tokens[end];
  // "a major Warhol donor program": a lower-case word that is also an adjective is no title here.
  const beforeHead = tokens[end - 1];
  if (!head.cap && WEAK_ROLE_WORDS.has(lower(head)) && end === first - 1 && (!beforeHead?.word || ARTICLES.has(lower(beforeHead)) || isFunctionWord(lower(beforeHead))))
    return undefined;
  const headIsTitle = isTitleWord(head) || (appositive && fieldAfter);
  let k = end;
  // A title is at most MAX_ROLE_WORDS long; looking further back (a run of a thousand capitalised
  // words) would only cost time.
  while (k - 1 >= 0 && end - k < 2 * MAX_ROLE_WORDS) {
    const t = tokens[k - 1];
    if (t.text === ')') {
      // "(Russian) Deputy Minister": a bracketed word inside the title.
      const open = openingBracket(tokens, k - 1, 4);
      if (open < 0) break;
      k = open;
      continue;
    }
    // "Lt. Gen. John Harlow": a short title's full stop sits inside the title.
    if (isTitleStop(tokens, k - 1)) {
      k -= 2;
      continue;
    }
    // "The chairman of the Liam Ó Dálaigh club, Fergal Ó Briain": a name between "the" and a
    // lower-case noun names the club, the school or the prize, and stays inside the title.
    if (nameTokens.has(k - 1) && tokens[k]?.word && !tokens[k]!.cap) {
      let q = k - 1;
      while (q > 0 && nameTokens.has(q - 1)) q--;
      const article = tokens[q - 1];
      if (article?.word && !article.cap && lower(article) === 'the') {
        k = q;
        continue;
      }
    }
    // "the Minister for Enterprise, Trade and Employment, …": the commas of a list inside the title.
    if (appositive && listComma(tokens, k - 1)) {
      k--;
      continue;
    }
    // "the president of the health workers' union, …": a plural owner in the possessive; a
    // capitalised one inside a body's name ("the Ogbete Main Market Traders' Association").
    if (appositive && !t.word && /^['’]$/.test(t.text) && tokens[k - 2]?.word && (!tokens[k - 2]!.cap || tokens[k]?.cap) && /s$/.test(tokens[k - 2]!.text) && tokens[k]?.word) {
      k -= 2;
      continue;
    }
    if (!t.word || nameTokens.has(k - 1)) break; // another person's name ends the title
    const w = lower(t);
    // "the deputy for the 7th district, …": an ordinal after "the" is part of what the title is of;
    // so is one between capitalised words of a body's name ("the Ankara 12th High Criminal Court").
    if (appositive && /^\d+(?:st|nd|rd|th)$/.test(w) && tokens[k - 2]?.word && (lower(tokens[k - 2]!) === 'the' || (tokens[k - 2]!.cap && !!tokens[k]?.cap))) {
      k--;
      continue;
    }
    // ("The head of the South Lebanon Regional Education Office, …": a loose word for a post
    // right before "of", though the lexicon reads it as a verb, is the title's head.)
    if (isTitleWord(t) || CONNECTORS.has(w) || (appositive && titleLinkAt(tokens, k - 1)) || (!t.cap && HEADS_OF.has(w) && lower(tokens[k] ?? t) === 'of')) {
      k--;
      continue;
    }
    // place-after-title: "a shareholder in Halifax, Mrs Doreen Moss", "A teacher from Leeds, Jane
    // Ormond,": set off by a comma, a title and where the person is from is one phrase.
    if (appositive && PLACE_LINKS.has(w) && !t.cap && placeAfterTitle(tokens, k - 1)) {
      k--;
      continue;
    }
    // "regional managing director", "works manager", "chief operating officer": a word naming the
    // job's field stays in the title it qualifies, though the lexicon may read it as a verb.
    const qualified = lower(tokens[k]!);
    // Not before a capitalised title ("the Alliance's science lead Professor Kirsten Ashworth": "lead" is a noun there).
    if (!t.cap && FUNCTION_MODIFIERS.has(w) && !tokens[k]!.cap && (isTitleWord(tokens[k]!) || FUNCTION_MODIFIERS.has(qualified) || TITLE_MODIFIERS.has(qualified))) {
      k--;
      continue;
    }
    // "The acting government spokeswoman", "A retired nurse", "The acting Provincial Director": a
    // modifier of the post ("acting", "retired"), though the lexicon reads it as a verb, stays in
    // the title before a word of it.
    if (!t.cap && TITLE_MODIFIERS.has(w) && isVerb(w) && tokens[k]!.word && !isFunctionWord(qualified)) {
      k--;
      continue;
    }
    // "The leader of Lorn and Isles Council, Morven Sinclair", "The Mayor of Hallamford and the
    // Wolds, …": "and" between capitalised words inside what the title is of is part of that name.
    // So do "on" and "in" ("the national Expanded Programme on Immunization"), and the particles
    // of other languages' names ("the Unión de Rugby de Cuyo").
    const capitalAfter = tokens[k]?.cap || (lower(tokens[k]!) === 'the' && tokens[k + 1]?.cap);
    // (Not "Rachel Goh of Lotus Peak and Sông Hàn Investment chairman Lâm Chí Thanh": the words
    // before "and" are where the name before them works, and the "and" begins a list's next item.)
    if (!t.cap && (INNER_NAME_LINKS.has(w) || NAME_PARTICLES.has(w)) && capitalAfter && tokens[k - 2]?.word && tokens[k - 2]!.cap && !nameTokens.has(k - 2) && !placeOfWorkEndsAt(tokens, k - 2, nameTokens)) {
      k--;
      continue;
    }
    // object-of-title: an "and" inside it ("… for roads and marine,"), the title and its "of" or "for" before.
    if (!t.cap && appositive && w === 'and' && tokens[k - 2]?.word && !tokens[k - 2]!.cap && !isFunctionWord(lower(tokens[k - 2]!)) && titleOfBefore(tokens, k - 2)) {
      k--;
      continue;
    }
    if (/^\d/.test(w) || ((STOPS.has(w) || SPEECH_VERBS.has(w)) && (!t.cap || t.sentenceStart))) break; // "United States" is no verb
    if (w === 'the' || DEMONSTRATIVES.has(w) || (appositive && POSSESSIVE_DETERMINERS.has(w))) {
      const andBefore = w === 'the' && lower(tokens[k - 2] ?? t) === 'and' && !!tokens[k - 3]?.cap && !!tokens[k]?.cap;
      if ((tokens[k - 2]?.word && (CONNECTORS.has(lower(tokens[k - 2])) || (appositive && titleLinkAt(tokens, k - 2)))) || andBefore) {
        k--;
        continue;
      }
      break;
    }
    // object-of-title: "The chairman of the finance committee, Teodoro Flores", "The architect of
    // this building, …": what the title is of is a noun phrase, whose nouns the lexicon may also
    // read as verbs, and may be plural ("The council's director of services for roads and
    // marine, Declan Furey,").
    if (!t.cap && appositive && (isVerb(w) || (isPluralNoun(w) && !isPersonNoun(w))) && !isFunctionWord(w) && !SPEECH_VERBS.has(w) && !/ed$/.test(w) && titleOfBefore(tokens, k - 2)) {
      k--;
      continue;
    }
    if (!t.cap && (isFunctionWord(w) || isVerb(w))) break;
    // participle-object: "before bowling Canterbury's top scorer, Jess Ritchie": a verb's -ing form
    // before a possessive name is the verb of the sentence, whose object the title is.
    if (!t.cap && /ing$/.test(w) && !TITLE_MODIFIERS.has(w) && !FUNCTION_MODIFIERS.has(w) && tokens[k]?.cap && /['’]s?$/.test(tokens[k]!.text)) break;
    // "the exhibit shows photographers …": a plural or a present-tense verb is no part of a title.
    if (!t.cap && !isPersonNoun(w) && tagsOf(w).some((x) => x === 'Plural' || x === 'PresentTense')) break;
    // "the archbishop's delegate for sacred art, …": an adjective in -ed in what the title is of.
    if (!t.cap && appositive && /ed$/.test(w) && tagsOf(w).includes('Adjective') && titleOfBefore(tokens, k - 2)) {
      k--;
      continue;
    }
    // "convicted former mayor": a past participle the lexicon lacks still ends the title; so does
    // one capitalised only because it opens the sentence ("Baffled farmer Frank Shepherd").
    if ((!t.cap || t.sentenceStart) && /[^e]ed$/.test(w) && !isPersonNoun(w) && !TITLE_MODIFIERS.has(w)) break;
    if (isCalendarWord(w)) break;
    if (t.cap && isFunctionWord(w)) break;
    k--;
  }
  // "the widow of the former market provost, Latifa Chraibi": a relation and "of" a few words
  // before where the scan stopped (at a word the lexicon reads as a verb, "market") make the whole
  // phrase one relation, set off by a comma; the post is the dead husband's.
  if (appositive) {
    for (let q = k - 1; q >= 1 && k - q <= 4; q--) {
      const t = tokens[q]!;
      if (!t.word || nameTokens.has(q)) break;
      if (lower(t) === 'of' && tokens[q - 1]?.word && RELATION_WORDS.has(lower(tokens[q - 1]!))) {
        k = q - 1;
        break;
      }
    }
  }
  // "critics of U.S. President", "the daughter of the Speaker": when the name's own title ends the
  // span, what comes before a connector describes someone else (their critics, their daughter).
  // But "The daughter of the Speaker, Anna Brook": set off by a comma, the whole phrase is hers.
  let start = k;
  // Not "Henning Thormählen is chairman … and a grandson of the founder, Wilhelm Thormählen":
  // "a grandson of" after a copula or "and" is said of the subject, and the name set off is the
  // founder's.
  const relationAt = tokens.slice(k, end).findIndex((t) => t.word && !ARTICLES.has(lower(t)) && !POSSESSIVE_DETERMINERS.has(lower(t)));
  const relationToken = relationAt < 0 ? tokens[k]! : tokens[k + relationAt]!;
  const predicate = relationAt >= 0 && /^an?$/i.test(tokens[k + relationAt - 1]?.text ?? '') && /^(?:and|is|was|are|were)$/i.test(tokens[k + relationAt - 2]?.text ?? '');
  const ownPhrase = appositive && !predicate && RELATION_WORDS.has(lower(relationToken));
  // "The provincial minister for Health, …": a capitalised field after the connector is what the
  // title is of, not a title of its own, though it reads as one before a name ("Health Secretary").
  // But "The chair of trustees, Brian Halloran,": one person set off by commas is no plural, so a
  // plural head is what the title is of.
  const headIsPost = headIsTitle && isPersonNoun(head.text) && !(appositive && isPluralNoun(head.text));
  // ("The head of the South Lebanon Regional Education Office, …": a loose word for a post before
  // "of", "head" or "chief", is the title as any title word is.)
  // acting-for: "counsel for the plaintiff, Mr Kwame Adu-Gyamfi": set off by a comma, a title and
  // the party to a case it acts "for" or "to" (titles.json caseParties) is one post, the name's.
  // After any other title the name is the one acted for ("A spokesman for the executive director,
  // Luis Alberto Meza, said the director …"); so it is after a party too when the phrase is itself
  // set beside a name before it ("Ama Mensah, counsel for the plaintiff, Kofi Owusu").
  const opening = pastDeterminers(tokens, k - 1);
  const besideName = tokens[opening]?.text === ',' && nameTokens.has(opening - 1);
  for (let i = k; i < end && !ownPhrase; i++) {
    if (!CONNECTORS.has(lower(tokens[i]))) continue;
    if (appositive && !besideName && CASE_PARTIES.has(lower(head)) && ['for', 'to'].includes(lower(tokens[i])) && tokens.slice(start, i).some((t) => isTitleWord(t))) continue;
    if (headIsPost || !tokens.slice(start, i).some((t) => isTitleWord(t) || (t.word && !t.cap && HEADS_OF.has(lower(t))))) start = i + 1;
  }
  // "Dattatray Kate, husband of former corporator Mangal Kate": not set off by a comma, a relation
  // and "of" before a post say whose relative someone else is; the post is the name's.
  // (Not "Mother of five Anna Kuman": a post must follow.)
  if (!appositive && RELATION_WORDS.has(lower(tokens[start]!)) && tokens[start + 1]?.word && lower(tokens[start + 1]!) === 'of' && tokens.slice(start + 2, end + 1).some(isTitleWord)) start += 2;
  // "One objector, Desmond Moss,", "Another neighbour, Ann Lee,": a word that picks one of many is no part of the title.
  while (start < end && (ARTICLES.has(lower(tokens[start])) || CONNECTORS.has(lower(tokens[start])) || POSSESSIVE_DETERMINERS.has(lower(tokens[start])) || PICKERS.has(lower(tokens[start])))) start++;
  if (end - start + 1 > MAX_ROLE_WORDS) {
    // "The head of the South Lebanon Regional Education Office at the Ministry of Education and
    // Higher Education, …": a title too long to keep whole ends where it says where the post is held.
    let at = start + 2;
    while (at <= start + MAX_ROLE_WORDS && !(tokens[at]?.word && !tokens[at]!.cap && lower(tokens[at]!) === 'at')) at++;
    if (at <= start + MAX_ROLE_WORDS) end = at - 1;
    else start = end - MAX_ROLE_WORDS + 1;
  }
  // "Tom Reed, a friend, Ann Lee and Bill Ames": set off between a name and the next, the phrase is
  // the first name's appositive, not the second's title.
  const q = pastDeterminers(tokens, start - 1);
  // "Joyce Ayo as vice-chairperson, Ismail Saning'o as secretary": what the name before was made.
  // (Not "his successor as chair, Graham Tully": no name stands before that "as".)
  if (appositive && tokens[q]?.word && lower(tokens[q]!) === 'as' && nameTokens.has(q - 1)) return undefined;
  if (appositive && tokens[q]?.text === ',' && nameTokens.has(q - 1)) {
    // "Akua Dapaah, the daughter of the market queen, Nana Afua Pokuaa,": the relation is the
    // first name's, and the post the relative is "of" is the second's.
    if (ownPhrase) return postOfRelative(tokens, start, end);
    // "the health secretary, Ana Ruiz, the deputy for the 7th district, Javiera Contreras,": where
    // the first name has its own title set off before it, the names and titles come in pairs.
    if (!titledBefore(tokens, q - 1, nameTokens)) return undefined;
  }
  // fronted-object: "After meeting the head of the committee, Ann Lee said …": a phrase that is a
  // verb's object in a clause before the name, which the sentence's own verb then follows, is no
  // title of that name (but "…, said the head of the committee, Ann Lee." is).
  const opener = tokens[q];
  if (appositive && opener?.word && !opener.cap && /ing$/.test(opener.text) && !SPEECH_VERBS.has(lower(opener)) && !closedByPunctuation(tokens, first)) return undefined;
  // "the youngest of seven children of a pig dealer and a dressmaker, Mr Tobin": a title after
  // "of a" or "and a", in a phrase that opens on a relation, is a parent's or a relative's.
  if (appositive && opener?.word && ['of', 'and'].includes(lower(opener)) && ['a', 'an'].includes(lower(tokens[start - 1] ?? opener))) {
    const phrase = tokens.slice(Math.max(0, q - 8), q).filter((t) => t.word).map(lower);
    if (phrase.some((w) => RELATION_WORDS.has(w) || w === 'children')) return undefined;
  }
  if (!headIsTitle) {
    const span = tokens.slice(start, end + 1);
    // A title, then what it is of: "Minister of Education and Culture" (whose capitalised fields
    // read as titles too, so the first title counts).
    // (Not "the President's Office for Regional Administration": a title in the possessive owns what follows, no post.)
    const firstTitle = span.findIndex((t) => isTitleWord(t) && !/['’]s$/.test(t.text));
    const connector = span.findIndex((t, i) => i > firstTitle && (CONNECTORS.has(lower(t)) || (appositive && (PLACE_LINKS.has(lower(t)) || titleLinkAt(tokens, start + i)))));
    if (firstTitle < 0 || connector < 0) return undefined;
  }
  return [start, end];
}

/**
 * The post after the "of" of a relation from token `start` to `end` ("the daughter of the market
 * queen" → "market queen", "the widow of the band's first guitarist" → "band's first guitarist"),
 * when it ends on a word for a post that is no relation; undefined otherwise.
 */
function postOfRelative(tokens: Token[], start: number, end: number): [number, number] | undefined {
  let of = start + 1;
  while (of < end && !(tokens[of]!.word && lower(tokens[of]!) === 'of')) of++;
  let from = of + 1;
  while (from < end && tokens[from]!.word && (ARTICLES.has(lower(tokens[from]!)) || lower(tokens[from]!) === 'late')) from++;
  const head = tokens[end]!;
  return from <= end && isTitleWord(head) && !RELATION_WORDS.has(lower(head)) ? [from, end] : undefined;
}

/** Is the name ending at token `last` set off after a title of its own ("the health secretary, Ana Ruiz")? */
function titledBefore(tokens: Token[], last: number, nameTokens: Set<number>): boolean {
  let first = last;
  while (first > 0 && nameTokens.has(first - 1)) first--;
  const span = titleSpan(tokens, first, nameTokens);
  return !!span && tokens[span[1] + 1]?.text === ',';
}

/** How many words back from a comma "of" and its title may stand ("The head of the national Expanded Programme on Immunization,"). */
const TITLE_OF_REACH = 10;

/** Words inside a body's capitalised name ("Fisheries Infrastructure and Coastal Protection") that link its capitalised words. */
const BODY_NAME_LINKS = new Set(['and', 'for', 'of', 'on']);

/**
 * Within a few words back from token k: a title followed by "of" or "for" ("head of parking services"), or by "in" or "from" and a place ("a shareholder in Halifax").
 * The words of a capitalised name after the first count as one ("the director-general of the
 * National Agency for Fisheries Infrastructure and Coastal Protection,"), up to twice the reach.
 */
function titleOfBefore(tokens: Token[], k: number): boolean {
  for (let i = k, steps = 0; i > 0 && steps < TITLE_OF_REACH && k - i < 2 * TITLE_OF_REACH; i--) {
    const t = tokens[i]!;
    const linkInName = t.word && !t.cap && BODY_NAME_LINKS.has(lower(t)) && !!tokens[i - 1]?.cap && !!tokens[i + 1]?.cap;
    if (!(t.word && (t.cap || linkInName) && tokens[i - 1]?.word && tokens[i - 1]!.cap)) steps++;
    // "the Federal Minister for Energy (Petroleum Division), …": a bracketed part of what the title is of.
    if (t.text === ')') {
      const open = openingBracket(tokens, i);
      if (open < 0) return false;
      i = open;
      continue;
    }
    if (listComma(tokens, i)) continue;
    // "the president of the workers' union": a plural owner's apostrophe.
    if (/^['’]$/.test(t.text) && tokens[i - 1]?.word && /s$/.test(tokens[i - 1]!.text)) continue;
    if (!t.word) return false;
    // "the head teacher at my school, Alun Brace": "at" ties a title to where it is held, as "of" does;
    // so does "to" ("The Secretary to the cooperative, Mr Raphael Ayamga").
    if ((lower(t) === 'of' || lower(t) === 'for' || lower(t) === 'at' || lower(t) === 'to') && isTitleWord(tokens[i - 1]!)) return true;
    if (titleLinkAt(tokens, i)) return true;
    if (PLACE_LINKS.has(lower(t)) && placeAfterTitle(tokens, i)) return true;
  }
  return false;
}

/**
 * title-link: "Its chief engineer on the project, Gocha Maisuradze,", "the lead detective on the
 * case, …": "on" right after a title word ties it to the work it is held on, as "of" and "at" do;
 * "from the" to the body it comes from ("The engineer from the governorate, Hossam Farag,", "The
 * officer from the Department of Agriculture, …"). Read only in a title set off by commas before
 * the name, or in an appositive after it, where nothing else can follow the title.
 */
function titleLinkAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const link = t?.word && !t.cap ? lower(t) : '';
  // (Not "grandfather on my mother's side": a relation's side of the family is no post's work; nor
  // "… told councillors from the director of …": a plural is others, no one person's title.)
  const title = tokens[i - 1];
  if ((link !== 'on' && link !== 'from') || !title?.word || !isTitleWord(title) || RELATION_WORDS.has(lower(title)) || isPluralNoun(title.text)) return false;
  // What it is held on opens on an article or a possessive, or is a plain word ("spokesman on
  // transport"); not a name or a day ("on Vehari Road", "Late on Wednesday"). A body it comes
  // from opens on "the" (a town one comes from is read as a place: placeAfterTitle).
  const next = tokens[i + 1];
  if (link === 'from') return !!next?.word && lower(next) === 'the';
  return !!next?.word && (ARTICLES.has(lower(next)) || POSSESSIVE_DETERMINERS.has(lower(next)) || (!next.cap && !isCalendarWord(next.text)));
}

/** The "(" opening the bracket that token `close` closes, at most `reach` tokens before it, or -1. */
function openingBracket(tokens: Token[], close: number, reach = 5): number {
  const from = Math.max(0, close - reach);
  const at = tokens.slice(from, close).findLastIndex((t) => t.text === '(');
  return at < 0 ? -1 : from + at;
}

/**
 * Is the comma at token `i` one between the capitalised items of a list that ends on "and" ("the
 * Minister for Arts, Culture and Heritage, Tessa Brannigan")? Such a comma is inside what a title
 * before a name is of, not the one that sets the name off.
 */
function listComma(tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== ',' || !tokens[i - 1]?.word || !tokens[i - 1]!.cap || !tokens[i + 1]?.word || !tokens[i + 1]!.cap) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    const t = tokens[j]!;
    if (t.word && !t.cap) return lower(t) === 'and' && !!tokens[j + 1]?.cap && tokens[j - 1]!.cap;
    if (!t.word && t.text !== ',') return false;
  }
  return false;
}

/**
 * At token `i`, "in" or "from" and a place after one title with its article: "a shareholder in
 * Halifax", "the vicar from Leeds" (not "Teachers in Leeds": a plural, with no article, is a group).
 */
function placeAfterTitle(tokens: Token[], i: number): boolean {
  const title = tokens[i - 1];
  // "My first coach in Salto": a possessive for the article, and one modifier between.
  // "a 29-year-old process engineer from Tuam": up to two modifiers, an age among them.
  const determiner = (t: Token | undefined) => !!t?.word && (ARTICLES.has(lower(t)) || POSSESSIVE_DETERMINERS.has(lower(t)));
  const modifier = (t: Token | undefined) => !!t?.word && !t.cap && !isFunctionWord(lower(t)) && !/(?:ed|ing|ly)$/.test(lower(t));
  let d = i - 2;
  while (d >= i - 3 && !determiner(tokens[d]) && modifier(tokens[d])) d--;
  return !!title && isTitleWord(title) && !title.cap && !isPluralNoun(title.text) && determiner(tokens[d]) && !!tokens[i + 1]?.cap && isPlaceName(tokens[i + 1]!.text);
}

/** The last token of the capitalised words and lower-case particles from token `j` on ("Hans van Dijk"). */
function nameRunEnd(tokens: Token[], j: number): number {
  // ("Dr Muntadhar Kadhim al-Asadi", "Massimo d'Alema": a particle joined to the family name.)
  while (tokens[j + 1]?.word && (tokens[j + 1]!.cap || NAME_PARTICLES.has(tokens[j + 1]!.text) || /^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(tokens[j + 1]!.text))) j++;
  return j;
}

/** Is the name starting at `first` followed by a comma, a full stop, a semicolon or a bracket? */
function closedByPunctuation(tokens: Token[], first: number): boolean {
  return [',', '.', ';', ')'].includes(tokens[nameRunEnd(tokens, first) + 1]?.text ?? '.');
}

/** Does the name starting at `first` close an appositive (a comma, a full stop or a speech verb after it)? */
function closesAppositive(tokens: Token[], first: number): boolean {
  let j = first;
  for (;;) {
    j = nameRunEnd(tokens, j);
    // 'Albert "Bert" Winter': a quoted nickname inside the name.
    const close = QUOTE_MARK.test(tokens[j + 1]?.text ?? '') ? tokens.findIndex((t, k) => k > j + 1 && k <= j + 5 && QUOTE_MARK.test(t.text)) : -1;
    if (close < 0 || !tokens[close + 1]?.cap) break;
    j = close;
  }
  // "Liisa Rebane of the bureau Kavand,": where the person works, after the name, is part of it.
  if (tokens[j + 1]?.word && PLACE_OF_WORK_LINKS.has(lower(tokens[j + 1]!))) {
    for (let k = j + 2; k <= j + 7 && tokens[k]; k++) {
      if (!tokens[k]!.word) {
        if ([',', '.', ';'].includes(tokens[k]!.text) && tokens.slice(j + 2, k).some((t) => t.cap)) j = k - 1;
        break;
      }
    }
  }
  const next = tokens[j + 1];
  return !next || [',', '.', ';', ')'].includes(next.text) || (next.word && SPEECH_VERBS.has(lower(next)));
}

/** Words after a name that say where the person works ("of the bureau Kavand", "at Ridgeway Capital"). */
const PLACE_OF_WORK_LINKS = new Set(['of', 'at', 'from']);

/**
 * Does the capitalised run ending at token `end` say where the name before it works ("Rachel Goh
 * of Lotus Peak"): at most five capitalised words after "of", "at" or "from" right after a name?
 */
function placeOfWorkEndsAt(tokens: Token[], end: number, nameTokens: Set<number>): boolean {
  let start = end;
  while (start > 0 && end - start < 5 && tokens[start - 1]!.word && tokens[start - 1]!.cap && !nameTokens.has(start - 1)) start--;
  return !!tokens[start - 1]?.word && PLACE_OF_WORK_LINKS.has(lower(tokens[start - 1]!)) && nameTokens.has(start - 2);
}

/** Words that may open a sentence before its title ("Also the president of…", "But the head of…"). */
const SENTENCE_LEADS = new Set(['also', 'and', 'but', 'meanwhile', 'the', 'a', 'an']);

/**
 * The title a sentence opens with when the name follows it after a comma and closes its own
 * appositive: "Co-founder of Google, Sergey Brin, met…", "The secretary general of CEI (Italian
 * Episcopal Conference), Nunzio Galantino, said…". The name ends at token `last`. The title holds
 * no verb, no other comma and no other name, so a clause ("After meeting the president, Lee…")
 * is never taken for one.
 */
export function sentenceTitle(text: string, tokens: Token[], first: number, last: number, nameTokens: Set<number> = new Set()): string {
  const comma = first - 1;
  if (tokens[comma]?.text !== ',' || tokens[last + 1]?.text !== ',') return '';
  let s = comma - 1;
  while (s >= 0 && !(tokens[s].word && tokens[s].sentenceStart && tokens[s - 1]?.text !== '(')) {
    const t = tokens[s];
    if (t.text === ',' || t.text === ';' || nameTokens.has(s) || comma - s > MAX_ROLE_WORDS + 4) return '';
    if (t.word && !t.cap && !isPersonNoun(t.text) && (STOPS.has(lower(t)) || SPEECH_VERBS.has(lower(t)) || isVerb(lower(t)))) return '';
    s--;
  }
  if (s < 0) return '';
  while (s < comma && SENTENCE_LEADS.has(lower(tokens[s]))) s++;
  if (s >= comma || !isTitleWord(tokens[s])) return '';
  return text.slice(tokens[s].start, tokens[comma - 1].end).trim();
}

/**
 * Adverbs that, after a name and its comma, open the sentence's verb phrase rather than an
 * appositive ("Hon. Gabriel Pundi, yesterday opened …"); not "last" or "this", which open one
 * ("Ann Lee, last year's winner,").
 */
const VERB_PHRASE_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'earlier', 'later', 'also', 'recently']);

/**
 * The appositive after the name ending at token `last` (", the foreign ministry spokeswoman,"),
 * or ''. `nameStarts` holds the token indices where other names begin: an appositive holding
 * another person's name is a list, not a role. `strict` accepts only appositives holding a known
 * role noun (used as evidence that a name is a person's: "Amnesty International, a rights group," is not).
 */
export function roleAfter(text: string, tokens: Token[], last: number, nameStarts: Set<number>, strict = false): string {
  if (tokens[last + 1]?.text === '(') {
    // "Cllr Marcus Trewin (Lab, Newtown and St Leonard's), the council's portfolio holder for
    // leisure,": a party and ward in brackets, then the post set off after them.
    const close = tokens.findIndex((t, j) => j > last + 1 && j <= last + 1 + MAX_ROLE_WORDS && t.text === ')');
    const bracketed = bracketedRole(text, tokens, last + 1);
    return !bracketed && close > 0 && tokens[close + 1]?.text === ',' ? roleAfter(text, tokens, close, nameStarts, strict) : bracketed;
  }
  if (tokens[last + 1]?.text !== ',') return '';
  let i = last + 2;
  // vocative-question: "**Mr Mkandawire, what does an auctioneer actually do?**": a name called
  // before a question is the one asked, and the question no description of them.
  if (tokens[i]?.word && QUESTION_OPENERS.has(lower(tokens[i]!))) return '';
  // "Mary Smith, 45, a teacher from Leeds,": an age before the appositive.
  if (ageInPassing(tokens, last + 1)) i += 2;
  // "Morag Duthie, 58, from Peterhead, the mother of Callum,": where someone is from, set off by
  // commas, before the appositive.
  if (tokens[i]?.word && lower(tokens[i]!) === 'from' && tokens[i + 1]?.cap) {
    const k = capitalRunEnd(tokens, i + 1) + 1;
    if (tokens[k]?.text === ',' && tokens[k + 1]?.word) i = k + 1;
  }
  // no-relation: "Gérard Dossou, no relation to the winner, a retired judge": a disclaimer of
  // kinship set off by commas says nothing of what someone is; the appositive after it does.
  if (tokens[i]?.word && lower(tokens[i]!) === 'no' && tokens[i + 1]?.word && lower(tokens[i + 1]!) === 'relation') {
    let comma = i + 2;
    while (comma <= i + 8 && tokens[comma]?.word) comma++;
    if (tokens[comma]?.text !== ',' || !tokens[comma + 1]?.word) return '';
    i = comma + 1;
  }
  // "Peskov, who is the Kremlin spokesman,", "McBride, who has been managing director since
  // 2017,": a relative clause that only says what someone is.
  // "who was …" or "who had been …": a post of the past, former where the clause says it ended.
  let pastHolder = false;
  if (tokens[i]?.word && lower(tokens[i]) === 'who') {
    const verb = [tokens[i + 1], tokens[i + 2]].map((t) => t?.text.toLowerCase() ?? '');
    // ("Hrachya Gasparyan, who becomes the prime minister's adviser": a post taken up is held.)
    const skip = ['is', 'was', 'becomes', 'became'].includes(verb[0]!) ? 2 : ['has', 'had'].includes(verb[0]!) && ['been', 'become'].includes(verb[1]!) ? 3 : 0;
    pastHolder = verb[0] === 'was' || verb[0] === 'had';
    const after = tokens[i + skip];
    // "Ewa Lipińska, who is theatre critic of …": a post with no article, its noun a word or two on.
    // ("Nhem Bunthoeun, 71, who was commune chief of Prek Tasek": a loose word for a post before "of" too.)
    const postNear = tokens.slice(i + skip, i + skip + 3).some((t, j) => t.word && !t.cap && isPersonNoun(t.text) && (!WEAK_ROLE_WORDS.has(lower(t)) || lower(tokens[i + skip + j + 1] ?? t) === 'of'));
    // ("Ambrose Richards, who was NEMA's director when …": a capitalised owner in the possessive before it.)
    if (skip && after?.word && (ARTICLES.has(lower(after)) || isPersonNoun(after.text) || FUNCTION_MODIFIERS.has(lower(after)) || ((!after.cap || /['’]s$/.test(after.text)) && postNear))) i += skip;
    // "Martin, who has been a superb partner": praise, as after any other verb (predicateRole).
    const word = ARTICLES.has(lower(tokens[i]!)) ? tokens[i + 1] : tokens[i];
    if (skip && word && isPraise(word)) return '';
  }
  // "Dr Nkechi Harrow, its clinical director,": an organisation's post, its "its" or "their" left
  // out; "Priya Lal, her chief of staff,", "Rashid Hamdan, our second coxswain,": so is a person's
  // or the speaker's, but not a relation ("his son"), which says whose relative someone is rather
  // than what they do.
  const possessive = tokens[i]?.word ? lower(tokens[i]!) : '';
  const postAhead = tokens.slice(i + 1, i + 4).filter((t, j) => t.word && ((isPersonNoun(t.text) && !WEAK_ROLE_WORDS.has(lower(t))) || (HEADS_OF.has(lower(t)) && headOfSomething(tokens, i + 1 + j))));
  if (possessive === 'its' && postAhead.length) i++;
  // "along with Huw, their daughter and five grandchildren": "their daughter" is the next of kin
  // listed, not what Huw is.
  else if (['his', 'her', 'our', 'my', 'their'].includes(possessive) && postAhead.length && !postAhead.some((t) => RELATION_WORDS.has(lower(t)))) i++;
  // "Ruth Okello, now regional director of …", "Ann Lee, then a junior doctor,": when someone holds
  // the post is no part of it.
  if (tokens[i]?.word && ['now', 'then', 'currently', 'formerly'].includes(lower(tokens[i]!)) && tokens[i + 1]?.word && (ARTICLES.has(lower(tokens[i + 1]!)) || isPersonNoun(tokens[i + 1]!.text) || FUNCTION_MODIFIERS.has(lower(tokens[i + 1]!)) || TITLE_MODIFIERS.has(lower(tokens[i + 1]!)))) i++;
  const first = tokens[i];
  if (!first?.word) return '';
  // "councillors Carmen Little, Alan Brewer, …": the next person of a list is no post; but
  // "Tunde Bakare, Okafor's manager": a name in the possessive says whose post it is.
  if (nameStarts.has(i) && !/['’]s$/.test(tokens[capitalRunEnd(tokens, i)]!.text)) return '';
  const w0 = lower(first);
  // "Suresh Menon, members of the hospital staff, and …": a plural head is the next item of a list, no one person's post.
  if (!first.cap && isPluralNoun(first.text) && isPersonNoun(first.text) && (!tokens[i + 1]?.word || ['of', 'and', 'from'].includes(lower(tokens[i + 1]!)))) return '';
  // "survived by … brother Tommy, seven grandchildren and a great-grandson": a number and a plural
  // is the next of a list of kin or guests.
  if (NUMBER_WORD.test(w0) && tokens[i + 1]?.word && (isPluralNoun(tokens[i + 1]!.text) || /(?:children|s)$/.test(lower(tokens[i + 1]!)))) return '';
  // "Morven Sinclair, has just spoken to reporters": an auxiliary opens the sentence's verb phrase
  // after a name set off by commas, no appositive.
  // A word that is also a verb opens a role when a noun for a person follows it ("Geneviève
  // Lacasse, associate professor of geography"), not a verb phrase.
  const modifiesPost = !!tokens[i + 1]?.word && !tokens[i + 1]!.cap && isPersonNoun(tokens[i + 1]!.text) && !WEAK_ROLE_WORDS.has(lower(tokens[i + 1]!));
  if (CLAUSE_OPENERS.has(w0) || AUXILIARIES.has(w0) || (!isPersonNoun(w0) && isVerb(w0) && !ARTICLES.has(w0) && !FUNCTION_MODIFIERS.has(w0) && !modifiesPost)) return '';
  // "Hon. Gabriel Pundi, yesterday opened the new wing": a word of when opens the verb phrase.
  if (VERB_PHRASE_ADVERBS.has(w0)) return '';
  // "The Mayor of X, Lakshmi Raman, joined drivers and staff": the comma closes an appositive
  // before the name, and a past tense opens the sentence's verb phrase (a form the lexicon may
  // not know as a verb), not a role; "retired", "qualified" and the like stay title words.
  if (!first.cap && /[^e]ed$/.test(w0) && !isPersonNoun(w0) && !TITLE_MODIFIERS.has(w0) && !FUNCTION_MODIFIERS.has(w0)) return '';
  const start = i;
  let end = -1;
  let sawRole = false;
  let relative = false;
  for (; i < tokens.length && i - start < MAX_ROLE_WORDS + 2; i++) {
    const t = tokens[i];
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':' || t.text === ')' || /["“”]/.test(t.text)) break;
      if (t.text === '(') {
        // "head of the National Intelligence Organization (MIT)": a bracketed abbreviation is part of it.
        const close = tokens.findIndex((x, j) => j > i && x.text === ')');
        if (close < 0 || close - i > 6) return '';
        end = close;
        i = close;
      }
      continue;
    }
    // "a partner at Azzopardi Grima": a name after "at", "of" or "for" inside the appositive is a
    // firm or a place named after people, not a second person in a list.
    // "a spokesperson for Health Minister Sylvia Ng": the link may stand before the name's titles.
    if (i > start && nameStarts.has(i)) {
      // "head voicer at Forbes & Lindsay": an ampersand joins the names of a firm.
      let q = i - 1;
      while (q > start && i - q <= 4 && ((tokens[q]!.word && tokens[q]!.cap) || tokens[q]!.text === '&')) q--;
      // "a spokeswoman for regional fisheries director Hery Andriamampianina": so may a title
      // written in lower case, with up to two words of its own.
      if (q === i - 1 && tokens[q]!.word && !tokens[q]!.cap && isPersonNoun(tokens[q]!.text)) {
        let r = q - 1;
        while (r > start && q - r <= 2 && tokens[r]!.word && !tokens[r]!.cap && !APPOSITIVE_LINKS.has(lower(tokens[r]!)) && !isVerb(lower(tokens[r]!))) r--;
        if (APPOSITIVE_LINKS.has(lower(tokens[r]!))) q = r;
      }
      // "leader of the opposition Izquierda Madrileña group": a name with a noun for a body after
      // it is the body's name.
      const body = tokens[capitalRunEnd(tokens, i) + 1];
      if (!APPOSITIVE_LINKS.has(lower(tokens[q]!)) && !(body?.word && !body.cap && ORG_NOUNS.has(lower(body)))) return '';
    }
    const w = lower(t);
    // "the first witness called by the prosecution": a past participle after the role noun opens a
    // clause about the person, even one that is also a speech verb.
    if (sawRole && !t.cap && /[^e]ed$/.test(w) && tokens[i + 1]?.word && lower(tokens[i + 1]!) === 'by') {
      relative = true;
      break;
    }
    if (SPEECH_VERBS.has(w) || (i > start && ['said', 'was', 'is', 'has', 'had'].includes(w))) return '';
    // "managing director since 2017", "a patient at the surgery for more than 40 years": when
    // someone took the role, or how long they have held it, is no part of it.
    // ("director of the Land and Mines Office from 2018 to 2022": a span of years likewise.)
    if (sawRole && (TIME_LINKS.has(w) || forLength(tokens, i, 4) || fromYear(tokens, i) || datedAt(tokens, i))) {
      relative = true;
      break;
    }
    // "the Swedish architect whose designs turned…", "a member of the House of Lords who
    // campaigns…": the role ends where a relative clause begins; "a stonemason she met while …"
    // opens one with no "who", on its subject.
    // ("NEMA's director when Hurricane Georges struck": so does "when" after the post.)
    if (i > start && (['who', 'which', 'whose', 'whom', 'where', 'that'].includes(w) || (sawRole && w === 'when') || (sawRole && !t.cap && ['he', 'she', 'they', 'we', 'you'].includes(w)) || (sawRole && t.text === 'I'))) {
      relative = true;
      break;
    }
    // "a kitchen assistant designed to guide cooks": a participle or "to" after the role noun opens
    // a clause about something else.
    // "a teacher trying to reach a funeral": so does a present participle, but not one after "of"
    // or "for" ("head of nursing").
    // Nor "chief operating officer", "acting head": an -ing word before a role noun is part of it.
    // ("head of biomedical engineering", "an expert in bridge engineering": nor one that ends a
    // field after "of" or "in" and a modifier.)
    const fieldEnd = (CONNECTORS.has(lower(tokens[i - 2] ?? t)) || lower(tokens[i - 2] ?? t) === 'in') && !!tokens[i - 1]?.word && !isVerb(lower(tokens[i - 1]!));
    // ("the prime minister's adviser on housing": nor the field after a title's "on".)
    const participle = /ing$/.test(w) && !CONNECTORS.has(lower(tokens[i - 1]!)) && !titleLinkAt(tokens, i - 1) && !fieldEnd && !(tokens[i + 1]?.word && isPersonNoun(tokens[i + 1]!.text));
    if (sawRole && !t.cap && (/[^e]ed$/.test(w) || w === 'to' || participle) && !isPersonNoun(t.text)) {
      relative = true;
      break;
    }
    // "president of the association and known to everyone as Lalla Rahma": "and" before a
    // participle opens a clause about the person, not a second post.
    const nextWord = tokens[i + 1];
    if (sawRole && w === 'and' && nextWord?.word && !nextWord.cap && (/[^e]ed$/.test(lower(nextWord)) || IRREGULAR_PARTICIPLES.has(lower(nextWord)))) {
      relative = true;
      break;
    }
    // "chief of staff": a loose word made a post by what it heads. Not "of Comber Road": a
    // capitalised word before a street's or a town's noun names the place.
    const placeName = t.cap && tokens[i + 1]?.word && tokens[i + 1]!.cap && gazetteer().rules.placeNounsAfter.has(lower(tokens[i + 1]!));
    if ((isPersonNoun(t.text) || (HEADS_OF.has(w) && headOfSomething(tokens, i))) && i - start < 8 && !placeName) {
      // "Peter Kiplagat, county librarians and pupils from …": a plural noun first is the next
      // item of a list of guests, no one person's post.
      if (!sawRole && !t.cap && isPluralNoun(t.text)) return '';
      sawRole = true;
    }
    end = i;
  }
  // "Dr. Maria Gonzalez-Ruiz, a climatologist at the University of Cape Town,": an article opening a
  // short noun phrase with no verb is an appositive even when its noun is not in the role list —
  // but not "a kitchen assistant designed to guide cooks": a participle describes a thing.
  const phrase = tokens.slice(start, end + 1).filter((t) => t.word);
  const nounPhrase =
    ARTICLES.has(w0) && phrase.length >= 2 && phrase.length <= 9 && phrase.every((t) => (!isVerb(lower(t)) && !/[^e]ed$/.test(lower(t))) || isPersonNoun(t.text)) && !phrase.some((t) => CLAUSE_OPENERS.has(lower(t)) && !['at', 'in', 'on', 'with', 'from'].includes(lower(t)));
  // Not "the largest single donation in the foundation's history": a noun the lexicon knows only
  // as a thing heads no one's description.
  const headAt = phrase.findIndex((t, j) => j > 0 && !t.cap && APPOSITIVE_LINKS.has(lower(t)));
  const head = phrase[(headAt < 0 ? phrase.length : headAt) - 1];
  const thing = !!head && !head.cap && (isPlainNoun(lower(head)) || THING_SUFFIXES.test(lower(head))) && !isPersonNoun(head.text);
  if (end < 0 || !(sawRole || (nounPhrase && !strict && !thing))) return '';
  if (!relative && (i >= tokens.length ? false : tokens[i].word)) return ''; // ran out of length without a closing comma
  let s = start;
  while (s < end && ARTICLES.has(lower(tokens[s]))) s++;
  const role = text.slice(tokens[s].start, tokens[end].end).trim();
  // held-until: "Kamarulzaman, who was director of the Land and Mines Office from 2018 to 2022,".
  return pastHolder && endedUntil(tokens, end + 1) ? asFormer(role) : role;
}

/**
 * A role in brackets right after a name: "Lina Haddad (the mayor of Tripoli)". Only a short
 * bracket that opens on a title, or on an article and a title, counts: "(45)", "(D-N.Y.)" and
 * "(pictured)" do not.
 */
function bracketedRole(text: string, tokens: Token[], open: number): string {
  const close = tokens.findIndex((t, j) => j > open && j <= open + MAX_ROLE_WORDS && t.text === ')');
  if (close < 0) return '';
  let s = open + 1;
  if (tokens[s]?.word && ARTICLES.has(lower(tokens[s]))) s++;
  // "(the school's bursar)": whose post it is, then the post.
  const whose = s;
  if (tokens[s]?.word && /['’]s$/.test(tokens[s]!.text) && s + 1 < close) s++;
  const inside = tokens.slice(s, close);
  // "(the mayor of Tripoli)", not "(Grand Mosque)": a title word first, and a role noun in it;
  // not "(Col, Andina)" in a results table: a country code and a team.
  if (s >= close || !isTitleWord(tokens[s]) || !inside.some((t) => t.word && isPersonNoun(t.text))) return '';
  if (tokens[s + 1]?.text === ',') return '';
  if (inside.some((t) => !t.word && t.text !== ',' && t.text !== '-')) return '';
  return text.slice(tokens[whose].start, tokens[close - 1].end).trim();
}

/**
 * The organisation a person is named with, when the article gives no title: "James To of the
 * Democratic Party", "Matthew Ingram of The Globe and Mail", "DAB's Ben Chan". Places are not
 * affiliations ("Smith of London").
 */
export function affiliation(text: string, tokens: Token[], first: number, last: number, nameTokens: Set<number>): string {
  // A place the lexicon or the places gazetteer knows ("Britain's Callum Reid", "Northern
  // Ireland's Conor Doyle"): where someone is from is no role.
  const isPlace = (ws: Token[]) =>
    ws.every((t) => isPlaceName(stripPossessive(t.text)) || isDemonym(stripPossessive(t.text))) ||
    (isKnownPlaceOrOrg(ws.map((t) => stripPossessive(t.text))) && ws.some((t) => isPlaceName(t.text))) ||
    GAZETTEER_PLACES.has(lookUpPlace(ws.map((t) => stripPossessive(t.text)).join(' '))?.kind ?? '');
  const link = tokens[last + 1];
  if (link?.word && (lower(link) === 'of' || lower(link) === 'from')) {
    let i = last + 2;
    if (tokens[i]?.word && lower(tokens[i]) === 'the') i++;
    const start = i;
    while (i < tokens.length && tokens[i].word && !nameTokens.has(i) && (tokens[i].cap || (['and', 'of', '&'].includes(tokens[i].text) && tokens[i + 1]?.cap))) i++;
    // "Fernando of Sri Lanka" read with "Lanka" taken into a name: a capitalised run cut short by
    // a name is no organisation's name that can be trusted.
    // ("of NWSC and James To": a name after "and" begins a new item, and the run ends before it.)
    if (i > start && tokens[i]?.cap && nameTokens.has(i) && tokens[i - 1]!.cap) return '';
    while (i > start && !tokens[i - 1].cap) i--; // "of DAB and Eunice Yung": the "and" is not part of it
    // ("Rachel Goh of Lotus Peak and Sông Hàn Investment chairman Lâm Chí Thanh": an "and" whose
    // capitalised words go on into a title before another name begins the list's next item.)
    let titled = i;
    while (tokens[titled]?.word && !tokens[titled]!.cap && isTitleWord(tokens[titled]!)) titled++;
    const and = tokens.slice(start, i).findIndex((t) => t.text === 'and' || t.text === '&');
    if (and > 0 && titled > i && nameTokens.has(titled)) i = start + and;
    const run = tokens.slice(start, i);
    // "of Arkhangai province": a name a place noun follows is a place; after "from", so is one it
    // closes, capitalised ("Ts.Gantulga from Arkhangai Province": where he is from).
    const placeNoun = (tokens[i]?.word && !tokens[i]!.cap && gazetteer().rules.placeNounsAfter.has(lower(tokens[i]!))) || (lower(link) === 'from' && i - start >= 2 && gazetteer().rules.placeNounsAfter.has(lower(tokens[i - 1]!)));
    // "a linesperson, Kaitlyn Morris from Pointe-Claire": after "from", a run with no word of a body
    // in it is more often a town no list knows than an employer.
    const bodyWord = run.some((t) => isOrgWord(t.text) || isOrganisationName(t.text));
    if (run.length && run.length <= 6 && run.at(-1)!.cap && !placeNoun && !isPlace(run) && (lower(link) === 'of' || bodyWord)) return text.slice(run[0].start, run.at(-1)!.end).replace(/['’]s$/, '');
  }
  const prev = tokens[first - 1];
  // "DAB's Ben Chan" — but not "It's Warhol" or "there's Smith" (contractions of "is").
  const owner = prev ? stripPossessive(prev.text).toLowerCase() : '';
  if (prev?.word && /['’]s$/.test(prev.text) && !nameTokens.has(first - 1) && !isFunctionWord(owner) && !CONTRACTED.has(owner)) {
    let k = first - 1;
    while (k - 1 >= 0 && first - k < 4) {
      const t = tokens[k - 1];
      if (!t.word || nameTokens.has(k - 1) || /['’]s$/.test(t.text)) break;
      const w = lower(t);
      if (isFunctionWord(w) || isVerb(w) || STOPS.has(w) || ARTICLES.has(w) || /^\d/.test(w) || (!t.cap && t.sentenceStart)) break;
      if (t.sentenceStart) {
        if (!isFunctionWord(w)) k--;
        break;
      }
      k--;
    }
    const run = tokens.slice(k, first);
    if (!isPlace(run)) return text.slice(run[0].start, run.at(-1)!.end).replace(/['’]s$/, '');
  }
  return '';
}

/** Verbs whose agent ("founded by …") holds a title that says what they did. */
const AGENT_TITLES = lookupTable<string>({
  founded: 'founder',
  established: 'founder',
  created: 'creator',
  designed: 'designer',
  invented: 'inventor',
  written: 'author',
  illustrated: 'illustrator',
  directed: 'director',
  produced: 'producer',
  composed: 'composer',
});

/**
 * A title from a passive sentence naming what the person made: "The FIRST Global competition
 * (…) was founded by Dean Kamen" → "founder of the FIRST Global competition". Only when the
 * sentence opens with what was made, so the "of …" is sure.
 */
export function agentTitle(text: string, tokens: Token[], first: number): string {
  const by = tokens[first - 1];
  const verb = tokens[first - 2];
  if (by?.text.toLowerCase() !== 'by' || !verb?.word) return '';
  const title = AGENT_TITLES[verb.text.toLowerCase()];
  if (!title) return '';
  const aux = tokens[first - 3];
  if (!aux || !/^(?:was|were|is|are|has been|had been|been)$/i.test(aux.text)) return '';
  // What was made: from the start of the sentence to the auxiliary, without an "(…)" aside.
  const sentenceStart = text.lastIndexOf('. ', aux.start) + 1;
  const made = text.slice(sentenceStart, aux.start).replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/^The\s/.test(made) || made.split(' ').length > 8 || /[,;:"“”]/.test(made)) return '';
  return `${title} of the ${made.slice(4)}`;
}

/**
 * Where the verb whose subject is the name ending at token `last` may stand: right after the name,
 * after an age in passing and "who" ("Angus McBride, 67, who started …"), or — when `first` is
 * given and the name is set off by commas — after the comma that closes it ("Her husband, Gerald
 * Haig, runs …").
 */
function subjectVerbAt(tokens: Token[], last: number, first?: number): number {
  let i = last + 1;
  const aged = ageInPassing(tokens, i);
  if (aged) i += 2;
  // "Marjatta Kokkonen (Centre), who chairs the regional board": a party in brackets after the name.
  if (tokens[i]?.text === '(') {
    let close = i + 1;
    while (close <= i + 4 && tokens[close] && tokens[close]!.text !== ')') close++;
    if (close <= i + 4 && tokens[close]?.text === ')' && tokens[close + 1]?.text === ',') i = close + 1;
  }
  if (tokens[i]?.text === ',' && tokens[i + 1]?.word && lower(tokens[i + 1]!) === 'who') i += 2;
  // "Tadao Sato, 77, chairs the residents' association": past the comma that closes the age.
  else if (aged && tokens[i]?.text === ',') i++;
  else if (first !== undefined && tokens[i]?.text === ',' && tokens[first - 1]?.text === ',') i++;
  return i;
}

/** Verbs by which a person founds an organisation; those that also start other things need an organisation after them. */
const FOUNDING = new Set(['founded', 'co-founded', 'cofounded', 'established']);
const STARTING = new Set(['started', 'launched', 'set']);

/**
 * founder: "Angus McBride, 67, who started the business in a garage", "Jane Doe founded Norvale
 * Logistics in 1998": the person, as the subject, founded the organisation named or described
 * right after the verb. "founder", with "of" and the organisation's name when it has one.
 * "Started" and "launched" count only before a word for an organisation ("started the business",
 * not "started the fire").
 */
export function founderRole(text: string, tokens: Token[], last: number): string {
  let i = subjectVerbAt(tokens, last);
  const verb = tokens[i];
  if (!verb?.word) return '';
  const v = lower(verb);
  if (!FOUNDING.has(v) && !STARTING.has(v)) return '';
  i++;
  if (v === 'set') {
    if (!tokens[i]?.word || lower(tokens[i]!) !== 'up') return '';
    i++;
  }
  // "Norvale Logistics": a run of capitalised words is the organisation's name.
  let k = i;
  while (k < tokens.length && k - i < 6 && tokens[k]!.word && tokens[k]!.cap) k++;
  if (k > i && (FOUNDING.has(v) || isOrgWord(tokens[k - 1]!.text))) return `founder of ${text.slice(tokens[i]!.start, tokens[k - 1]!.end)}`;
  // "the business", "a small brewery", "his own firm": a word for an organisation within three words.
  if (!tokens[i]?.word || !(ARTICLES.has(lower(tokens[i]!)) || POSSESSIVE_DETERMINERS.has(lower(tokens[i]!)))) return '';
  for (let j = i + 1; j <= i + 3 && tokens[j]?.word && !tokens[j]!.cap; j++) if (ORG_NOUNS.has(lower(tokens[j]!)) || isOrgWord(tokens[j]!.text)) return 'founder';
  return '';
}

/**
 * in-charge: "Her husband, Gerald Haig, runs a letting agency on Quay Street", "Tomas Brennan, who
 * ran the firm's inspection team until 2021", "Rose Mbatha, who has run the cathedral's night
 * shelter": the person, as the subject, is in charge of a unit named right after the verb. The
 * role is the verb and its object up to the unit's word ("runs a letting agency"), the object a
 * determiner or an owner's name and at most five words; its last word must be a word for an
 * organisation or for a unit people run (`inChargeNouns`), so "runs the risk" or "heads the ball"
 * gives none. The name runs from token `first` to `last`.
 */
export function inChargeRole(text: string, tokens: Token[], first: number, last: number): string {
  return inChargeAt(text, tokens, subjectVerbAt(tokens, last, first));
}

/**
 * in-charge past a relative clause: "Arango, who was elected in 2023, chairs its education
 * committee": the sentence's own verb after the clause set off between commas, when the clause
 * itself puts nothing in the person's charge.
 */
export function inChargePastClause(text: string, tokens: Token[], first: number, last: number): string {
  const at = subjectVerbAt(tokens, last, first);
  if (tokens[at - 1]?.text !== 'who' || inChargeAt(text, tokens, at)) return '';
  const after = pastAside(tokens, at - 2);
  return after > at ? inChargeAt(text, tokens, after) : '';
}

/**
 * in-charge, read from token `i`, where the verb of the person as subject stands ("runs …",
 * "has chaired …", "now owns …"); '' when no unit a person is in charge of follows.
 */
function inChargeAt(text: string, tokens: Token[], i: number): string {
  // "has run", "had been running", "now runs", "also owns": the role starts after "now".
  if (tokens[i]?.word && ['now', 'also', 'still'].includes(lower(tokens[i]!))) i++;
  const start = i;
  const perfect = !!tokens[i]?.word && ['has', 'have', 'had'].includes(lower(tokens[i]!));
  if (perfect) i++;
  if (tokens[i]?.word && lower(tokens[i]!) === 'been') i++;
  const verb = tokens[i];
  if (!verb?.word || verb.cap) return '';
  // "Ferreyra has led the bloc since 2023": a verb of one act as often as of a post is one of a
  // post in the perfect with how long it has lasted.
  if (!IN_CHARGE_VERBS.has(lower(verb)) && !(perfect && IN_CHARGE_PERFECT_VERBS.has(lower(verb)) && lastsSince(tokens, i + 1))) return '';
  i++;
  let det = tokens[i];
  // "who chairs the DRP", "heads Ardent Capital": a body named by its own capitalised name.
  let named = IN_CHARGE_NAMED_VERBS.has(lower(verb)) ? namedBodyEnd(tokens, det?.word && lower(det) === 'the' ? i + 1 : i) : -1;
  // "who manages the Gouyave receiving station": the place's name modifies the unit run.
  if (named >= 0) named = Math.max(named, unitNounAfter(tokens, named + 1));
  if (named >= 0) return inChargeWording(text, tokens, start, verb, tokens[i]!.start, tokens[named]!.end);
  // "has chaired Savannah Trust's board": a capitalised owner in the possessive is the determiner.
  const objectStart = i;
  if (det?.word && det.cap && !/['’]s$/.test(det.text)) {
    let k = i + 1;
    while (k < i + 4 && tokens[k]?.word && tokens[k]!.cap && !/['’]s$/.test(tokens[k]!.text)) k++;
    if (tokens[k]?.word && tokens[k]!.cap && /['’]s$/.test(tokens[k]!.text)) det = tokens[(i = k)];
  }
  // The object opens on a determiner or an owner's possessive ("the firm's", "Brennan's").
  if (!det?.word || !(ARTICLES.has(lower(det)) || POSSESSIVE_DETERMINERS.has(lower(det)) || /['’]s$/.test(det.text))) return '';
  let head = -1;
  for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
    const t = tokens[k]!;
    // "the Residents' Association": a plural possessive's apostrophe stands inside the name.
    if (!t.word && /^['’]$/.test(t.text) && tokens[k - 1]?.word && /s$/.test(tokens[k - 1]!.text)) continue;
    if (!t.word) break;
    const w = lower(t);
    // "who has run the yard day to day": a word of time ends what is run.
    if (!t.cap && (isCalendarWord(w) || TIME_UNITS.has(w))) break;
    // "chairs the Providence Street Residents' Association": a capitalised organisation word ends a named one.
    if (isUnitWord(t)) head = k;
    else if (t.cap ? isFunctionWord(w) : STOPS.has(w) || CONNECTORS.has(w) || isFunctionWord(w)) break;
  }
  if (head < 0) return '';
  // "has headed the city's Office for Culture": a unit's own capitalised name goes on past "for" or "of".
  if (tokens[head]!.cap) head = Math.max(head, namedBodyEnd(tokens, head));
  // "has run the office of the provincial flood control headquarters": a unit of a larger one,
  // named by plain words after "of", goes on to the larger one's word.
  else if (tokens[head + 1]?.word && lower(tokens[head + 1]!) === 'of') {
    let end = -1;
    for (let k = head + 2; k < tokens.length && k <= head + 8 && tokens[k]!.word && !tokens[k]!.cap; k++) {
      const w = lower(tokens[k]!);
      if (POSSESSIVE_DETERMINERS.has(w) || STOPS.has(w) || CONNECTORS.has(w) || isCalendarWord(w) || TIME_UNITS.has(w)) break;
      if (!ARTICLES.has(w)) end = k;
    }
    if (end > 0) head = end;
  }
  // "who has headed the brewer's export sales": an organisation in the possessive owns what is
  // headed, named by the plain words after it.
  if (/['’]s$/.test(tokens[head]!.text)) {
    let end = head;
    for (let k = head + 1; k <= head + 4 && tokens[k]?.word && !tokens[k]!.cap; k++) {
      const w = lower(tokens[k]!);
      // "who runs the town's only tyre-repair business", "the city's oldest bakery": a word that
      // picks one out stands before what is run, and is no end of it.
      if (k === head + 1 && SINGLING_OUT.test(w)) continue;
      if (STOPS.has(w) || CONNECTORS.has(w) || isFunctionWord(w) || isCalendarWord(w)) break;
      end = k;
    }
    head = end;
  }
  return inChargeWording(text, tokens, start, verb, tokens[objectStart]!.start, tokens[head]!.end);
}

/** Words that open a question put to someone named just before ("Mr Mkandawire, what does …?"). */
const QUESTION_OPENERS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'tell']);

/** Words after an owner's possessive that single out what is owned ("the town's only …", "the city's oldest …"). */
const SINGLING_OUT = /^(?:only|main|sole|\p{L}{2,}est)$/u;

/** Does the clause from token `i` on say how long something has lasted ("… since 2023", "… for ten years")? */
function lastsSince(tokens: Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j - i <= 12 && !endsClause(tokens[j]!); j++) if (tellsHowLong(tokens, j)) return true;
  return false;
}

/** Does token `j` open a phrase of how long ("since 2019", "for forty years", "from 2015 to 2022")? */
function tellsHowLong(tokens: Token[], j: number): boolean {
  return !!tokens[j]?.word && (lower(tokens[j]!) === 'since' || forLength(tokens, j, 3) || yearSpan(tokens, j));
}

/** Is token `j` a "from" before a year ("from 1997")? */
function fromYear(tokens: Token[], j: number): boolean {
  return !!tokens[j]?.word && lower(tokens[j]!) === 'from' && /^\d{4}$/.test(tokens[j + 1]?.text ?? '');
}

/**
 * dated: "who became general manager in 2025", "the yard's managing director in March": "in" or
 * "on" and a year or a word of the calendar say when, no part of the post.
 */
function datedAt(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  // (The lexicon reads "March" and "May" as a verb and a given name first; after "in" they are months.)
  return !!tokens[j]?.word && ['in', 'on'].includes(lower(tokens[j]!)) && !!next && (/^\d{4}$/.test(next.text) || (next.word && (isCalendarWord(next.text) || /^(?:March|May)$/.test(next.text))));
}

/** Is token `j` the "from" of a span of years ("from 2015 to 2022")? */
function yearSpan(tokens: Token[], j: number): boolean {
  return fromYear(tokens, j) && tokens[j + 2]?.text.toLowerCase() === 'to';
}

/** Is token `j` a "for" with a length of time within `reach` words after it ("for forty years", "for more than 40 years")? */
function forLength(tokens: Token[], j: number, reach: number): boolean {
  return !!tokens[j]?.word && lower(tokens[j]!) === 'for' && tokens.slice(j + 1, j + 1 + reach).some((t) => t.word && DURATIONS.has(lower(t)));
}

/** A token that closes a clause: a stop, a semicolon or a colon. */
function endsClause(t: Token): boolean {
  return !t.word && /^[.;:!?]$/.test(t.text);
}

/** The in-charge role from token `start` to character `end`, "owns the café" written as "owner of the café" (`IN_CHARGE_AGENT_NOUNS`). */
function inChargeWording(text: string, tokens: Token[], start: number, verb: Token, objectStart: number, end: number): string {
  const noun = tokens[start] === verb ? IN_CHARGE_AGENT_NOUNS.get(lower(verb)) : undefined;
  return noun ? `${noun} ${text.slice(objectStart, end).trim()}` : text.slice(tokens[start]!.start, end).trim();
}

/**
 * A word for a unit a person runs or a body ("shop", "association", "Station"): not a lower-case
 * word for people, though names of bodies end on it ("coached the little boys", beside "Boys").
 */
function isUnitWord(t: Token): boolean {
  const w = lower(t);
  return IN_CHARGE_NOUNS.has(w) || ORG_NOUNS.has(w) || (isOrgWord(w) && (t.cap || !isPersonNoun(w)));
}

/**
 * The noun of a unit or a body within three lower-case words from token `k`, after a place's name
 * that modifies it ("the Gouyave receiving station", "the Rosendal residents' association"); -1
 * when a function word, a connector or a capitalised word comes first.
 */
function unitNounAfter(tokens: Token[], k: number): number {
  for (let q = k; q <= k + 3 && tokens[q]; q++) {
    const t = tokens[q]!;
    if (!t.word) {
      if (/^['’]$/.test(t.text)) continue;
      return -1;
    }
    const w = lower(t);
    if (t.cap || isFunctionWord(w) || CONNECTORS.has(w)) return -1;
    if (isUnitWord(t)) return q;
  }
  return -1;
}

/**
 * The last token of a body's own name starting at token `i` ("the DRP in KwaZulu-Natal" → "DRP";
 * "the Friends of Hexley Baths"; "Ardent Capital"): capitalised words, with "of", "for", "and" or
 * "&" only between two of them; -1 when token `i` opens no such name. A capitalised word that is
 * a given name, a calendar word or a sentence's first word opens none (a person, a day, a new clause).
 */
function namedBodyEnd(tokens: Token[], i: number): number {
  const opens = (t: Token | undefined) => !!t?.word && t.cap && !t.sentenceStart && !isCalendarWord(t.text) && !isGivenName(t.text);
  if (!opens(tokens[i])) return -1;
  let end = i;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word && t.cap) end = k;
    else if ((t.word && ['of', 'for', 'and'].includes(lower(t))) || t.text === '&') {
      if (!tokens[k + 1]?.word || !tokens[k + 1]!.cap) break;
    } else if (/^['’]$/.test(t.text) && /s$/.test(tokens[k - 1]?.text ?? '')) continue;
    else break;
  }
  // "heads the Premier League's disciplinary panel": the name is an owner's and the object goes on
  // ("owns Bellamy's," is the shop's own name).
  const after = tokens[end + 1];
  return /['’]s?$/.test(tokens[end]!.text) && after?.word && !after.cap && !isFunctionWord(after.text) ? -1 : end;
}

/** Verbs that say what a person is: "X is/was/became (the) <role>", "X was elected/appointed <role>". */
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const MADE = new Set(['elected', 'appointed', 'named', 'made', 'chosen', 'sworn', 'promoted']);

/**
 * A role stated by the sentence's verb after the name ending at `last`: "Ruben Castellano was
 * elected mayor of Port Amar", "Ms Lee, 52, is the school's head teacher". The role is a
 * noun phrase whose head says what a person does, with an "of …"/"for …" of capitalised words.
 */
export function predicateRole(text: string, tokens: Token[], last: number): string {
  let i = last + 1;
  // "Ms Lee, 52, is …": an age in passing.
  if (ageInPassing(tokens, i)) i += 3;
  // "Bayraktar, who joined the firm as a warehouse clerk in 1996, became deputy general manager":
  // the sentence's own verb after a relative clause set off by commas.
  if (tokens[i]?.text === ',' && tokens[i + 1]?.word && lower(tokens[i + 1]!) === 'who') {
    const after = pastAside(tokens, i, 16);
    if (after > i) i = after;
  }
  // "He has been Rovers' manager for only nine matches": a perfect tense of "be" is a copula too.
  const perfect = !!tokens[i]?.word && ['has', 'had', 'have'].includes(lower(tokens[i]!)) && !!tokens[i + 1]?.word && lower(tokens[i + 1]!) === 'been';
  if (perfect) i++;
  // "will become chief executive of Orlen Foods", "is to become head coach": a post to be taken up.
  const word = (j: number) => (tokens[j]?.word ? lower(tokens[j]!) : '');
  const future = word(i) === 'will' && word(i + 1) === 'become' ? 1 : ['is', 'was'].includes(word(i)) && word(i + 1) === 'to' && word(i + 2) === 'become' ? 2 : 0;
  if (future) return phraseRole(text, tokens, i + future + 1);
  const verb = tokens[i];
  if (!verb?.word) return '';
  // as-role: "Maxime Bernier was forced to resign as Foreign Affairs minister", "Ms Hale served as
  // chief of staff": within a few words, a verb of holding or leaving a post, then "as".
  // "Anthony Graves left after eleven years as chief executive": a length of time held, then "as".
  // "who succeeded him as chairman": the one succeeded, as a pronoun, may stand before "as".
  // "who has run the company as general manager": what is run, a plain noun after an article or
  // a possessive, may stand between the verb and "as".
  const plainObject = (k: number) => !!tokens[k]?.word && !tokens[k]!.cap && !isFunctionWord(lower(tokens[k]!)) && !!tokens[k - 1]?.word && (ARTICLES.has(lower(tokens[k - 1]!)) || POSSESSIVE_DETERMINERS.has(lower(tokens[k - 1]!))) && !!tokens[k - 2]?.word && AS_ROLE_VERBS.has(lower(tokens[k - 2]!));
  const holds = (j: number) =>
    AS_ROLE_VERBS.has(lower(tokens[j - 1]!)) ||
    plainObject(j - 1) ||
    DURATIONS.has(lower(tokens[j - 1]!)) ||
    ((AS_ROLE_PARTICLES.has(lower(tokens[j - 1]!)) || /^(?:him|her|them)$/i.test(tokens[j - 1]!.text) || namedObject(j - 1)) && !!tokens[j - 2]?.word && AS_ROLE_VERBS.has(lower(tokens[j - 2]!)));
  // "Tamar Jorjadze has led Mtiebi as acting artistic director": what is led or joined, named by
  // one capitalised word, may stand between the verb and "as".
  const namedObject = (k: number) => !!tokens[k]?.word && tokens[k]!.cap && !isCalendarWord(tokens[k]!.text);
  // A length of time before "as" ties it to the post even a few words further on ("who announced in
  // September his intention to retire after eleven years as CFO"); no other name may come between.
  const reach = (j: number) => (DURATIONS.has(lower(tokens[j - 1]!)) ? i + 13 : i + 5);
  const asAt = tokens.findIndex((t, j) => j > i && j <= reach(j) && t.word && lower(t) === 'as' && holds(j));
  if (asAt > 0 && tokens.slice(i, asAt).every((t, k) => t.word && (!t.cap || isCalendarWord(t.text) || (i + k === asAt - 1 && namedObject(i + k))))) i = asAt;
  else if (!COPULAS.has(lower(verb)) && !perfect) return '';
  const role = phraseRole(text, tokens, i + 1);
  // held-until: "He was mayor of Salé until 2021", "She served as head teacher until her
  // retirement": a post of the past that the clause says ended is a former one.
  return role && PAST_HOLDING.has(lower(verb)) && endedUntil(tokens, i + 1) ? asFormer(role) : role;
}

/** How far after the subject's first verb a second one joined by "and" may stand. */
const COORDINATED_REACH = 24;

/**
 * coordinated-copula: "Savvas Kouppas, 63, has worked out of the fishing shelter for four decades
 * and is chairman of the Limassol Fishermen's Association": a second verb of the same subject,
 * joined by "and", that says what they are. Read from the first verb at `i` to the sentence's end;
 * a new subject (a pronoun, a relative word) or a quotation first, and there is none.
 */
export function coordinatedRole(text: string, tokens: Token[], last: number): string {
  let i = last + 1;
  if (ageInPassing(tokens, i)) i += 3;
  return tokens[i]?.word && !COPULAS.has(lower(tokens[i]!)) ? coordinatedCopula(text, tokens, i) : '';
}

/** The post a second verb joined by "and" states, read from the subject's first verb at `i` (see coordinatedRole). */
function coordinatedCopula(text: string, tokens: Token[], i: number): string {
  for (let k = i + 1; k < tokens.length && k <= i + COORDINATED_REACH; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (/^[.!?;:"“”]$/.test(t.text)) return '';
      continue;
    }
    const w = lower(t);
    if (['who', 'which', 'that', 'but', 'he', 'she', 'they', 'we', 'i', 'it', 'while', 'whose'].includes(w)) return '';
    if (w !== 'and') continue;
    const next = tokens[k + 1];
    if (!next?.word) return '';
    const copula = lower(next);
    if (COPULAS.has(copula)) return phraseRole(text, tokens, k + 2);
    if (['has', 'had'].includes(copula) && tokens[k + 2]?.word && lower(tokens[k + 2]!) === 'been') return phraseRole(text, tokens, k + 3);
  }
  return '';
}

/**
 * A post written as a former one: "former mayor of Salé"; after an owner in the possessive, where
 * English puts it ("the committee's former vice-chairman"); unchanged when it says so already.
 */
function asFormer(role: string): string {
  if (/^(?:former|ex-|late)\b/i.test(role)) return role;
  const owner = /^(?:[\p{L}.'’-]+\s)*?[\p{L}.-]+(?:['’]s|s['’])\s/u.exec(role);
  return owner ? `${owner[0]}former ${role.slice(owner[0].length)}` : `former ${role}`;
}

/** Verbs of holding a post in the past ("was", "served", "had been"), before the post or its "as". */
const PAST_HOLDING = new Set(['was', 'served', 'worked', 'been']);

/** Does the clause from token `i` on say when something ended ("until 2021", "until her retirement", "from 2018 to 2022")? */
function endedUntil(tokens: Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j - i <= 10 && !endsClause(tokens[j]!) && tokens[j]!.text !== ','; j++) {
    if (tokens[j]!.word && TIME_LINKS.has(lower(tokens[j]!)) && lower(tokens[j]!) !== 'since') return true;
    if (yearSpan(tokens, j)) return true;
  }
  return false;
}

/**
 * A role in a relative clause set off after the name ending at `last` (an age in passing allowed
 * between): a post held "as" something, read as the name's own predicate ("Gordon Pike, who
 * retired as head teacher in 2022,", "Anthony Graves, who left after eleven years as chief
 * executive"), else what the person does for a living (livingRole: "who farms sheep"). "Who is the
 * …" is the appositive's reading (roleAfter).
 */
export function relativeRole(text: string, tokens: Token[], last: number): string {
  const who = relativeWho(tokens, last);
  if (who < 0) return '';
  const as = tokens.findIndex((t, j) => j > who && j <= who + 14 && t.word && lower(t) === 'as');
  return as > 0 ? predicateRole(text, tokens, who) : '';
}

/**
 * What the relative clause after the name ending at `last` says the person does for a living
 * (livingRole: "who farms sheep in Glen Feochan" → "farms sheep"), when it holds no post "as"
 * something (relativeRole reads those).
 */
export function relativeLiving(text: string, tokens: Token[], last: number): string {
  const who = relativeWho(tokens, last);
  if (who < 0 || tokens.some((t, j) => j > who && j <= who + 14 && t.word && lower(t) === 'as')) return '';
  return livingRole(text, tokens, who);
}

/** The "who" opening a relative clause after the name ending at `last` (an age in passing allowed between), or -1. */
function relativeWho(tokens: Token[], last: number): number {
  let comma = last + 1;
  // "Moses Kizito, 29, who …": an age in passing.
  if (ageInPassing(tokens, comma)) comma += 2;
  if (tokens[comma]?.text !== ',' || !tokens[comma + 1]?.word || lower(tokens[comma + 1]!) !== 'who') return -1;
  return comma + 1;
}

/** Words that end the object of a verb of making a living ("farms sheep in Glen Feochan"). */
const LIVING_STOPS = new Set(['in', 'at', 'on', 'from', 'for', 'since', 'near', 'between', 'across', 'around', 'and', 'but', 'who', 'which', 'with', 'to', 'by', 'outside', 'off']);

/**
 * living: what someone does for a living, said by a verb after "who" (`occupationVerbs`):
 * "Alasdair Mackechnie, who farms sheep in Glen Feochan" → "farms sheep", "…, who has ridden a
 * boda-boda in Kampala for seven years" → "ridden a boda-boda". The verb and its object, at most
 * four words, ending before a preposition, a conjunction or punctuation; nothing when no object follows.
 */
function livingRole(text: string, tokens: Token[], who: number): string {
  let i = who + 1;
  if (tokens[i]?.word && ['has', 'have', 'had'].includes(lower(tokens[i]!))) i++;
  const verb = tokens[i];
  if (!verb?.word || !OCCUPATION_VERBS.has(lower(verb))) return '';
  // "who farms", "who sells": the present tense is a living. A past ("who built his house", "who
  // has sold the car") is one only with how long it lasted ("who fished out of Porthleven for forty
  // years", "who has kept bees since 2015").
  if (!/s$/.test(lower(verb))) {
    let lasted = false;
    for (let j = i + 1; j < tokens.length && tokens[j]!.text !== ',' && tokens[j]!.text !== '.'; j++) if (tellsHowLong(tokens, j)) lasted = true;
    if (!lasted) return '';
  }
  let end = i;
  // "who drives the base's only heavy supply truck": an owner in the possessive and a word that
  // picks one out (SINGLING_OUT) do not count towards the four words.
  const spare = tokens.slice(i + 1, i + 4).filter((t) => t.word && (/['’]s$/.test(t.text) || SINGLING_OUT.test(lower(t)))).length;
  for (let j = i + 1; j < tokens.length && j <= i + 4 + spare; j++) {
    const t = tokens[j]!;
    if (!t.word || LIVING_STOPS.has(lower(t)) || /^\d/.test(t.text) && j === i + 1) break;
    // "runs a phone-accessories stall a few metres from …", "sells phone cases a few doors down":
    // an article after the object opens another phrase, about where.
    if (j > i + 1 && (ARTICLES.has(lower(t)) || POSSESSIVE_DETERMINERS.has(lower(t)))) break;
    end = j;
  }
  // An object that is only an article or a possessive ("who built his …" cut short) says nothing.
  if (end === i || (end === i + 1 && (ARTICLES.has(lower(tokens[end]!)) || POSSESSIVE_DETERMINERS.has(lower(tokens[end]!))))) return '';
  return text.slice(verb.start, tokens[end]!.end).trim();
}

/** The role a predicate states from token `i` on: just after its verb, or at its "as". */
function phraseRole(text: string, tokens: Token[], i: number): string {
  // "He is, of course, the …": a short aside between commas.
  if (tokens[i]?.text === ',') {
    const close = tokens.findIndex((t, j) => j > i && j <= i + 5 && t.text === ',');
    if (close < 0 || tokens.slice(i + 1, close).some((t) => !t.word)) return '';
    i = close + 1;
  }
  if (tokens[i]?.word && ['now', 'also', 'still'].includes(lower(tokens[i]!))) i++;
  if (tokens[i]?.word && MADE.has(lower(tokens[i]!))) {
    i++;
    // "was promoted from finance director to chief executive": the post it led to.
    if (tokens[i]?.word && lower(tokens[i]!) === 'from') {
      const to = tokens.findIndex((t, j) => j > i && j <= i + 6 && t.word && lower(t) === 'to');
      if (to < 0) return '';
      i = to;
    }
  }
  if (tokens[i]?.word && ['as', 'to'].includes(lower(tokens[i]!))) i++;
  if (tokens[i]?.word && ARTICLES.has(lower(tokens[i]!))) i++;
  // "He became its managing director": an organisation's post ("its", "their") is the person's
  // own, as in an appositive (roleAfter); not a relation ("their son").
  // ("Mr Whaanga has been our caretaker since 1998": a school's or a firm's "our", in its own
  // speech or release, likewise; not "our friend", a relation.)
  // ("Mrs Bisi Lawal was his principal for eleven years": another person's teacher, coach or
  // lawyer is one by trade, as "Priya Lal, her chief of staff," is in an appositive.)
  if (tokens[i]?.word && ['its', 'their', 'our', 'his', 'her'].includes(lower(tokens[i]!))) {
    const post = tokens.slice(i + 1, i + 4).find((t) => t.word && isPersonNoun(t.text) && !WEAK_ROLE_WORDS.has(lower(t)));
    if (post && !RELATION_WORDS.has(lower(post))) i++;
  }
  // "She is our friend", "He is no stranger to …": a relation to the writer, or a figure of speech.
  if (tokens[i]?.word && (POSSESSIVE_DETERMINERS.has(lower(tokens[i]!)) || NEGATIONS.has(lower(tokens[i]!)))) return '';
  const start = i;
  // Modifiers, then the head noun: at most four words ("the school's head teacher").
  let head = -1;
  for (; i < tokens.length && i - start < 5; i++) {
    const t = tokens[i]!;
    // "Rovers' manager": the apostrophe of a plural possessive stands as a token of its own.
    if (!t.word && /^['’]$/.test(t.text) && tokens[i - 1]?.cap && head < 0) continue;
    if (!t.word) break;
    const w = lower(t);
    // "the club's captain": whose post it is, before the post.
    if (head < 0 && /['’]s$/.test(t.text) && !isPersonNoun(t.text)) continue;
    // "Warhol was also a legend": a loose label is no role.
    if (isPersonNoun(t.text) && !WEAK_ROLE_WORDS.has(w)) head = i;
    else if (head < 0 && (isPersonNoun(t.text) || HEADS_OF.has(w)) && headOfSomething(tokens, i)) {
      // "the company's head of engineering", "chief of staff": a loose word made a post by what it heads.
      head = headOfEnd(tokens, i);
      break;
    } else if (head >= 0 && !((HEADS_OF.has(w) || isPersonNoun(w)) && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap && isPersonNoun(tokens[i + 1]!.text))) break;
    // ("the deputy head nurse", "deputy general manager": a loose word for a post before another
    // word for one is part of it.)
    else if (head >= 0) continue;
    // "finance director", "operations manager": a word naming the job's field, though the
    // lexicon may read it as a verb.
    else if (FUNCTION_MODIFIERS.has(w)) continue;
    // "a spice merchant", "a tram driver": a noun the lexicon also reads as a verb, right before
    // the word for the person, names the trade.
    // So does a participle before the trade ("a retired music teacher", "a trained sound engineer").
    else if (isVerb(w) && !isFunctionWord(w) && !STOPS.has(w) && personNounAhead(tokens, i + 1)) continue;
    else if (isVerb(w) || isFunctionWord(w) || STOPS.has(w)) return '';
    else if (isPraise(t)) return '';
  }
  if (head < 0) return '';
  let end = head;
  // "of Port Amar", "for the Hallam Trust": a connector and capitalised words.
  const link = tokens[end + 1];
  if (link?.word && CONNECTORS.has(lower(link))) {
    let j = end + 2;
    if (tokens[j]?.word && lower(tokens[j]!) === 'the') j++;
    let k = j;
    while (tokens[k]?.word && (tokens[k]!.cap || (lower(tokens[k]!) === 'of' && tokens[k + 1]?.cap))) k++;
    if (k > j) end = k - 1;
    // "chairman of the Rosendal residents' association": the place's name modifies the body.
    if (k > j) end = Math.max(end, unitNounAfter(tokens, k));
  }
  return text.slice(tokens[start]!.start, tokens[end]!.end).trim();
}

/**
 * Does a noun for a person (not a loose label) follow from token `i`, after at most one more
 * lower-case word that is no verb or function word ("music" in "retired music teacher")?
 */
function personNounAhead(tokens: Token[], i: number): boolean {
  const isPost = (t: Token | undefined) => !!t?.word && !t.cap && isPersonNoun(t.text) && !WEAK_ROLE_WORDS.has(lower(t));
  if (isPost(tokens[i])) return true;
  const t = tokens[i];
  return !!t?.word && !t.cap && !isVerb(lower(t)) && !isFunctionWord(lower(t)) && !STOPS.has(lower(t)) && isPost(tokens[i + 1]);
}

/** A loose word for a post ("head", "chief") at `i`, then "of" and what it heads: "head of engineering". */
function headOfSomething(tokens: Token[], i: number): boolean {
  return headOfEnd(tokens, i) >= 0;
}

/** A lower-case noun that may end a field after a modifier ("engineering", "resources"), not a verb of the sentence. */
function fieldWordAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.cap) return false;
  const w = lower(t);
  if (isFunctionWord(w) || STOPS.has(w) || CONNECTORS.has(w) || SPEECH_VERBS.has(w) || AUXILIARIES.has(w) || /ed$/.test(w)) return false;
  return /ing$/.test(w) || (isPluralNoun(w) && !isPersonNoun(w)) || (isPlainNoun(w) && !isVerb(w));
}

/**
 * The last token of what the loose word at `i` heads, -1 when it heads nothing: "head of
 * engineering" → "engineering"; "head of the spice traders' guild", "head of the city's civil
 * protection service" → "guild", "service": a determiner, then a body within four words (a word
 * for an organisation or a unit people run, or a capitalised name, read to its end); not "head of
 * the queue".
 */
function headOfEnd(tokens: Token[], i: number): number {
  const of = tokens[i + 1];
  const noun = tokens[i + 2];
  if (!of?.word || lower(of) !== 'of' || !noun?.word) return -1;
  // "head of biomedical engineering", "head of corporate banking": a field's word may take a
  // modifier or two before its noun (an -ing noun or a plural one), no verb of the sentence.
  if (!noun.cap && !isFunctionWord(lower(noun))) {
    let end = i + 2;
    while (end < i + 4 && fieldWordAt(tokens, end + 1)) end++;
    return end;
  }
  // "the principal of Kahawa West Senior School": a body's own name, ending on a word for a body.
  if (noun.cap && !noun.sentenceStart) {
    const end = capitalRunEnd(tokens, i + 2);
    const w = lower(tokens[end]!);
    return IN_CHARGE_NOUNS.has(w) || ORG_NOUNS.has(w) || isOrgWord(w) ? end : -1;
  }
  if (!ARTICLES.has(lower(noun)) && !POSSESSIVE_DETERMINERS.has(lower(noun))) return -1;
  for (let k = i + 3; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (/^['’]$/.test(t.text)) continue;
      return -1;
    }
    // "the city's weavers' guild": an owner before the body is no body itself.
    if (/['’]s$/.test(t.text) || /^['’]$/.test(tokens[k + 1]?.text ?? '')) continue;
    const w = lower(t);
    if (IN_CHARGE_NOUNS.has(w) || ORG_NOUNS.has(w) || isOrgWord(w)) return k;
    if (t.cap) return capitalRunEnd(tokens, k);
  }
  return -1;
}

/** Words that open the noun phrase of an inverted predicate ("Her editor … is Colm Ferris", "My tutor was …"). */
const INVERTED_OPENERS = new Set(['the', 'her', 'his', 'their', 'its', 'whose', 'our', 'my', 'your', 'that', 'this']);

/** Adverbs that may stand between an inverted predicate's post and its verb ("My tutor here was …"). */
const INVERTED_ADVERBS = new Set(['here', 'there', 'then', 'now', 'still', 'once']);

/**
 * inverted-predicate: the post stated first and the person last, "Her editor at Harrow & Lyle is
 * Colm Ferris.", "…, whose site manager was Gemma Tennant.", "The club's new manager is Tom Reed."
 * The name, at `first`, follows "is" or "was" and ends its clause; before the verb, a noun phrase
 * whose last word (before an optional "at/of/for" and a capitalised name) is a word for a person's
 * post, opened by "the", a possessive or "whose".
 */
export function invertedRole(text: string, tokens: Token[], first: number, last: number): string {
  // "The officer leading the inquiry is DI Thandiwe Mokoena": a title of the name's own may stand
  // between the verb and the name.
  let v = first - 1;
  while (v > 0 && v >= first - 3 && tokens[v]?.word && tokens[v]!.cap && (isHonorific(lower(tokens[v]!)) || isTitleWord(tokens[v]!) || /^[A-Z]{2,4}$/.test(tokens[v]!.text))) v--;
  if (tokens[v]?.text === '.' && v < first - 1) v--;
  const verb = tokens[v];
  if (!verb?.word || !['is', 'was'].includes(lower(verb))) return '';
  const after = tokens[last + 1];
  if (after && !['.', ',', ';'].includes(after.text)) return '';
  let h = v - 1;
  if (tokens[h]?.word && INVERTED_ADVERBS.has(lower(tokens[h]!))) h--;
  // "The officer leading the inquiry is …": a participle's phrase after the post, before the
  // verb, is part of the role.
  let end: Token | undefined;
  for (let j = v - 1; j > 0 && j >= v - 6; j--) {
    const t = tokens[j]!;
    if (!t.word) break;
    if (/ing$/.test(lower(t)) && !t.cap && tokens[j - 1]?.word && isPersonNoun(tokens[j - 1]!.text)) {
      h = j - 1;
      end = tokens[v - 1];
      break;
    }
  }
  // "at Harrow & Lyle", "of the Hallam Trust": a prepositional phrase naming where the post is.
  let k = h;
  while (k >= 0 && k > h - 6 && (tokens[k]!.cap || tokens[k]!.text === '&' || (tokens[k]!.word && lower(tokens[k]!) === 'the'))) k--;
  if (k < h && tokens[k]?.word && CONNECTORS.has(lower(tokens[k]!))) h = k - 1;
  const head = tokens[h];
  if (!head?.word || head.cap || !isPersonNoun(head.text) || WEAK_ROLE_WORDS.has(lower(head))) return '';
  // Modifiers back to the opener: at most three words, none a verb.
  let s = h;
  while (s - 1 >= 0 && h - s < 3 && tokens[s - 1]!.word && !INVERTED_OPENERS.has(tokens[s - 1]!.text.toLowerCase()) && !/['’]s?$/.test(tokens[s - 1]!.text) && !isVerb(lower(tokens[s - 1]!)) && !isFunctionWord(lower(tokens[s - 1]!))) s--;
  const opener = tokens[s - 1];
  if (!opener?.word) return '';
  const possessive = /['’]s?$/.test(opener.text);
  if (!INVERTED_OPENERS.has(opener.text.toLowerCase()) && !possessive) return '';
  // Not "Among those who will train the new recruits is Kathleen Doherty": a phrase that is a
  // verb's object is what others do something to, not a group the one named belongs to.
  const beforeOpener = tokens[s - 2];
  if (beforeOpener?.word && !beforeOpener.cap && isVerb(lower(beforeOpener)) && !isPersonNoun(beforeOpener.text)) return '';
  return text.slice(tokens[possessive ? s - 1 : s]!.start, (end ?? head).end).trim();
}

/**
 * A role given by an appointment whose object the person is (appointed-as, a predicate reading):
 * "Norvale appoints Isabel Lund as Chief Financial Officer", "the appointment of Isabel Lund as
 * Chief Financial Officer and a member of the Board", "the club named Tom Reed as manager". The
 * name, at `first`…`last`, stands right after a word of appointing (or after "of" following one),
 * and "as" right after the name. A capitalised title is read whole; else the role is read as a
 * predicate's is.
 */
export function appointedRole(text: string, tokens: Token[], first: number, last: number): string {
  if (!tokens[last + 1]?.word || lower(tokens[last + 1]!) !== 'as') return '';
  const prev = tokens[first - 1];
  const appointing = (t: Token | undefined) => !!t?.word && APPOINTING_WORDS.has(lower(t));
  if (!(appointing(prev) || (prev?.word && lower(prev) === 'of' && appointing(tokens[first - 2])) || appointedInList(tokens, first))) return '';
  let i = last + 2;
  if (tokens[i]?.word && ARTICLES.has(lower(tokens[i]!))) i++;
  // "as Chief Financial Officer": a run of capitalised words that ends on a word for a person's post.
  let k = i;
  while (k < tokens.length && k - i < 6 && tokens[k]!.word && tokens[k]!.cap) k++;
  if (k > i && isPersonNoun(tokens[k - 1]!.text)) return text.slice(tokens[i]!.start, tokens[k - 1]!.end).trim();
  return phraseRole(text, tokens, last + 1);
}

/**
 * "Also elected to the board were Joyce Ayo as vice-chairperson, Ismail Saning'o as secretary and
 * Daudi Lukumay as a committee member": a name that opens the sentence's list of those appointed
 * (after "were" or "are" that follows a word of appointing) or continues it (after a comma or
 * "and" that closes an earlier "Name as role").
 */
function appointedInList(tokens: Token[], first: number): boolean {
  const start = sentenceStartAt(tokens, first);
  const be = tokens.findIndex((t, i) => i >= start && i < first && t.word && ['were', 'are'].includes(lower(t)));
  if (be < 0 || !tokens.slice(start, be).some((t) => t.word && APPOINTING_WORDS.has(lower(t)))) return false;
  // Each item between "were" and the name is "Name as role", closed by a comma or "and".
  let hasAs = false;
  for (let i = be + 1; i < first; i++) {
    const t = tokens[i]!;
    if (t.text === ',' || (t.word && lower(t) === 'and')) {
      if (!hasAs) return false;
      hasAs = false;
    } else if (t.word && lower(t) === 'as') hasAs = true;
    else if (!t.word && /^[.;:!?]$/.test(t.text)) return false;
  }
  return !hasAs;
}

/**
 * "an outstanding candidate", "a brilliant engineer", "a superb partner": an adjective before the
 * noun praises, and what follows is no title; a title's own modifiers ("foreign", "managing") and
 * demonyms ("Iranian") are no such adjectives.
 */
function isPraise(t: Token): boolean {
  const w = lower(t);
  return t.word && !t.cap && !isPersonNoun(t.text) && tagsOf(w).includes('Adjective') && !TITLE_MODIFIERS.has(w) && !FUNCTION_MODIFIERS.has(w) && !isDemonym(t.text);
}

/** The pronoun that stands for a person of each gender at the start of a sentence. */
const SUBJECT_PRONOUNS = lookupTable<'m' | 'f'>({ he: 'm', she: 'f' });

/**
 * A role the next sentence states with a pronoun standing for the person: "Ali Vaez spoke for an
 * hour. He is, of course, the Iranian foreign minister." Only when the person, named at `first`…
 * `last`, is the one person named in their sentence and the pronoun fits their gender (when known),
 * so the he or she can stand for no one else.
 */
export function pronounRole(text: string, tokens: Token[], first: number, last: number, nameTokens: Set<number>, gender: 'm' | 'f' | undefined): string {
  const next = nextSentenceStart(tokens, first, last, nameTokens);
  if (next < 0) return '';
  if (lower(tokens[next]!) === 'the') return describedAs(text, tokens, next + 1, nameTokens);
  const at = pronounAt(tokens, next, nameTokens, gender);
  return at < 0 ? '' : predicateRole(text, tokens, at);
}

/**
 * A unit the next sentence puts in the person's charge with a pronoun standing for them, as
 * pronounRole reads them: "Dr Patricio Rivas was at the meeting. He has headed the hospital's
 * cardiology service since 2021."
 */
export function pronounInChargeRole(text: string, tokens: Token[], first: number, last: number, nameTokens: Set<number>, gender: 'm' | 'f' | undefined): string {
  const next = nextSentenceStart(tokens, first, last, nameTokens);
  const at = next < 0 ? -1 : pronounAt(tokens, next, nameTokens, gender);
  return at < 0 ? '' : inChargeAt(text, tokens, at + 1);
}

/** The first token of the sentence after the one naming the person at `first`…`last`, or -1 when there is none or that sentence names someone else too. */
function nextSentenceStart(tokens: Token[], first: number, last: number, nameTokens: Set<number>): number {
  const start = sentenceStartAt(tokens, first);
  // Not a sentence inside a quotation in the person's own ('Ana Popa said the county had been
  // "waiting a long time." She has chaired …'); a quotation that opens a sentence of its own is one.
  let quoted = false;
  let next = last + 1;
  for (; next < tokens.length && (quoted || !tokens[next]!.sentenceStart); next++) {
    const t = tokens[next]!.text;
    const opens = t === '“' || (t === '"' && !quoted);
    if (opens && /^[.!?]$/.test(tokens[next - 1]?.text ?? '')) {
      next++;
      break;
    }
    if (t === '“') quoted = true;
    else if (t === '”') quoted = false;
    else if (t === '"') quoted = !quoted;
  }
  if (next >= tokens.length) return -1;
  for (let i = start; i < next; i++) if (nameTokens.has(i) && (i < first || i > last)) return -1;
  return next;
}

/**
 * The he or she opening the sentence from token `next` (after a short opening phrase of time:
 * "Sixty years later she is the president of …", "Today, he is …"), when it fits the person's
 * gender; -1 otherwise.
 */
function pronounAt(tokens: Token[], next: number, nameTokens: Set<number>, gender: 'm' | 'f' | undefined): number {
  let at = next;
  while (at < next + FRONTED_TIME_WORDS && at < tokens.length && !SUBJECT_PRONOUNS[lower(tokens[at]!)] && (tokens[at]!.text === ',' || (tokens[at]!.word && !nameTokens.has(at) && !isVerb(lower(tokens[at]!)) && (at > next || !tokens[at]!.cap || /^\p{Lu}\p{Ll}+$/u.test(tokens[at]!.text))))) at++;
  const pronoun = SUBJECT_PRONOUNS[lower(tokens[at] ?? tokens[next]!)];
  if (!pronoun || (gender && gender !== pronoun)) return -1;
  if (at > next && !tokens.slice(next, at).some((t) => t.word && TIME_WORDS.test(lower(t)))) return -1;
  return at;
}

/** The most words of an opening phrase of time before a sentence's he or she ("Sixty years later"). */
const FRONTED_TIME_WORDS = 5;
/** Words that make such a phrase one of time. */
const TIME_WORDS = /^(?:today|now|later|earlier|since|these|days|years?|decades?|months?|weeks?|then|afterwards|nowadays|currently|still)$/;

/**
 * next-description: "The match belongs to Anand Pillai. The Mercia opener, who began the season
 * …": a sentence that opens on "The" and a short noun phrase naming a post, right after the one
 * person named in the sentence before, describes that person. Read from token `i` (after "The"):
 * at most four words, no name among them, the last a word for a person's post, then a comma or a
 * verb.
 */
function describedAs(text: string, tokens: Token[], i: number, nameTokens: Set<number>): string {
  // "The 71-year-old retired teacher": the age says who, not what; "retired" qualifies the post.
  if (tokens[i]?.word && AGE_WORD.test(tokens[i]!.text)) i++;
  let head = -1;
  for (let k = i; k < tokens.length && k - i < 4; k++) {
    const t = tokens[k]!;
    if (!t.word || nameTokens.has(k)) break;
    const w = lower(t);
    if (isPersonNoun(t.text) && !WEAK_ROLE_WORDS.has(w)) head = k;
    else if (head >= 0 || ((isVerb(w) || isFunctionWord(w) || isPraise(t)) && !TITLE_MODIFIERS.has(w))) break;
  }
  // "The parents are also accused …": a plural is a group, no one person's post.
  if (head < 0 || isPluralNoun(tokens[head]!.text)) return '';
  const after = tokens[head + 1];
  // ("The 52-year-old auctioneer with Central Leaf Auctions can sell …": whom the post is with,
  // named, may follow the post.)
  // (Only when a verb follows that name: not "The Minister for Culture, Communications and Sport,
  // Pádraig Whelan, is expected", where the post is set beside its own holder's name.)
  let named = head + 2;
  while (tokens[named]?.word && (tokens[named]!.cap || ['of', 'and'].includes(lower(tokens[named]!))) && !nameTokens.has(named)) named++;
  const verbAfter = !!tokens[named]?.word && !tokens[named]!.cap && (AUXILIARIES.has(lower(tokens[named]!)) || isVerb(lower(tokens[named]!)));
  const employer = !!after?.word && APPOSITIVE_LINKS.has(lower(after)) && !!tokens[head + 2]?.cap && named > head + 2 && verbAfter;
  if (!after || !(after.text === ',' || (after.word && !after.cap && isVerb(lower(after))) || employer)) return '';
  // "… with Wilson Andrés Patiño. The team's sporting director, Gustavo Henao Cifuentes, said":
  // a name set beside the description is whom it describes.
  if (after.text === ',' && (nameTokens.has(head + 2) || (tokens[head + 2]?.word && tokens[head + 2]!.cap))) return '';
  return text.slice(tokens[i]!.start, tokens[head]!.end).trim();
}

/**
 * The side a barrister speaks for, in the British court-report style that opens a sentence on it:
 * "Defending, Leonora Hill said…", "Prosecuting, Ian Webb told…", "Defending Stelios Andreou,
 * Kenneth Obuya KC said…" (court-side reading; the words and roles are `courtSides` in
 * data/titles.json). Only when the name follows the comma that closes that opening.
 */
export function courtSide(tokens: Token[], name: number, last = name): string {
  // (Courtesy titles before the name stand inside: "For the defence, Me Antoine Decroix asked".)
  let first = name;
  while (tokens[first - 1]?.word && isHonorificAsWritten(tokens[first - 1]!.text)) first--;
  // "Amir Qureshi, prosecuting, said …": the side set off by commas right after the name.
  const side = tokens[last + 2];
  if (tokens[last + 1]?.text === ',' && side?.word && !side.cap && [',', '.'].includes(tokens[last + 3]?.text ?? '') && COURT_SIDES.has(lower(side))) return COURT_SIDES.get(lower(side))!;
  if (tokens[first - 1]?.text !== ',') return '';
  // "Opening for the prosecution, Sherzod Alimov said …", "For the defence, Jane Okafor told …".
  const noun = tokens[first - 2];
  if (noun?.word && COURT_SIDE_NOUNS.has(lower(noun)) && wordsAt(tokens, first - 4, ['for', 'the'])) {
    const opens = tokens[first - 4]!.sentenceStart || (!!tokens[first - 5]?.sentenceStart && COURT_SIDE_OPENERS.has(lower(tokens[first - 5]!)));
    return opens ? COURT_SIDE_NOUNS.get(lower(noun))! : '';
  }
  let s = first - 2;
  while (s >= 0 && tokens[s]!.word && tokens[s]!.cap && !tokens[s]!.sentenceStart) s--; // the client's name
  const opener = tokens[s];
  if (!opener?.word || !opener.sentenceStart) return '';
  return COURT_SIDES.get(lower(opener)) ?? '';
}
