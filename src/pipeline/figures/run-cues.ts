/**
 * Cues from the words around a run of capitals that say it names a body, a place, a team or a
 * post rather than a person: "Harbour Rovers coach Ali Tan" (the run before a lower-case title),
 * "the patient support group Donegal Cancer Care Action" (a word for a body before it), "Torino
 * Mobilità Urbana (TMU)" (its own initials after it). Each cue is a named predicate with its
 * weight, read in order by `weighContext`; findNames (names.ts) adds the weights to the run's
 * score and the names to the rules `npm run explain` shows.
 */
import type { Token } from './tokens.ts';
import {
  CURRENCY_SIGNS,
  HONOUR_PHRASES,
  NAME_PARTICLES,
  ORG_NOUNS,
  LOWER_PLACE_GENERICS,
  RELATION_WORDS,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isForeignOrgWord,
  isForeignPlaceWord,
  isGivenName,
  isHonorific,
  isKnownPerson,
  isOrgWord,
  isPersonNoun,
  isPlainNoun,
  isPlainVocabulary,
  isPluralNoun,
  isRoleWord,
  isSurname,
  isVerb,
} from './lexicon.ts';
import { isPossessive, stripPossessive, wordsAt } from './tokens.ts';

/** One run of capitals as findNames has trimmed it. */
export interface CapitalRun {
  /** The paragraph's tokens. */
  tokens: Token[];
  /** Where the run of capitals starts, before any title or place word was set aside. */
  a: number;
  /** The name's first and last tokens once trimmed. */
  first: number;
  last: number;
  /** The name's words, possessive removed. */
  ws: string[];
  /** A title or role stands before or inside the run. */
  titled: boolean;
}

/** A cue against a run being a person's name: its rule name, the weight it adds, and when it holds (given the cues that held before it). */
interface ContextCue {
  name: string;
  weight: number;
  holds(run: CapitalRun, held: ReadonlySet<string>): boolean;
}

/** The most capitalised words after "and" read as the rest of a body's name (and-body). */
const MAX_BODY_WORDS = 12;

/** Possessive determiners, before a describing word and a name ("his official …"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words before a name that, with a title after it, make the name the title's modifier ("the … TD", "one … backbencher"). */
const TITLE_ARTICLES = new Set(['the', 'a', 'an', 'one', 'another', 'every', 'each']);

/** The rule a generic word of a foreign place's or organisation's name names ("Plaza", "Atlético"), if it is one. */
export function foreignGenericRule(w: string): 'foreign-place-word' | 'foreign-org-word' | undefined {
  return isForeignPlaceWord(w) ? 'foreign-place-word' : isForeignOrgWord(w) ? 'foreign-org-word' : undefined;
}

/** Is the name of words `ws`, ending at token `last`, followed by its initials in brackets ("(TMU)")? */
function initialsAfter(tokens: Token[], last: number, ws: string[]): boolean {
  const acronym = tokens[last + 2];
  if (tokens[last + 1]?.text !== '(' || tokens[last + 3]?.text !== ')' || !acronym?.word || !/^\p{Lu}{2,}$/u.test(acronym.text)) return false;
  const initials = ws.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length > 1 && initials === acronym.text;
}

/** A lower-case title and then a capitalised word right after the run ("… coach Ali", "… engineer Ryan"). */
const titleAndNameAfter = ({ tokens, last }: CapitalRun) => {
  const [after1, after2] = [tokens[last + 1], tokens[last + 2]];
  return !!after1?.word && !after1.cap && isRoleWord(after1.text) && !!after2?.word && after2.cap;
};

/** The run's last word is the plural of an everyday noun, no family name ("Eagles", "Rovers"). */
const everydayPluralTail = (ws: string[], plural: RegExp) => {
  const tail = ws.at(-1)!;
  return plural.test(tail) && !isSurname(tail) && (isCommonWord(tail.slice(0, -1).toLowerCase()) || isPlainVocabulary(tail.slice(0, -1).toLowerCase()));
};

const opensOnGivenName = (ws: string[]) => isGivenName(ws[0]!) || isFirstName(ws[0]!);

/** The cues, in the order they are read (later ones may ask whether `title-modifier` held). */
const CONTEXT_CUES: readonly ContextCue[] = [
  // initials-after: "Torino Mobilità Urbana (TMU)": a name followed by its own initials in
  // brackets is a body's. A person's ("John Fitzgerald Kennedy (JFK)") opens on a given name.
  {
    name: 'initials-after',
    weight: -10,
    holds: ({ tokens, a, last, ws }) => (initialsAfter(tokens, last, ws) || initialsAfter(tokens, last, tokens.slice(a, last + 1).map((t) => t.text))) && !opensOnGivenName(ws),
  },
  // named-after: "the Centre Tola Vologe", "Hospital Carlos van Buren": a name right after the
  // capitalised generic word of a place's or body's name is what that place is named after.
  // Not a title's last word ("Minister of Education Stefania Giannini") nor initials ("for the
  // ACT Lauren Pattison"): the generic word opens its run of capitals and is written as a word.
  // Nor a title's list ("Vice Minister of Trade, Industry and Energy Park Sang-min"): no
  // capitalised title in the few words before.
  {
    name: 'named-after',
    weight: -10,
    holds: ({ tokens, first }) => {
      const generic = tokens[first - 1];
      const beforeGeneric = tokens[first - 2];
      const titleNear = tokens.slice(Math.max(0, first - 8), first - 1).some((t) => t.word && t.cap && isRoleWord(t.text));
      const opensRun = !titleNear && (!beforeGeneric?.word || (!beforeGeneric.cap && beforeGeneric.text.toLowerCase() !== 'of'));
      return !!generic?.word && /^\p{Lu}\p{Ll}/u.test(generic.text) && !generic.sentenceStart && opensRun && !isRoleWord(generic.text) && !isHonorific(generic.text) && (isOrgWord(generic.text) || !!foreignGenericRule(generic.text.toLowerCase()));
    },
  },
  // honoured-name: "the Kyrgyz National Museum of Fine Arts named after Gapar Aitiev": a name
  // right after "named after" (or "for", "in honour of"; name-cues.json honourPhrases) following an
  // institution's capitalised name is whom the institution honours, not someone in the story.
  {
    name: 'honoured-name',
    weight: -10,
    holds: ({ tokens, first }) =>
      HONOUR_PHRASES.some((ws) => {
        const at = first - ws.length;
        return at > 0 && wordsAt(tokens, at, ws) && !!tokens[at - 1]?.word && tokens[at - 1]!.cap;
      }),
  },
  // lower-place-generic: "plac Wszystkich Świętych", "os. Złotego Wieku", "im. Ronalda Reagana":
  // a run right after a generic word that the language writes in lower case (an abbreviation
  // with its full stop; a word of two letters only so) names the place or whom it honours.
  {
    name: 'lower-place-generic',
    weight: -10,
    holds: ({ tokens, first }) => {
      const generic = tokens[first - 1];
      const beforeGeneric = tokens[first - 2];
      const dotted = generic?.text === '.' && beforeGeneric?.word ? beforeGeneric : undefined;
      const lowerGeneric = dotted ?? (generic?.word && generic.text.length > 2 ? generic : undefined);
      return !!lowerGeneric && !lowerGeneric.cap && LOWER_PLACE_GENERICS.has(lowerGeneric.text);
    },
  },
  // title-modifier: "independent Tasmanian senator Bronwyn Tate", "Arsenal manager Mikel Arteta":
  // one word before a lower-case title that a name follows says what kind of holder; it is no
  // one's name — unless a family name ("Trump adviser Stephen Miller").
  // Nor a name between an article and a title: "the Dublin Fingal West TD said", "one Fianna
  // Fáil backbencher" (a person's name is not set so; "a Jane Austen fan" is rare).
  // "the Estrella coach said": one capitalised word between "the" and a lower-case title
  // modifies it, even a word that is also a given name (a club, a town, a firm).
  {
    name: 'title-modifier',
    weight: -10,
    holds: (run) => {
      const { tokens, a, first, last, ws } = run;
      const after1 = tokens[last + 1];
      const article = tokens[Math.min(first, a) - 1];
      const betweenArticleAndTitle = !!article?.word && TITLE_ARTICLES.has(article.text.toLowerCase()) && !!after1?.word && isRoleWord(after1.text) && !isKnownPerson(ws.join(' '));
      const givenNameModifier = ws.length === 1 && article?.text.toLowerCase() === 'the' && first === a && !after1?.cap;
      return (
        (ws.length === 1 && titleAndNameAfter(run) && !isSurname(ws[0]!) && !isKnownPerson(ws[0]!) && !isGivenName(ws[0]!)) ||
        (betweenArticleAndTitle && (!isGivenName(ws[0]!) || givenNameModifier))
      );
    },
  },
  // team-before-title: "Ashmont Eagles president Greg Maher", "Harbour Rovers coach …": a name
  // whose last word is the plural of an everyday noun, before a lower-case title and a name, is
  // the team or club the title belongs to.
  {
    name: 'team-before-title',
    weight: -10,
    holds: (run, held) => !held.has('title-modifier') && run.ws.length > 1 && everydayPluralTail(run.ws, /[^s]s$/) && titleAndNameAfter(run),
  },
  // plural-tail: "Kumasi Royal Eagles condemned the violence", "Royal Eagles": a run of two or
  // more words that ends on the plural of an everyday noun (no family name the lexicon knows),
  // with no given name first, names a team, a band or a group — the article or not.
  {
    name: 'plural-tail',
    weight: -3,
    holds: ({ ws, titled }, held) => {
      // (the plain-vocabulary stem is read as written here, capital and all, as it always was)
      const tail = ws.at(-1)!;
      // A stem that is a first name too counts ("Deido Lions", "Chicago Bears"): a person's name
      // does not take the plural.
      const stem = tail.slice(0, -1);
      return !held.has('title-modifier') && ws.length > 1 && /[^s'’]s$/.test(tail) && !tail.includes('-') && !isSurname(tail) && (isCommonWord(stem) || isPlainVocabulary(stem.toLowerCase()) || (isFirstName(stem.toLowerCase()) && isEnglishWord(stem.toLowerCase()))) && !opensOnGivenName(ws) && !titled;
    },
  },
  // title-run: "a letter to the Chief Land Registrar", "told the Coroner": a run after "the"
  // that ends on a noun for one person, with no given name or courtesy title in it, is a post's
  // title, not a name ("the Rev Ann Baker" has both).
  {
    name: 'title-run',
    weight: -10,
    holds: ({ tokens, a, last, ws }) => {
      const tail = ws.at(-1)!;
      const run = tokens.slice(a, last + 1).filter((t) => t.word).map((t) => stripPossessive(t.text));
      return tokens[a - 1]?.text.toLowerCase() === 'the' && isPersonNoun(tail) && !isPluralNoun(tail) && !run.some((w) => isGivenName(w) || isHonorific(w));
    },
  },
  // modifier-run: "Royal Navy engineer Ryan Doyle", "Harbour Rovers coach Ali Tan": a run of two
  // or more words before a lower-case title that a name follows says whose title it is, as one
  // word does (title-modifier above) — unless it is someone's name itself ("Boris Johnson aide
  // Dominic Cummings": a given name first, or a person the lexicon knows).
  {
    name: 'modifier-run',
    weight: -10,
    holds: (run, held) => !held.has('title-modifier') && run.ws.length > 1 && titleAndNameAfter(run) && !isGivenName(run.ws[0]!) && !isKnownPerson(run.ws.join(' ')),
  },
  // body-noun-before: "the patient support group Donegal Cancer Care Action", "the development
  // squad Gurelur Bizkaia": a lower-case word for a kind of body right before the run says the run
  // names one (data/name-cues.json `orgNouns`; not a word for a person or a trade, "the producer
  // Jane Doe", "the jute manufacturer Sir James Caird", nor before a title).
  {
    name: 'body-noun-before',
    weight: -10,
    holds: ({ tokens, a, ws }) => {
      const kindBefore = tokens[a - 1];
      const opening = tokens[a]!.text;
      return !!kindBefore?.word && !kindBefore.cap && ORG_NOUNS.has(kindBefore.text.toLowerCase()) && !isPersonNoun(kindBefore.text) && !/(?:er|or|ist)$/.test(kindBefore.text) && !isGivenName(opening) && !isHonorific(opening) && !isRoleWord(opening) && !isKnownPerson(ws.join(' '));
    },
  },
  // title-owned: "the Queen's Park Savannah", "the King's Head", "the Bishop's Palace": a run right
  // after "the" and a title in the possessive is what the title's holder owns or a place named so,
  // not a person that title is given to — unless a title of the run's own comes first ("the
  // Queen's Private Secretary Edward Young").
  {
    name: 'title-owned',
    weight: -10,
    holds: ({ tokens, a, last }) => {
      const owner = tokens[a - 1];
      return !!owner?.word && isPossessive(owner.text) && isRoleWord(stripPossessive(owner.text)) && tokens[a - 2]?.text.toLowerCase() === 'the' && !tokens.slice(a, last + 1).some((t) => t.word && isRoleWord(t.text));
    },
  },
  // owned-thing: "on his official Facebook page", "her official Snapchat page": one word between
  // a possessive and its describing word before it and a lower-case noun after it names a brand or
  // a thing the noun is of, not a person the describing word titles ("his brother Tom said": a
  // relation, and a verb after).
  {
    name: 'owned-thing',
    weight: -10,
    holds: ({ tokens, a, first, last, ws }) => {
      const [describing, owner, next] = [tokens[a - 1], tokens[a - 2], tokens[last + 1]];
      return (
        ws.length === 1 && first === a && !!describing?.word && !describing.cap && !RELATION_WORDS.has(describing.text.toLowerCase()) &&
        !!owner?.word && POSSESSIVE_DETERMINERS.has(owner.text.toLowerCase()) && !!next?.word && !next.cap && isPlainNoun(next.text) && !isVerb(next.text)
      );
    },
  },
  // currency-sign: "I pay a cutter Rs 1,800 a day": a currency's sign before an amount names no one.
  {
    name: 'currency-sign',
    weight: -10,
    holds: ({ tokens, last, ws }) => ws.length === 1 && CURRENCY_SIGNS.has(ws[0]!.toLowerCase()) && /^\d/.test(tokens[last + 1]?.text ?? ''),
  },
  // and-body: "the Foyle and Sperrin Health and Social Care Trust": a run with no given name first,
  // followed by "and" and capitals ending on a body's word, is the first half of that body's name.
  {
    name: 'and-body',
    weight: -10,
    holds: ({ tokens, last, ws }) => {
      if (tokens[last + 1]?.text !== 'and' || opensOnGivenName(ws)) return false;
      // (A name's worth of capitals at most: a hostile run of thousands costs no time per word.)
      let k = last + 2;
      while (k < last + 2 + MAX_BODY_WORDS && tokens[k]?.word && tokens[k]!.cap) k++;
      return k > last + 2 && isOrgWord(tokens[k - 1]!.text);
    },
  },
  // particle-opening: "Tour de l'Avenir", "Alto de Ocaidó": a name left opening on a lower-case
  // particle once an everyday word before it was set aside is the rest of a thing's or a place's
  // name; a person's keeps the given name or title before the particle ("Charles de Gaulle",
  // "President de Klerk").
  {
    name: 'particle-opening',
    weight: -10,
    holds: ({ tokens, a, first, titled }) => first > a && !titled && !tokens[first]!.cap && NAME_PARTICLES.has(tokens[first]!.text.toLowerCase()) && !tokens.slice(a, first).some((t) => t.word && (isGivenName(t.text) || isFirstName(t.text))),
  },
];

/** The weight the context cues that hold for `run` add to its score, and their names in the order they were read. */
export function weighContext(run: CapitalRun): { weight: number; rules: string[] } {
  const held = new Set<string>();
  let weight = 0;
  for (const cue of CONTEXT_CUES) {
    if (!cue.holds(run, held)) continue;
    held.add(cue.name);
    weight += cue.weight;
  }
  return { weight, rules: [...held] };
}
