/**
 * Who said each direct quote: a speech verb with its speaker right after the quote ("…," Lavrov
 * said / said Ambassador Mohib), or before it (Putin said: "…"; X, in remarks to TV, said "…");
 * he/she resolved to the nearest person of that gender; a quote with no cue of its own continues
 * the previous speaker, or belongs to the person a paragraph reports as speaking.
 */
import { AGE_WORD } from './ages.ts';
import { capitalRunEnd, capitalRunStart, endsSentence, isPossessive, isTitleStop, pastAside, stripPossessive, wordsAt, type Token } from './tokens.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { CONTINUING_VERBS, TITLE_ACRONYMS, AGE_NOUNS, BODY_SUBJECTS, UNNAMED_SOURCE_NOUNS, ARTICLES, RELATION_WORDS, DOCUMENT_NOUNS, OBJECT_SENSE_VERBS, OBJECT_VERBS, PLACE_PREPOSITIONS, WRITING_VERBS, SHORT_PHRASE_PREPOSITIONS, INTERVIEWER_SUBJECTS, QUESTION_VERBS, REMARK_PHRASES, REPLY_PHRASES, REVEAL_DESCRIPTION_WORDS, REVEAL_TIME_WORDS, SPEAKER_REVEALS_BY_FIRST, REVEAL_NAME_NEXT, REVEAL_NOUNS, SAYS_NO_MORE, ANSWER_VERBS, SPEECH_PARTICIPLES, HONORIFICS, GIVEN_NAME_HONORIFICS, ORG_NOUNS, PRONOUNS, SPEECH_VERBS, isFunctionWord, isCommonWord, isPlainVocabulary, isOrgWord, isPlaceName, isPersonNoun, isPlainNoun, isPluralNoun, isRoleWord, isVerb, relationGender } from './lexicon.ts';
import { lowerBound } from '../lower-bound.ts';

/** Words before a document noun that make it a particular text ("the letter", "her statement"). */
const ARTICLE_OR_OWNER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that']);
/** Prepositions that put a name inside a phrase, not in the subject ("the letter to Ms Porter"). */
const PREPOSITIONS = new Set(['to', 'from', 'for', 'about', 'by', 'of', 'on', 'against', 'with']);
/** Dashes that set off an aside ("X — the founder's grandson — said"). */
const DASHES = new Set(['—', '–']);

/** The article as attribution needs it. */
export interface AttributionInput {
  paragraphs: string[];
  /** Whether a subheading stands right before each paragraph: no speaker goes on across one. */
  afterHeading?: readonly boolean[];
  tokens: Token[][];
  /** Per paragraph: token index → person id, for names outside quotes. */
  people: Map<number, number>[];
  /** Per paragraph: token index → person id, for names inside quotes ("You signed it, Mrs Kolářová."). */
  quotedPeople?: Map<number, number>[];
  /** Gender of each person id, when known from the given name. */
  gender: (id: number) => 'm' | 'f' | undefined;
  /** Person ids whose stated role contains the word ("spokeswoman" → Zakharova). */
  byRoleWord: (word: string) => number | undefined;
  /**
   * The one holder of a role noun whose role or title has every word before it too ("Prime
   * Minister" of the Prime Minister and the Minister of Climate Change), or undefined.
   */
  byRolePhrase?: (words: readonly string[]) => number | undefined;
  /** Everyone whose role holds this word ("minister" → the finance minister and the prime minister). */
  roleHolders?: (word: string) => readonly number[];
  /** The one person introduced by this family relation ("His mother, Patience Obi" → mother), if only one is. */
  byRelation?: (word: string) => number | undefined;
  /**
   * The one person a relation names only through its inverse ("her father" of Keith, whose
   * daughter Jenna was introduced as his): read where a pronoun is resolved to a relative named just
   * before it, and for "her mother said" right before its verb of speech; never for a relation noun
   * further back in a sentence.
   */
  byInverseRelation?: (word: string) => number | undefined;
  /**
   * Everyone a relation word names, as introduced ("his mother, Patience Obi") or through its
   * inverse ("her father" of Keith, whose daughter Jenna was introduced as his): whom a quote's
   * "my mother" speaks of, so not its speaker.
   */
  kinOf?: (word: string) => readonly number[];
  /** The one person given the nationality this noun names ("dutchman" → the Dutch player), if only one is. */
  byNationality?: (word: string) => number | undefined;
  /** The one person of the story given this age ("Tom Varga, 33,"), for "said the 33-year-old" (age-speaker). */
  byAge?: (age: number) => number | undefined;
  /** The one person of the story given an age from `low` to `high` ("said the teenager"; age-noun), if only one is. */
  byAgeRange?: (low: number, high: number) => number | undefined;
  /** Does the story give anyone this age? ("said the 17-year-old" of someone whose age it never stated). */
  ageGiven?: (age: number) => boolean;
  spans: QuoteSpan[];
  /**
   * The person whose own words the text is from paragraph `from` on (a speech's printed text):
   * they say "I" there, so a he or she there never stands for them (speech-narrator).
   */
  narrator?: { id: number; from: number };
  /**
   * The speaker of each paragraph that is a labelled turn ("Jarrah: Dad rang me on the boat. He
   * said, "…""): they say "I" in it, so a he or she there never stands for them (turn-speaker).
   */
  turnSpeakers?: ReadonlyMap<number, number>;
  /** Per paragraph and token: is the token inside a direct quote? */
  quoted: Uint8Array[];
}

/**
 * How a quote's speaker was found, strongest evidence first: a speech verb after the quote naming
 * the speaker (`after`) or a pronoun (`after-pronoun`); a speech verb before it in the same
 * sentence (`before`); a colon after a sentence that names someone (`colon`); the previous quote's
 * speaker going on (`continued`); a speech verb somewhere earlier in the paragraph (`paragraph`);
 * the nearest person named before the quote with no speech cue at all (`nearest`). A transcript's
 * turns are their labelled speaker's (`label`), the interviewee's after "A:" (`label-answer`), or
 * the byline's after "Q:" in a Q&A (`label-question`; see speaker-labels.ts). A speech's printed
 * text, from its opening salutation, is the one its headline names as giving it (`speech-opening`).
 * A written text that speaks (`"…," it begins`, `"…," the letter said`) is its author's when the
 * paragraph introduced it as "by" or "from" someone (`document-author`).
 */
export type SpeakerCue =
  | 'after'
  | 'after-pronoun'
  | 'before'
  | 'before-pronoun'
  | 'colon'
  | 'continued'
  | 'paragraph'
  | 'nearest'
  | 'label'
  | 'label-answer'
  | 'label-question'
  | 'speech-opening'
  | 'document-author'
  | 'pronoun-contested'
  | 'qa-answer'
  | 'reveal'
  | 'introduced-next'
  | 'reported-before';

/** A quote with its speaker (a person id) and the cue that named them. */
export interface AttributedQuote {
  speaker: number;
  text: string;
  paragraph: number;
  cue: SpeakerCue;
  /** Named rules that decided the speaker beyond the cue ("pronoun-continues"), for `npm run explain`. */
  rules?: string[];
}

/**
 * A quote the article gives no one for sure: its cue names nobody ("one poster wrote", "the letter
 * said": `unnamed`), its speaker's name fits two people (`ambiguous`), or nothing names a speaker
 * (`none`). Kept so the briefing can show it as unattributed rather than lose it.
 */
export interface SpeakerlessQuote {
  text: string;
  paragraph: number;
  why: 'unnamed' | 'ambiguous' | 'none';
  /** Named rules that left it with no speaker ("pronoun-subject", "possessive-owner"). */
  rules?: string[];
}

/** Every quote of an article: those with a speaker, and those with none named for sure. */
export interface Attribution {
  quotes: AttributedQuote[];
  speakerless: SpeakerlessQuote[];
}

/**
 * The token before the titles and courtesy titles that stand right before token `i` ("… for Dr
 * Jones": the index of "for"); -1 when they open the paragraph.
 */
function beforeTitles(ts: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isTitlePart(ts[k]!)) k--;
  return k;
}

/** A token of the titles written before a name: a courtesy title, a capitalised role word, or an abbreviation's full stop. */
const isTitlePart = (t: Token) =>
  t.text === '.' || (t.word && t.cap && (HONORIFICS.has(t.text.toLowerCase()) || isRoleWord(t.text))) || (t.word && GIVEN_NAME_HONORIFICS.has(t.text.toLowerCase()) && !RELATION_WORDS.has(t.text.toLowerCase()));

/** A speech cue was found but names nobody ("one poster wrote"): the quote has no named speaker. */
const UNNAMED = -1;
/** Pronouns that stand as a verb's subject ("he wrote", "we said"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Words that open a noun phrase naming someone by what they are ("The minister", "A neighbour", "My grandfather"). */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an']);
/** Person nouns too loose to stand for a speaker on their own ("the first", "the other"). */
const WEAK_SPEAKER_NOUNS = new Set(['other', 'others', 'first', 'last', 'former', 'latter', 'one']);
/** Possessives that open such a phrase by a relation ("My grandfather", "Her mother"). */
const SUBJECT_POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
/** How far into a sentence its main subject may come after a fronted clause ("Asked whether …, the coach laughed"). */
/** The fewest times a story's subject is named outside quotes (storySubject in attributeQuotes). */
const SUBJECT_MIN_NAMED = 3;
const FRONTED_CLAUSE_WORDS = 14;

/** Most words of such a phrase before the pronoun ("By his own rough count he …": four). */
const SHORT_FRONTED_WORDS = 5;
/**
 * In `people`: a name that fits more than one person ("Price-Jones" of a father and a son). As a
 * speaker it names nobody for sure, so the quote is left out rather than guessed.
 */
export const AMBIGUOUS = -2;

interface Pos {
  paragraph: number;
  token: number;
}

const MIN_WORDS = 3;
/** A quote this short or shorter is speech only as a fragment of reported speech with a named speaker before it. */
const FRAGMENT_WORDS = 2;
/** Possessives that, after a name and a comma, open an appositive about someone's post (", her agent,"). */
const POSSESSIVE_OPENERS = new Set(['his', 'her', 'their', 'its']);
/** Words that open a relative clause after a comma (", who runs the bakery,"). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'which']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Auxiliaries before a speech verb ("had written", "has said"). */
const AUXILIARIES = new Set(['has', 'had', 'have']);
/** Words between a subject and its verb of speech: auxiliaries and modals ("had told", "would say"). */
const VERB_HELPERS = new Set([...AUXILIARIES, 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can']);
/** Words that open a second main clause after a comma ("…, but Pinheiro walked out"). */
const CLAUSE_JOINERS = new Set(['but', 'and', 'while', 'yet', 'whereas']);
/** "went on", "goes on": a speaker continuing (isSpeech). */
const GOING_ON = new Set(['went', 'goes', 'go', 'going']);
/** Verbs with which a written text "speaks" after its words: `"Dear Sir," it begins`. */
const TEXT_VERBS = new Set(['begins', 'began', 'reads', 'read', 'says', 'said', 'ends', 'ended', 'continues', 'continued', 'opens', 'opened', 'adds', 'added', 'concludes', 'concluded', 'goes', 'went']);
/** Words that join a second verb to the first one's subject ("… but said", "… and added"). */
const COORDINATORS = new Set(['but', 'and', 'then', 'yet']);
/** Cues that found a speaker by a verb of speech beside the quote. */
const SPEECH_VERB_CUES: ReadonlySet<SpeakerCue> = new Set(['after', 'after-pronoun', 'before', 'before-pronoun']);
/** A sentence's first word that opens a phrase fronted before its subject: a preposition of circumstance or a participle ("Under cross-examination by …", "Questioned by …"). */
const FRONTED_OPENER = /^(?:under|during|after|following|upon|in|on|at|before|\p{L}+ed)$/iu;
/** Cues that found the speaker through a he or she. */
const PRONOUN_CUES: ReadonlySet<SpeakerCue> = new Set(['after-pronoun', 'before-pronoun', 'pronoun-contested']);
/** Words that open a clause with a subject of its own ("… when Karimi-Nasab was on his feet"). */
const CLAUSE_OPENING_WORDS = new Set(['when', 'while', 'whereas', 'as', 'after', 'before', 'until', 'because', 'since', 'whereupon', 'although', 'though']);
/** Of those, the ones that open a clause set against or beside the main one, whose subject stays in the background. */
const BACKGROUND_CLAUSE_WORDS = new Set(['while', 'whereas', 'although', 'though', 'because']);
/** Words that may open a sentence before its subject pronoun ("But he told …", "Later, she …"). */
const SENTENCE_LINKS = new Set(['but', 'and', 'then', 'yet', 'later', 'so', 'also', 'still']);
/** Words that open a noun phrase: a subject noun's phrase reaches back no further. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one']);
/** Words after which a verb like "added" has a thing for object, not speech ("added 2,000 seats", "added a route"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'another', 'more', 'new', 'its', 'their', 'some']);
const isSpeech = (t: Token, next?: Token, after?: Token) => {
  const w = t.text.toLowerCase();
  if (w === 'according') return next?.text.toLowerCase() === 'to';
  // "…," Gumbo went on. / "He went on: "…"": going on with the words, not "went on holiday".
  if (GOING_ON.has(w) && next?.text.toLowerCase() === 'on') return !after || !after.word;
  if (OBJECT_SENSE_VERBS.has(w) && next?.word && (/^\d/.test(next.text) || OBJECT_OPENERS.has(next.text.toLowerCase()))) return false;
  return SPEECH_VERBS.has(w);
};

/**
 * Is token i of `ts` a verb of speech, not the noun of the same spelling after a determiner ("the
 * approvals bottleneck in the states", "her remarks")?
 */
// (Nor after a possessive: "Vella's claims against his client were "reckless"" is a noun.)
const speechVerbAt = (ts: Token[], i: number) => isSpeech(ts[i]!, ts[i + 1], ts[i + 2]) && !(ts[i - 1]?.word && (DETERMINERS.has(ts[i - 1]!.text.toLowerCase()) || /\p{L}['’]s$/u.test(ts[i - 1]!.text))) && !pluralObject(ts, i);

/**
 * Does the verb of speech at token `verb` open a quotation of its own: its object pronoun, if any,
 * then a comma or a colon and the opening mark ("He said, "…"", "I told him, "…"")?
 */
function opensQuoteAfterVerb(ts: Token[], verb: number): boolean {
  const o = /^(?:him|her|them|me|us)$/i.test(ts[verb + 1]?.text ?? '') ? verb + 2 : verb + 1;
  return /^[,:]$/.test(ts[o]?.text ?? '') && /^["“]$/.test(ts[o + 1]?.text ?? '');
}

/**
 * plural-object: "Mr Parmar had submitted claims …", "she rejected claims": a speech verb's -s form
 * right after the past form of another verb is a plural noun, that verb's object, and says nothing.
 */
const pluralObject = (ts: Token[], i: number) => {
  const prev = ts[i - 1];
  return /s$/i.test(ts[i]!.text) && !!prev?.word && !prev.cap && /ed$/.test(prev.text) && isVerb(prev.text);
};

/** Is token i a perfect tense of a verb of speech or writing ("had written", "has posted"; participles in speech-verbs.json)? */
const perfectWriting = (ts: Token[], i: number) => SPEECH_PARTICIPLES.has(ts[i]!.text.toLowerCase()) && /^(?:had|has|have)$/i.test(ts[i - 1]?.text ?? '');

/** "Cowboys and Indians", "Better Idea of Afghan Girls": a short title in quotes, not speech. */
function looksLikeTitle(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (ws.length > 6 || /[.!?,]$/.test(text)) return false;
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps * 3 >= ws.length * 2;
}

/** Index of the first token that starts at or after `offset` (tokens are in text order). */
function tokenAt(ts: Token[], offset: number): number {
  return lowerBound(ts, offset, (t) => t.start);
}

/** How far back (in tokens) a speaker is looked for; keeps huge paragraphs linear. */
const LOOK_BACK = 120;

/** Find the speaker of every quote. */
export function attributeQuotes(input: AttributionInput): Attribution {
  const { tokens, spans, quoted } = input;
  const boundary = (p: number, i: number) => endsSentence(tokens[p], i) && !quoted[p][i];

  /** Sentence number of each token, counted within its paragraph (quotes do not end sentences). */
  const sentenceOf = tokens.map((ts, p) => {
    let n = 0;
    return ts.map((_, i) => {
      const here = n;
      if (boundary(p, i)) n++;
      return here;
    });
  });
  /** The first token of the sentence that holds token i of paragraph p. */
  const sentenceStartOf = (p: number, i: number): number => {
    let start = i;
    while (start > 0 && sentenceOf[p]![start - 1] === sentenceOf[p]![i]) start--;
    return start;
  };
  let nameWords: Set<string> | undefined;
  /** The words of every run of capitals, anywhere in the article, that holds a person's mention ("Halina Dudek"). */
  const wordsOfNames = () => {
    if (nameWords) return nameWords;
    nameWords = new Set();
    for (const [q, ts] of tokens.entries()) {
      for (const i of input.people[q]!.keys()) {
        const a = capitalRunStart(ts, i);
        const b = capitalRunEnd(ts, i, true);
        for (let j = a; j <= b; j++) nameWords.add(stripPossessive(ts[j]!.text).toLowerCase());
      }
    }
    return nameWords;
  };
  let unnamedSpeakers: number[][] | undefined;
  /**
   * Per paragraph, the tokens (in order) of every capitalised word outside quotes that opens no
   * mention of a person and no run of capitals holding one, right before a verb of speech
   * ("Ndayisaba said", "Police said"). Pronouns and the words of found names are not. Collected
   * once per article, as the pronouns that ask are many.
   */
  const unnamedSpeakerTokens = (): number[][] => {
    if (unnamedSpeakers) return unnamedSpeakers;
    unnamedSpeakers = tokens.map((ts, q) => {
      const found: number[] = [];
      for (const [i, t] of ts.entries()) {
        if (!t.word || !t.cap || quoted[q]![i] || !/^(?:said|says|told|tells|added|adds)$/i.test(ts[i + 1]?.text ?? '')) continue;
        // A word that looks like a name: not a word of the language, a body's or a place's, nor
        // initials, nor after "the" ("the Blaze said": a publication).
        const w = t.text;
        if (isCommonWord(w) || isPlainVocabulary(w.toLowerCase()) || isOrgWord(w) || isPlaceName(w) || /^\p{Lu}{2,}$/u.test(w) || ts[i - 1]?.text.toLowerCase() === 'the') continue;
        // ("Dudek said", of Halina Dudek: a word of a name found elsewhere is that person's.)
        if (wordsOfNames().has(w.toLowerCase())) continue;
        // ("Carolina Ferreira da Silva said": a name's lower-case particles are its words too.)
        const a = capitalRunStart(ts, i, true);
        let named = false;
        for (let j = a; j <= i && !named; j++) named = input.people[q]!.has(j);
        if (!named) found.push(i);
      }
      return found;
    });
    return unnamedSpeakers;
  };
  /** Is there such an unnamed speaker after token `from` of paragraph `p` and before `pos`? */
  const unnamedSpeakerBetween = (p: number, from: number, pos: { paragraph: number; token: number }) => {
    for (let q = p; q <= pos.paragraph; q++) {
      const start = q === p ? from + 1 : 0;
      const end = q === pos.paragraph ? pos.token : tokens[q]!.length;
      if (unnamedSpeakerTokens()[q]!.some((i) => i >= start && i < end)) return true;
    }
    return false;
  };
  /**
   * Is token t inside a participle's clause that opens its sentence and is closed by a comma after
   * t ("Asked about Cloete, …", "Turning to Rowlands, …")?
   */
  const inFrontedClause = (p: number, t: number): boolean => {
    const ts = tokens[p]!;
    const s0 = sentenceStartOf(p, t);
    // The clause may hold an appositive before the name ("Cross-examined by Rim Damak, the lawyer
    // for Mr Kammoun, the captain agreed"): one comma, then "the", "a" or "an".
    const commas = ts.slice(s0, t).flatMap((x, k) => (x.text === ',' ? [s0 + k] : []));
    const appositive = commas.length === 1 && /^(?:the|a|an)$/i.test(ts[commas[0]! + 1]?.text ?? '');
    if (!/^(?:asked|[\p{L}-]+ing|[\p{L}-]{3,}ed)$/iu.test(ts[s0]?.text ?? '') || (commas.length && !appositive)) return false;
    for (let k = t + 1; k < ts.length && !boundary(p, k); k++) if (ts[k]!.text === ',') return true;
    return false;
  };
  /** Is the name at token i the subject of a speech verb ("Zakharova also said", "said Mohib")? */
  const speaksAt = (p: number, i: number) => {
    const ts = tokens[p];
    // "…, according to Mahlangu": the source a sentence is told by speaks in it.
    const k0 = beforeTitles(ts, i);
    if (ts[k0]?.text.toLowerCase() === 'to' && ts[k0 - 1]?.text.toLowerCase() === 'according') return true;
    let j = i + 1;
    while (j < ts.length && j <= i + 4 && ts[j].word && ts[j].cap) j++; // rest of the name
    // "Ms Carter's sister, Dawn, said…", "…, Dr Sarah Okwu, had written…": the name closes an
    // appositive before the verb (an auxiliary may stand between).
    let b = i - 1;
    while (b >= 0 && (ts[b]!.text === '.' || HONORIFICS.has(ts[b]!.text.toLowerCase()))) b--;
    // Not "Khady Sene, a spokeswoman for the Director General, Alioune Badara Thiam, said": a name
    // set beside the object of "for" or "of" names whom the subject serves, not the subject.
    const ofObject = () => {
      for (let k = b - 1; k >= 0 && k >= b - 6; k--) {
        const t = ts[k]!;
        if (!t.word) return false;
        if (/^(?:for|of|to|at|with)$/i.test(t.text)) return true;
      }
      return false;
    };
    if (ts[j]?.text === ',' && ts[b]?.text === ',' && ts[j + 1] && !ofObject()) {
      const aux = ts[j + 1]!.word && AUXILIARIES.has(ts[j + 1]!.text.toLowerCase());
      const v = aux ? j + 2 : j + 1;
      if (ts[v] && (isSpeech(ts[v]!, ts[v + 1]) || (aux && SPEECH_PARTICIPLES.has(ts[v]!.text.toLowerCase())))) return true;
    }
    // "Kakar, who trains at a services complex in Peshawar, said …", "Kakar, 24, said …": an age
    // or a clause about the person set off by commas stands between the name and its verb (not a
    // list: no other name in it).
    if (ts[j]?.text === ',' && ts[j + 1] && (/^\d+$/.test(ts[j + 1]!.text) || (ts[j + 1]!.word && /^(?:who|whose|a|an|the|now|once|herself|himself)$/i.test(ts[j + 1]!.text)))) {
      let c = j + 1;
      while (c < ts.length && c <= j + 16 && ts[c]!.text !== ',' && !/^[.;:!?]$/.test(ts[c]!.text) && !input.people[p].has(c) && !quoted[p][c]) c++;
      if (ts[c]?.text === ',') {
        const aux = ts[c + 1]?.word && AUXILIARIES.has(ts[c + 1]!.text.toLowerCase());
        const v = aux ? c + 2 : c + 1;
        if (ts[v] && isSpeech(ts[v]!, ts[v + 1])) return true;
      }
    }
    for (let k = j; k < ts.length && k <= j + 2; k++) {
      if (!ts[k].word || PASSIVE.has(ts[k].text.toLowerCase())) break; // "Nuland was told" is spoken to
      if (isSpeech(ts[k], ts[k + 1])) return true;
    }
    const prev = ts[i - 1];
    // "…," said Brennan. — but not "did not deny it but said Brennan had time": a verb after the
    // name makes it the subject of what was said, not the one saying it.
    const after = ts[j];
    return !!prev && prev.word && isSpeech(prev, ts[i]) && !(after?.word && !after.cap);
  };
  /**
   * listener: "Pimentel, 67, spoke to Inês Carvalho, the Courier's culture correspondent": a name
   * after a verb of speech and "to" or "with" (titles between) is whom someone spoke to, and the
   * he or she of the words that follow is not theirs.
   */
  const listenerAt = (p: number, i: number) => {
    const ts = tokens[p];
    const b = beforeTitles(ts, i);
    const verb = ts[b - 1];
    // "according to Kevin Mifsud" names the one who speaks.
    if (!verb?.word || /^according$/i.test(verb.text)) return false;
    // interviewed: "The Post spoke to don Aurelio over two afternoons": the one a paper or a
    // reporter spoke to is interviewed, and speaks in what follows.
    if (INTERVIEWER_SUBJECTS.has(ts[b - 2]?.text.toLowerCase() ?? '') && /^(?:spoke|talked)$/i.test(verb.text)) return false;
    return !!ts[b]?.word && /^(?:to|with)$/i.test(ts[b]!.text) && (isSpeech(verb, ts[b]) || /^(?:spoke|speaks|speaking|talked|talks|talking)$/i.test(verb.text));
  };

  /**
   * Is the name at token i of paragraph p whom a written text was sent to ("in an email to Vaipulu
   * in June, she had written: …")? The writer is someone else.
   */
  const addresseeAt = (p: number, i: number) => {
    const ts = tokens[p];
    const b = beforeTitles(ts, i);
    return !!ts[b]?.word && /^to$/i.test(ts[b]!.text) && DOCUMENT_NOUNS.has(ts[b - 1]?.text.toLowerCase() ?? '');
  };

  /** Does the name starting at token i end in a possessive ("Rose's")? */
  const possessiveAt = (p: number, i: number) => {
    const ts = tokens[p];
    let j = i;
    while (j + 1 < ts.length && ts[j + 1]!.word && ts[j + 1]!.cap && !/['’]s$/.test(ts[j]!.text)) j++;
    return /['’]s$/.test(ts[j]!.text);
  };

  /**
   * Is the name at token i of paragraph p said to someone: it opens its sentence, a comma follows
   * it, and the sentence goes on to say "you" ("Dr Afolabi, my father said you were the only
   * doctor who listened")? A name in address is no subject of the sentence.
   */
  const vocativeAt = (p: number, i: number) => {
    const ts = tokens[p];
    // Courtesy titles before it ("Dr Afolabi,") belong to the name.
    let b = i;
    while (b > 0 && sentenceOf[p][b - 1] === sentenceOf[p][i] && (ts[b - 1]!.text === '.' || (ts[b - 1]!.word && ts[b - 1]!.cap))) b--;
    if (b > 0 && sentenceOf[p][b - 1] === sentenceOf[p][i]) return false;
    let j = i;
    while (j + 1 < ts.length && ts[j + 1]!.word && ts[j + 1]!.cap) j++;
    if (ts[j + 1]?.text !== ',') return false;
    // "Dr Mair Prosser, your chief executive, walked me round": a phrase on "your" closed by a
    // comma and a verb is an appositive to the name, which is the sentence's subject.
    if (ts[j + 2]?.word && /^your$/i.test(ts[j + 2]!.text)) {
      const close = ts.findIndex((t, k) => k > j + 2 && k <= j + 8 && t.text === ',');
      const after = ts[close + 1];
      if (close > 0 && after?.word && !after.cap && isVerb(after.text.toLowerCase())) return false;
    }
    for (let k = j + 2; k < ts.length && sentenceOf[p][k] === sentenceOf[p][i]; k++) if (ts[k]!.word && /^(?:you|your)$/i.test(ts[k]!.text)) return true;
    return false;
  };

  /**
   * Is the subject of the speech verb at token i a written text ("the letter said", "a statement
   * from the club read", "her biography says")? Looked for in the few words before the verb.
   */
  /** The person whose written text ("Ghaffari's report") opens the sentence of the verb at token `v` of paragraph `p`, if any. */
  const documentOwner = (p: number, v: number): number | undefined => {
    let f = sentenceStartOf(p, v);
    while (f < v && !tokens[p][f]!.word) f++;
    // "Dr Kimani's report": a courtesy title before the name.
    while (f < v && (HONORIFICS.has(tokens[p][f]!.text.toLowerCase()) || tokens[p][f]!.text === '.') && !input.people[p].has(f)) f++;
    const id = input.people[p].get(f);
    if (id === undefined || id < 0) return undefined;
    let j = f;
    while (j + 1 < v && tokens[p][j + 1]!.word && tokens[p][j + 1]!.cap && !/['’]s$/.test(tokens[p][j]!.text)) j++;
    const noun = tokens[p][j + 1];
    // The text is the verb's subject: the verb, or an aside set off by a comma, comes right after
    // it (not "Feeney's will reopen on Friday, and Declan said …").
    const next = tokens[p][j + 2];
    const subject = j + 2 === v || next?.text === ',' || (next?.word && AUXILIARIES.has(next.text.toLowerCase()) && j + 3 === v);
    return subject && /['’]s$/.test(tokens[p][j]!.text) && noun?.word && DOCUMENT_NOUNS.has(noun.text.toLowerCase()) ? id : undefined;
  };
  const writtenSubject = (p: number, i: number) => {
    const ts = tokens[p];
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      const t = ts[k]!;
      if (!t.word && t.text !== '.') return false;
      // "In a post on Facebook he wrote:": a he or she is the verb's subject, and the text named
      // before it only says where the words were written.
      if (k === i - 1 && SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return false;
      if (DOCUMENT_NOUNS.has(t.text.toLowerCase()) && ARTICLE_OR_OWNER.has(ts[k - 1]?.text.toLowerCase() ?? '')) return true;
      // "The letter to Ms Porter said": a name inside "to …", "from …" is not the subject.
      if (input.people[p].has(k)) {
        let b = k - 1;
        while (b >= 0 && (ts[b]!.text === '.' || HONORIFICS.has(ts[b]!.text.toLowerCase()))) b--;
        if (!PREPOSITIONS.has(ts[b]?.text.toLowerCase() ?? '')) return false;
      }
    }
    return false;
  };

  /**
   * document-author: the person a written text was introduced as "by" or "from" earlier in the
   * paragraph ("a letter sent to her in 1963 by Agnes Fairlie", "a letter addressed to Cllr Pryce
   * from a nine-year-old library member, Noah Finch"). Only the nearest text before token `before`
   * counts, and only a name reached through lower-case words and commas (a description), so "a
   * letter from the council" names no one. Or the one named right after the noun as having written
   * it ("a letter Pettigrew had written to the victims").
   */
  const documentAuthor = (p: number, before: number): number | undefined => {
    const own = authorOfText(p, before);
    // text-before: "The court admitted a 2009 letter written by her late husband, Samuel Otieno.",
    // then a paragraph that opens on the letter's words: the text of the paragraph before counts.
    const opensParagraph = !tokens[p].slice(0, before).some((t, i) => t.word && !quoted[p][i]);
    return own.text || !opensParagraph || p === 0 ? own.author : authorOfText(p - 1, tokens[p - 1]!.length).author;
  };
  /** The nearest written text before token `before` of paragraph `p` (`text`), and who wrote it, as documentAuthor reads it. */
  const authorOfText = (p: number, before: number): { text: boolean; author?: number } => {
    const ts = tokens[p];
    for (let k = before - 1; k >= 0 && before - k <= LOOK_BACK; k--) {
      if (quoted[p][k] || !DOCUMENT_NOUNS.has(ts[k]!.text.toLowerCase())) continue;
      // "at the press conference": a noun for a text before another noun only qualifies it.
      const next = ts[k + 1];
      // (Not "a memo dated March 14", "a letter written by": a participle describes the text.)
      const nw = next?.word && !next.cap ? next.text.toLowerCase() : '';
      if (nw && !isFunctionWord(nw) && !isVerb(nw) && !/ed$/.test(nw) && !DOCUMENT_NOUNS.has(nw)) continue;
      const direct = ARTICLE_OR_OWNER.has(ts[k - 1]?.text.toLowerCase() ?? '');
      // With one word describing it ("a written statement, signed by Ergashev", "a 2009 letter
      // written by …"), a text counts only when its writer is named so; else the search goes on
      // ("their annual statements" is no text quoted).
      // ("a victim personal statement from Eirlys Morgan": up to three such words.)
      let opener = k - 1;
      while (opener > 0 && k - opener <= 3 && /^(?:\p{Ll}+|\d{4})$/u.test(ts[opener]!.text) && !ARTICLE_OR_OWNER.has(ts[opener]!.text.toLowerCase()) && !quoted[p][opener]) opener--;
      const described = !direct && opener < k - 1 && ARTICLE_OR_OWNER.has(ts[opener]?.text.toLowerCase() ?? '');
      if (!direct && !described) continue;
      const author = writerOfText(p, k, before);
      if (author !== undefined || direct) return { text: true, author };
    }
    return { text: false };
  };
  /** Who wrote the text whose noun is token `k`, named before token `before`: right after the noun as its writer, or after "by" or "from". */
  const writerOfText = (p: number, k: number, before: number): number | undefined => {
    const ts = tokens[p];
    // "a letter Pettigrew had written to the victims": the writer named right after the noun.
    const writer = input.people[p].get(k + 1);
    if (writer !== undefined && writer >= 0) {
      let v = capitalRunEnd(ts, k + 1) + 1;
      if (/^(?:had|has|have)$/i.test(ts[v]?.text ?? '')) v++;
      if (/^(?:written|wrote|sent|penned|signed)$/i.test(ts[v]?.text ?? '')) return writer;
    }
    // ("from her client" is a possessive: "her" followed by a noun, not by a verb or a stop.)
    const objectPronounAt = (i: number) => /^him$/i.test(ts[i]?.text ?? '') || (/^her$/i.test(ts[i]?.text ?? '') && (!ts[i + 1]?.word || /^(?:was|were|is|has|had)$/i.test(ts[i + 1]!.text)));
    // (Up to twenty words on: "a statement read out at the monthly media briefing of the Planters'
    // Association of Ceylon in Colombo yesterday by its Secretary General, …".)
    for (let j = k + 1; j < before && j <= k + 20; j++) {
      if (quoted[p][j] || boundary(p, j)) return undefined;
      const w = ts[j]!.text.toLowerCase();
      // statement-on-behalf: "Club spokesman Tolga Aksu read a short statement on his behalf", "Huang
      // read out a statement from him": the one the pronoun stands for wrote it — someone named
      // before the sentence, since no one reads out a statement on their own behalf.
      const pronounOwner = (w === 'behalf' && /^(?:his|her)$/i.test(ts[j - 1]?.text ?? '') && ts[j - 2]?.text.toLowerCase() === 'on' ? j - 1 : w === 'from' && objectPronounAt(j + 1) ? j + 1 : -1);
      if (pronounOwner >= 0) {
        const g = PRONOUNS[ts[pronounOwner]!.text.toLowerCase()]!;
        return resolvePronoun({ paragraph: p, token: sentenceStartOf(p, pronounOwner) }, g);
      }
      // "on behalf of Mayor Ines Varga" counts as "by" and "from" do; but not "read out … by a
      // senior monk", the one who reads it: the participle nearest before "by" says which ("written
      // by" the writer, "read on Radio Vanuatu by" the reader).
      const agentVerb = w === 'by' ? ts.slice(k + 1, j).reverse().find((t) => /^(?:read|written|signed|sent|penned|drafted|prepared|issued)$/i.test(t.text)) : undefined;
      const readBy = agentVerb?.text.toLowerCase() === 'read';
      // After the reader ("read out during the session by a council clerk, Bouzidi asked …", "read
      // on Radio Vanuatu by spokeswoman Marie-Louise Kalsakau, Prime Minister Joel Iarumai said"),
      // the clause's subject past the comma is the writer.
      if (readBy) {
        let comma = ts.findIndex((t, i) => i > j && i <= j + 14 && t.text === ',' && !quoted[p][i]);
        // "read … by his lawyer, Gianluca Ferrara, the councillor said": a name set off after the
        // reader's noun is the reader's; the subject comes after it.
        // ("by its Secretary General, Nilmini Fernando, the association's Chairman, Dilshan Rodrigo,
        // urged": a capitalised title too.)
        // ("… by the ministry's director of aquaculture, Mr Suleiman Ali Kombo.": the reader's noun
        // may stand before what the post is of, and the name after it, with a courtesy title, may
        // close the sentence.)
        const readerNoun = comma > 0 && ts.slice(j + 1, comma).some((t) => t.word && isPersonNoun(t.text));
        let named = comma + 1;
        while (ts[named]?.word && HONORIFICS.has(ts[named]!.text.toLowerCase())) named++;
        const afterName = readerNoun && input.people[p].has(named) ? capitalRunEnd(ts, named) + 1 : -1;
        if (afterName > 0 && /^[,.]$/.test(ts[afterName]?.text ?? '')) {
          if (ts[afterName]!.text === '.') return undefined;
          comma = afterName;
        }
        for (let n = comma + 1; comma > 0 && n < before && n <= comma + 8 && !boundary(p, n); n++) {
          const id = input.people[p].get(n);
          if (id !== undefined) return id >= 0 ? id : undefined;
          // ("…, the councillor said": the one the noun stands for.)
          if (ts[n]!.word && ts[n]!.text.toLowerCase() === 'the' && ts[n + 1]?.word && !ts[n + 1]!.cap && isPersonNoun(ts[n + 1]!.text)) return personOfNoun({ head: ts[n + 1]!.text.toLowerCase(), possessive: false });
          // ("…, the association's Chairman, Dilshan Rodrigo, urged": the subject's title set off before the name.)
          if (!ts[n]!.word && !(ts[n]!.text === ',' && ts[n - 1]?.word && isPersonNoun(ts[n - 1]!.text) && input.people[p].has(n + 1))) break;
        }
        return undefined;
      }
      const link = w === 'by' || w === 'from' || (w === 'of' && ts[j - 1]?.text.toLowerCase() === 'behalf');
      if (!link) continue;
      for (let n = j + 1; n < before && n <= j + 10; n++) {
        const id = input.people[p].get(n);
        // "a letter written by Hartley's daughter, Jess": the writer is the one owned.
        if (id !== undefined) return possessiveNoun(p, n) === undefined ? id : ownedNamed(p, n);
        const t = ts[n]!;
        // "a letter … by the mother of Tiago Ferraz": the writer is the relative of the one named
        // after "of", not that one.
        if (t.word && RELATION_WORDS.has(t.text.toLowerCase()) && ts[n + 1]?.text.toLowerCase() === 'of') return undefined;
        // "a letter … from TBM's director of operations, Pascal Daguerre": a body in the possessive
        // owns the writer's post, named after it.
        if (t.word && t.cap && /['’]s$/.test(t.text) && ts[n + 1]?.word && !ts[n + 1]!.cap) continue;
        // "a letter from the Irbid Transport Operators' Association, signed by its chairman,
        // Mahmoud Al-Khasawneh": a body named after "from" is no writer; a later "by" may be.
        // ("signed by its director general, Dr Nasreen Akhtar": a courtesy title before the name.)
        if (t.word && HONORIFICS.has(t.text.toLowerCase()) && input.people[p].has(n + 1)) continue;
        // ("A statement from the Principal Secretary of the ministry, Mr Omar Haji Vuai,": a
        // capitalised title before the name.)
        if (quoted[p][n] || boundary(p, n) || (t.word && t.cap && !isPersonNoun(t.text)) || (!t.word && t.text !== ',' && t.text !== '-')) break;
      }
    }
    return undefined;
  };

  /**
   * The document noun that speaks right after quote part `s` ("…," the email continued → "email"),
   * or undefined.
   */
  const textNounAfter = (s: QuoteSpan): string | undefined => {
    if (s.close < 0) return undefined;
    const p = s.paragraph;
    const ts = tokens[p];
    for (let i = tokenAt(ts, s.close + 1), n = 0; i < ts.length && n < 4; i++) {
      if (quoted[p][i] || boundary(p, i)) return undefined;
      if (!ts[i]!.word) continue;
      n++;
      const w = ts[i]!.text.toLowerCase();
      if (DOCUMENT_NOUNS.has(w) && ARTICLE_OR_OWNER.has(ts[i - 1]?.text.toLowerCase() ?? '')) return w;
    }
    return undefined;
  };

  /**
   * document-writer: `Kiely went on to say in the email that …. "…," the email continued`, `In a
   * circular sent to all directors, Dr Esther Chepkoech said …. "…," the circular read`: the one
   * person named in the nearest sentence before the quote (in its paragraph or the one before) that
   * says something "in" such a text wrote it. A name after "to" or "from" is its reader or source.
   */
  const documentWriter = (p: number, before: number, noun: string): number | undefined => {
    for (let q = p; q >= Math.max(0, p - 1); q--) {
      const ts = tokens[q];
      for (let k = (q === p ? before : ts.length) - 1; k >= 0; k--) {
        const w = ts[k]!.text.toLowerCase();
        // posted-then-read: "Noel Pascual … posted on Facebook on Tuesday night urging …", then
        // ""…," the post read": the one named before the verb of writing in that sentence.
        if (!quoted[q][k] && WRITING_VERBS.has(w) && !(q === p && k >= before)) {
          const writers = new Set(named[q]!.filter((i) => i < k && sentenceOf[q][i] === sentenceOf[q][k] && !quoted[q][i] && !objectOfPreposition(q, i)).map((i) => input.people[q]!.get(i)!));
          return writers.size === 1 && [...writers][0]! >= 0 ? [...writers][0] : undefined;
        }
        if (quoted[q][k] || (w !== noun && w !== `${noun}s`)) continue;
        const lead = ts.slice(Math.max(0, k - 4), k).map((t) => t.text.toLowerCase());
        // "in a written statement": one word may describe the text.
        const described = ARTICLE_OR_OWNER.has(lead.at(-2) ?? '') && /^\p{Ll}+$/u.test(lead.at(-1) ?? '');
        if (!(ARTICLE_OR_OWNER.has(lead.at(-1) ?? '') || described) || !lead.includes('in')) return undefined;
        const inSentence = named[q]!.filter((i) => sentenceOf[q][i] === sentenceOf[q][k] && !quoted[q][i] && !objectOfPreposition(q, i));
        // "Phil Dwyer said in a statement that Carbone had …": the one named before "in a
        // statement" wrote it; a name after it is whom the statement spoke of.
        const first = new Set(inSentence.filter((i) => i < k).map((i) => input.people[q]!.get(i)!));
        const found = first.size === 1 ? first : new Set(inSentence.map((i) => input.people[q]!.get(i)!));
        return found.size === 1 && [...found][0]! >= 0 ? [...found][0] : undefined;
      }
    }
    return undefined;
  };

  /**
   * Do the words right after quote part `s` make a written text its speaker: "it begins", "it
   * reads", or a speech verb whose subject is a document noun ("the letter said")?
   */
  const spokenByText = (s: QuoteSpan): boolean => {
    if (s.close < 0) return false;
    const p = s.paragraph;
    const ts = tokens[p];
    const win: number[] = [];
    for (let i = tokenAt(ts, s.close + 1); i < ts.length && win.length < 12; i++) {
      if (quoted[p][i] || boundary(p, i)) break;
      if (ts[i]!.word) win.push(i);
    }
    // A quote that ends its sentence is followed by a new one, no cue of it ("…." The statement added …).
    const ended = /[.!?]$/.test(input.paragraphs[p].slice(s.start, s.end).trimEnd()) && win.length > 0 && ts[win[0]!]!.cap;
    const [a, b] = ended ? [] : win.map((i) => ts[i]!.text.toLowerCase());
    if (a === 'it' && b !== undefined && TEXT_VERBS.has(b)) return true;
    // `"Dear Nurse Achterley," it begins, "I have no words…"`: the same words before the part.
    const open = tokenAt(ts, s.open);
    const back: string[] = [];
    for (let i = open - 1; i >= 0 && back.length < 3 && !quoted[p][i] && !/["“”]/.test(ts[i]!.text); i--) if (ts[i]!.word) back.unshift(ts[i]!.text.toLowerCase());
    if (back.length === 2 && back[0] === 'it' && TEXT_VERBS.has(back[1]!)) return true;
    const verb = ended ? undefined : win.find((i) => isSpeech(ts[i]!, ts[i + 1]) || /^reads?$/i.test(ts[i]!.text));
    return verb !== undefined && writtenSubject(p, verb);
  };

  /**
   * The lower-case noun a possessive name at token i owns ("Frank's friends" → "friends"), or
   * undefined when the name is no possessive or owns no such noun ("Obama's" at a clause's end).
   */
  const possessiveNoun = (p: number, i: number): string | undefined => {
    const ts = tokens[p];
    let j = i;
    while (j + 1 < ts.length && ts[j + 1]!.word && ts[j + 1]!.cap && !/['’]s$/.test(ts[j]!.text)) j++;
    if (!/['’]s?$/.test(ts[j]!.text)) return undefined;
    const next = ts[j + 1];
    if (!next?.word || next.cap || isSpeech(next, ts[j + 2])) return undefined;
    const w = next.text.toLowerCase();
    if (isPersonNoun(w) || isPlainNoun(w)) return w;
    // "Kvarnby Fordon's managing director, Per-Olof Lindh,": a title's modifiers before its noun.
    for (let k = j + 2; k <= j + 3 && ts[k]?.word && !ts[k]!.cap; k++) if (isPersonNoun(ts[k]!.text)) return ts[k]!.text.toLowerCase();
    return undefined;
  };

  /**
   * The one a possessive name at token i owns, named after the comma that follows ("Dazza's mum,
   * Bev Holcroft", "Hartley's daughter, Jess"), courtesy titles skipped; undefined when no one is.
   */
  const ownedNamed = (p: number, i: number): number | undefined => {
    const ts = tokens[p];
    for (let k = i + 1; k < ts.length && k <= i + 6 && !boundary(p, k); k++) {
      if (ts[k]!.text !== ',') continue;
      let n = k + 1;
      while (n < ts.length && ts[n]!.word && ts[n]!.cap && HONORIFICS.has(ts[n]!.text.toLowerCase()) && !input.people[p].has(n)) n++;
      const owner = input.people[p].get(n);
      return owner !== undefined && owner >= 0 ? owner : undefined;
    }
    return undefined;
  };

  /**
   * object-of-preposition: a name right after "of", "for", "to", "about", … (titles and courtesy
   * titles between) is inside a phrase about someone — "a spokesman for Jones said", "…," said a
   * friend of Smith, "Lee, speaking to Ortiz, said" — not the one who speaks. "according to" and
   * a passive's "by" do name the speaker.
   */
  const objectOfPreposition = (p: number, i: number): boolean => {
    const ts = tokens[p];
    let k = beforeTitles(ts, i);
    // "coordinator of the environmental NGO Ħarsien Malta": a name after an organisation's kind
    // is that organisation's, and the preposition before the kind's phrase governs it too.
    if (ORG_NOUNS.has(ts[k]?.text.toLowerCase() ?? '')) {
      const stop = k - 4;
      k--;
      while (k > stop && ts[k]?.word && !ts[k]!.cap && !PREPOSITIONS.has(ts[k]!.text.toLowerCase())) k--;
    }
    const w = ts[k]?.text.toLowerCase() ?? '';
    if (w === ',') return appositiveOfObject(p, k);
    if (!PREPOSITIONS.has(w) || w === 'by') return false;
    return !(w === 'to' && ts[k - 1]?.text.toLowerCase() === 'according');
  };
  /**
   * object-appositive: "Lwazi Ndlovu, spokesperson for the MEC for Economic Development, Tourism
   * and Environmental Affairs, Thandiwe Khumalo, said …": a name set off after "<name>, <noun for
   * a person> for/of <post>," is the post's holder, whom the first serves, not the subject. `comma`
   * is the comma before the name.
   */
  const appositiveOfObject = (p: number, comma: number): boolean => {
    const ts = tokens[p];
    for (let m = comma - 1; m > 0 && m >= comma - 14; m--) {
      const t = ts[m]!;
      if (!t.word) {
        // A comma between capitalised words of the post's name is inside it.
        if (t.text === ',' && ts[m - 1]?.cap && ts[m + 1]?.cap) continue;
        return false;
      }
      if (!/^(?:for|of|to)$/i.test(t.text) || !ts[m - 1]?.word || !isPersonNoun(ts[m - 1]!.text)) continue;
      // The noun's phrase opens after a comma that closes a name: "<name>, [a] spokesperson for".
      let h = m - 1;
      while (h > 0 && ts[h - 1]!.word && !ts[h - 1]!.cap) h--;
      return ts[h - 1]?.text === ',' && input.people[p]!.has(capitalRunStart(ts, h - 2));
    }
    return false;
  };

  /** Token indices of the names (outside quotes) in each paragraph, in order. */
  const named = input.people.map((m) => [...m.keys()].sort((a, b) => a - b));
  /** Where each person is first named: paragraph and token. */
  const firstNamed = new Map<number, Pos>();
  named.forEach((list, p) => list.forEach((i) => {
    const id = input.people[p]!.get(i)!;
    if (!firstNamed.has(id)) firstNamed.set(id, { paragraph: p, token: i });
  }));

  /**
   * Is there a clause boundary (";" or a comma before "but", "and", "while", "yet", "whereas")
   * between tokens a and b, opening the clause whose subject b is?
   */
  const clauseBetween = (p: number, a: number, b: number): boolean => {
    const ts = tokens[p];
    let opens = -1;
    for (let i = a + 1; i < b; i++) {
      if (quoted[p][i]) continue;
      if (ts[i]!.text === ';') opens = i;
      if (ts[i]!.text === ',' && ts[i + 1]?.word && CLAUSE_JOINERS.has(ts[i + 1]!.text.toLowerCase())) opens = i + 1;
    }
    if (opens < 0) return false;
    // "Ruiz said most children were brought in late, and that Gutiérrez's team had sent two more":
    // "and that" opens a second clause the same verb reports, not a main clause of its own.
    if (ts[opens + 1]?.text.toLowerCase() === 'that') return false;
    // Only when `b` is that clause's subject: "…, and says he has offered Brian a taxi" has "he"
    // for subject, and Brian is its object. A description may stand before the name ("but the
    // coach, Rita Pinheiro, walked out"); a verb or a pronoun may not.
    for (let i = opens + 1; i < b; i++) {
      const w = ts[i]!.text.toLowerCase();
      const next = ts[i + 1]?.text.toLowerCase() ?? '';
      const ownerOfNoun = SUBJECT_POSSESSIVES.has(w) && (isPersonNoun(next) || isRoleWord(next));
      if (ts[i]!.word && !ownerOfNoun && (PRONOUNS[w] !== undefined || SPEECH_VERBS.has(w) || (isVerb(w) && !isPersonNoun(w) && !isRoleWord(w)))) return false;
    }
    return true;
  };

  /**
   * The head of a person noun phrase opening a sentence of paragraph p that starts after token
   * `from` and before token `to`, the nearest to `to` first: "The minister said on Thursday that a
   * review was under way." gives "minister". Undefined when no such sentence opens so.
   */
  const nounSubjectBetween = (p: number, from: number, to: number): { head: string; possessive: boolean; at: number; modifiers: string[] } | undefined => {
    const ts = tokens[p];
    const opens = (k: number) => SUBJECT_DETERMINERS.has(ts[k]?.text.toLowerCase() ?? '') || SUBJECT_POSSESSIVES.has(ts[k]?.text.toLowerCase() ?? '');
    for (let i = Math.min(to, ts.length) - 1; i > from; i--) {
      if (!ts[i]!.word || quoted[p][i] || (i > 0 && sentenceOf[p][i] === sentenceOf[p][i - 1])) continue;
      // A fronted phrase or clause set off by a comma may come first: "Laughing, the 34-year-old
      // brushed the claim off", "Asked whether she had considered it, the coach laughed" — when
      // it names nobody.
      let d = i;
      // A clause fronted by a participle or a subordinator may name others ("Asked whether she had
      // taken Ramasamy off, the coach laughed"); a plain opening phrase may not.
      const fronted = /^(?:\p{L}+(?:ed|ing)|when|while|after|before|as|once|since|although|though|if)$/iu.test(ts[i]!.text);
      if (!opens(i)) {
        for (let k = i; k < i + FRONTED_CLAUSE_WORDS && k < to && !quoted[p][k] && (fronted || !input.people[p].has(k)); k++) {
          if (ts[k]!.text === ',' && opens(k + 1)) {
            d = k + 1;
            break;
          }
          if (boundary(p, k)) break;
        }
      }
      if (!opens(d)) continue;
      let head: string | undefined;
      let headAt = -1;
      // "The Honourable Minister telephoned me": a capitalised title, not a name, is read too.
      const titleWord = (j: number) => !input.people[p].has(j) && (isPersonNoun(ts[j]!.text) || (!!ts[j + 1]?.word && ts[j + 1]!.cap && !input.people[p].has(j + 1)));
      for (let j = d + 1; j <= d + 3 && j < to && ts[j]?.word && (!ts[j]!.cap || titleWord(j)); j++) {
        const w = ts[j]!.text.toLowerCase();
        // Not a plural ("Her customers, she says, now give directions"): a he or she is no group.
        if ((isPersonNoun(w) && !isPluralNoun(w)) || AGE_WORD.test(w)) [head, headAt] = [w, j];
      }
      // coordinated-subject: "Her mother and two aunts also worked in the mills": a noun joined by
      // "and" to another makes a subject of several, which no he or she stands for.
      if (head && /^(?:and|&)$/i.test(ts[headAt + 1]?.text ?? '')) continue;
      const modifiers = ts.slice(d + 1, headAt).filter((t) => t.word).map((t) => t.text.toLowerCase());
      if (head) return { head, possessive: SUBJECT_POSSESSIVES.has(ts[d]!.text.toLowerCase()), at: d, modifiers };
    }
    return undefined;
  };

  /**
   * The one person a subject noun phrase stands for, or undefined: a relation after a possessive
   * ("My grandfather": the one person introduced so), an age ("the 34-year-old"), else a role word
   * ("the minister").
   */
  const personOfNoun = ({ head, possessive, modifiers = [] }: { head: string; possessive: boolean; modifiers?: string[] }): number | undefined => {
    if (possessive) return input.byRelation?.(head);
    const age = AGE_WORD.exec(head);
    if (age) return input.byAge?.(Number(age[1]));
    // role-phrase: "the Prime Minister told …" of Prime Minister Jonas Tarimele and the Minister
    // of Climate Change: the words before the noun tell its holders apart.
    return input.byRoleWord(head) ?? (modifiers.length ? input.byRolePhrase?.([...modifiers, head]) : undefined);
  };

  /**
   * A possessive and a relation noun of gender g ("my mother") outside quotes in paragraph
   * pos.paragraph before pos, with no person of that gender named between it and pos: the person
   * introduced by that relation (id undefined when there is none, or several).
   */
  const relationBefore = (pos: Pos, g: 'm' | 'f'): { id: number | undefined } | undefined => {
    const p = pos.paragraph;
    const ts = tokens[p]!;
    for (let i = pos.token - 1; i > 0; i--) {
      if (quoted[p]![i] || !ts[i]!.word) continue;
      const id = input.people[p]!.get(i);
      if (id !== undefined && !possessiveAt(p, i) && (input.gender(id) ?? g) === g) return undefined;
      const w = ts[i]!.text.toLowerCase();
      const owner = ts[i - 1]!.text.toLowerCase();
      // Not "his father … he wrote", "her mum … she laughed": a possessive of the pronoun's own
      // gender is most often that same person, whose relative the noun names.
      if (relationGender(w) === g && SUBJECT_POSSESSIVES.has(owner) && PRONOUNS[owner] !== g && RELATION_WORDS.has(w)) return { id: input.byRelation?.(w) ?? input.byInverseRelation?.(w) };
    }
    return undefined;
  };

  /**
   * epithet: "Sharon McKeown, 52, says …" then "The mum-of-three, who has run the family chippy
   * since 2009, was still raging": a gendered description that is no one's stated role or relation
   * stands for the one person of its gender named in its paragraph before it or in the paragraph
   * before — and for no one when there are several.
   */
  const epithetOf = (q: number, found: { possessive: boolean; at: number }, gender: 'm' | 'f' | undefined): number | undefined => {
    if (found.possessive || !gender) return undefined;
    const ids = new Set<number>();
    for (const p of [q - 1, q]) {
      if (p < 0) continue;
      for (const i of named[p]!) {
        if (p === q && i >= found.at) break;
        const id = input.people[p]!.get(i)!;
        if (input.gender(id) === gender) ids.add(id);
      }
    }
    if (ids.size !== 1) return undefined;
    fired.add('epithet');
    return [...ids][0];
  };

  /**
   * Does the name at token i of paragraph p ask a question in its sentence: the subject of a verb
   * of asking ("Ms Natarajan asked the witness", "Ms Natarajan then pressed her") or the agent of
   * an opening "Asked by Ms Natarajan whether …"?
   */
  /**
   * Is the object of the verb of asking at token `v` a thing, not a person ("Azadi questioned the
   * expert's method"), or a request ("asked for a delay")? Its words up to a preposition or a stop
   * hold no name, no pronoun for a person and no noun for one (a possessive, "the expert's", only
   * says whose the thing is).
   */
  const asksAThing = (p: number, v: number): boolean => {
    const ts = tokens[p];
    // "Bouzidi asked for the move to be delayed", "asked that …", "asked to be heard": a request,
    // put to no one who answers.
    if (ts[v + 1]?.word && /^(?:for|that|to)$/i.test(ts[v + 1]!.text)) return true;
    let nouns = 0;
    for (let k = v + 1; k < ts.length && k <= v + 5 && ts[k]!.word && !PREPOSITIONS.has(ts[k]!.text.toLowerCase()); k++) {
      const w = ts[k]!.text;
      if (input.people[p].has(k) || /^(?:him|her|them|me|us|you)$/i.test(w)) return false;
      if (/['’]s$/.test(w) || DETERMINERS.has(w.toLowerCase())) continue;
      if (isPersonNoun(w)) return false;
      nouns++;
    }
    return nouns > 0;
  };
  const asksAt = (p: number, i: number): boolean => {
    const ts = tokens[p];
    const k = beforeTitles(ts, i);
    if (ts[k]?.text.toLowerCase() === 'by' && QUESTION_VERBS.has(ts[k - 1]?.text.toLowerCase() ?? '')) return true;
    let j = i + 1;
    while (j < ts.length && ts[j]!.word && ts[j]!.cap && !boundary(p, j - 1)) j++;
    // "Joana Pimentel of Atlântico Research asked Bettencourt …": whom the asker is with, named.
    if (ts[j]?.word && /^(?:of|from)$/i.test(ts[j]!.text) && ts[j + 1]?.word && ts[j + 1]!.cap) {
      j++;
      while (j < ts.length && ts[j]!.word && ts[j]!.cap && !boundary(p, j - 1)) j++;
    }
    // One or two adverbs may stand between ("then", "once more").
    for (let n = 0; n < 3 && j < ts.length && ts[j]!.word && !ts[j]!.cap && !quoted[p][j]; n++, j++) {
      if (QUESTION_VERBS.has(ts[j]!.text.toLowerCase())) return !asksAThing(p, j);
      if (!/ly$|^(?:then|again|also|later|once|first|twice)$/.test(ts[j]!.text.toLowerCase())) return false;
    }
    return false;
  };

  /**
   * The token of a subject pronoun (he, she) opening the sentence that starts at token `start` of
   * paragraph `p`, after at most one linking word ("But he", "Then she"), outside quotes.
   */
  const subjectPronounAt = (p: number, start: number): number | undefined => {
    const ts = tokens[p];
    let i = start;
    if (ts[i]?.word && SENTENCE_LINKS.has(ts[i]!.text.toLowerCase())) i++;
    if (ts[i]?.text === ',') i++;
    const isSubject = (k: number) => {
      const w = ts[k]?.text.toLowerCase();
      return !!ts[k]?.word && !quoted[p][k] && (w === 'he' || w === 'she');
    };
    if (isSubject(i)) return i;
    // fronted-phrase: "Raised in Leith, she was the eldest of four children of …": a phrase set
    // off by a comma before the pronoun, naming no one, leaves it the sentence's subject. "Born
    // Isobel Baird in Leith, she …" names her by her birth name, and counts as naming no one else.
    const born = ts[i]?.text.toLowerCase() === 'born';
    for (let k = i; k < ts.length && k < i + FRONTED_CLAUSE_WORDS && !quoted[p][k] && (born || !input.people[p].has(k)) && !boundary(p, k); k++) {
      if (ts[k]!.text === ',') return isSubject(k + 1) ? k + 1 : undefined;
    }
    // fronted-phrase without its comma: "In that role he dealt with every government from that of
    // Archbishop Makarios onwards", "By his own count she played …": a short phrase of a
    // preposition and lower-case words or numbers, naming no one, before the pronoun.
    if (ts[i]?.word && SHORT_PHRASE_PREPOSITIONS.has(ts[i]!.text.toLowerCase())) {
      for (let k = i + 1; k <= i + SHORT_FRONTED_WORDS && k < ts.length && !quoted[p][k]; k++) {
        if (isSubject(k)) return k;
        if (!ts[k]!.word || (ts[k]!.cap && !/^\d/.test(ts[k]!.text)) || input.people[p].has(k)) break;
      }
    }
    return undefined;
  };

  /** Paragraphs that hold the run-on of a quote begun in the paragraph before (one group of spans). */
  const groupsAt = new Map<number, Set<number>>();
  for (const s of input.spans) groupsAt.set(s.paragraph, (groupsAt.get(s.paragraph) ?? new Set()).add(s.group));
  const runOnParagraphs = new Set(input.spans.filter((s) => groupsAt.get(s.paragraph - 1)?.has(s.group)).map((s) => s.paragraph));
  /**
   * The paragraph `n` back from `from`, not counting paragraphs that are all the run-on of a quote
   * begun before them: a quote run over several paragraphs is one turn of the story, so "He went
   * on:" after three paragraphs of one man's words still reaches the paragraph that named him.
   * (A paragraph that is a quote of its own, opened and closed, still counts: whose it is, is unsaid.)
   */
  const paragraphsBack = (from: number, n: number) => {
    let p = from;
    while (p > 0 && n > 0) {
      p--;
      if (!runOnParagraphs.has(p) || tokens[p]!.some((t, i) => t.word && !quoted[p]![i])) n--;
    }
    return p;
  };
  /** How often the article names each person outside quotes. */
  const timesNamed = new Map<number, number>();
  for (const [p, named] of input.people.entries()) for (const [i, id] of named) if (id >= 0 && !quoted[p]![i]) timesNamed.set(id, (timesNamed.get(id) ?? 0) + 1);
  /**
   * The story's subject of gender `g`: the person not known to be of the other gender named
   * outside quotes at least SUBJECT_MIN_NAMED times and at least twice as often as any other such
   * person, if one is.
   */
  const storySubject = (g: 'm' | 'f'): number | undefined => {
    const [first, second] = [...timesNamed].filter(([id]) => (input.gender(id) ?? g) === g).sort((a, b) => b[1] - a[1]);
    return first && first[1] >= SUBJECT_MIN_NAMED && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
  };
  /**
   * The person a pronoun at `pos` stands for: the subject-like first name of the nearest sentence
   * (this one first, then earlier ones) that names someone of a matching gender.
   */
  const resolvePronoun = (pos: Pos, g: 'm' | 'f', chained = false): number | undefined => {
    pronounContested = false;
    /** The possessive of the pronoun's gender ("her" for a she): whose relative a noun after it is. */
    const ownPossessive = g === 'f' ? 'her' : 'his';
    // Not in a paragraph that names the speaker outside quotes ("Speaking to reporters after the
    // ceremony, Afamasaga said …"): the reporter's words after the speech, where she is "she".
    const narratorNamed = !!input.narrator && [...input.people[pos.paragraph]!].some(([t, id]) => id === input.narrator!.id && !quoted[pos.paragraph]![t]);
    const narrating = input.narrator && pos.paragraph >= input.narrator.from && !narratorNamed ? input.narrator.id : undefined;
    // asked-clause: "Asked by Ms Natarajan whether she could be sure, she replied:": the names in a
    // question fronted before the pronoun are the asker and whom the question is about, never whom
    // the pronoun stands for. (They still make a guess of anyone found before the paragraph.)
    const ts0 = tokens[pos.paragraph]!;
    const opens = sentenceStartOf(pos.paragraph, pos.token);
    const askedClause = /^asked$/i.test(ts0[opens]?.text ?? '') && ts0[pos.token - 1]?.text === ',';
    const inAsked = (p: number, i: number) => askedClause && p === pos.paragraph && i > opens && i < pos.token;
    // The asker ("by Ms Natarajan") answers nowhere else in the paragraph either.
    const askers = new Set(askedClause ? named[pos.paragraph]!.filter((i) => inAsked(pos.paragraph, i) && asksAt(pos.paragraph, i)).map((i) => input.people[pos.paragraph]!.get(i)!) : []);
    // own-relative: "with her granddaughter, Marija, translating, she said:": one introduced in the
    // pronoun's sentence as a relation of someone of the pronoun's gender ("her …", "his …") is
    // that someone's relative, not whom the pronoun stands for.
    // Followed back along a chain of he's or she's, anywhere: "His father, Shalva, sang …. He
    // studied at the Conservatoire …. "…," he said later": the he the chain began from is the one
    // whose father it is.
    const ownRelative = (p: number, i: number) => {
      if (!chained && (p !== pos.paragraph || sentenceOf[p]![i] !== sentenceOf[p]![pos.token])) return false;
      const ts = tokens[p]!;
      const k = ts[i - 1]?.text === ',' ? i - 2 : i - 1;
      const owner = ts[k - 1]?.text.toLowerCase();
      // (Or one who acts for them: "In a statement released through his agent, Farai Mlambo, he said:".)
      const noun = ts[k]?.text.toLowerCase() ?? '';
      return !!ts[k]?.word && (RELATION_WORDS.has(noun) || (!ts[k]!.cap && isPersonNoun(noun))) && owner === ownPossessive;
    };
    // parenthetical-said: "Mr Rowlands, he said, had "promised this in a hurry"": the one named
    // right before a he or she said set off by commas is the subject of the words reported, not
    // the one who reports them (who would otherwise be "Mr Rowlands said").
    let interrupted: number | undefined;
    // (The verb's object may stand before the closing comma: "Ms Tremblay-Roy, she told the
    // meeting, "signed off on …"".)
    let close = pos.token + 2;
    while (close <= pos.token + 4 && ts0[close]?.word && !ts0[close]!.cap) close++;
    if (ts0[pos.token - 1]?.text === ',' && ts0[pos.token + 1] && speechVerbAt(ts0, pos.token + 1) && ts0[close]?.text === ',') {
      for (let k = pos.token - 2; k >= 0 && ts0[k]!.word && ts0[k]!.cap && interrupted === undefined; k--) interrupted = input.people[pos.paragraph]!.get(k);
    }
    // fronted-agent: "Under cross-examination by Grigoryan, she accepted …. "…," she said",
    // "Under cross-examination by sworn advocate Jānis Krūmiņš, who represents …, Ms Vasiļjeva
    // accepted …": the one named after "by" (titles between) in a phrase fronted before the
    // sentence's own subject acts on that subject, so is not whom a later he or she stands for
    // (the asked-clause, generalised). Not any name fronted so: "When the remark was put to
    // Tzanetakos, he shrugged", "As for Sokhom, he insists".
    const frontedBefore = (p: number, i: number) => {
      const ts = tokens[p]!;
      const s0 = sentenceStartOf(p, i);
      let b = i - 1;
      while (b > s0 && ts[b]!.word && HONORIFICS.has(ts[b]!.text.toLowerCase())) b--;
      // (A title in lower case between, "by sworn advocate Jānis Krūmiņš": up to three words,
      // the last a noun for a person; not "By the time Smith arrived".)
      if (ts[b]?.word && !ts[b]!.cap && isPersonNoun(ts[b]!.text)) for (let k = 0; k < 3 && b > s0 && ts[b]!.word && !ts[b]!.cap && ts[b]!.text.toLowerCase() !== 'by'; k++) b--;
      // (The sentence opens on the fronted phrase: "Under …", "Questioned by …"; not "The news was
      // greeted by Calum Mackenzie, …", whose "by" names the agent of the main clause.)
      if (s0 === i || !FRONTED_OPENER.test(ts[s0]?.text ?? '') || ts[b]?.text.toLowerCase() !== 'by') return false;
      let c = s0;
      while (c < ts.length && sentenceOf[p]![c] === sentenceOf[p]![i] && ts[c]!.text !== ',') c++;
      return c > i && ts[c]?.text === ',';
    };
    const fits = (p: number, i: number) => {
      const id = input.people[p].get(i)!;
      if (id === narrating || id === interrupted || id === input.turnSpeakers?.get(pos.paragraph) || notSpeakers.has(id) || vocativeAt(p, i) || listenerAt(p, i) || addresseeAt(p, i) || inAsked(p, i) || askers.has(id) || ownRelative(p, i) || frontedBefore(p, i)) return false;
      const pg = input.gender(id);
      return !pg || pg === g;
    };
    // relation-mention: "I want to begin with my mother. She was a nurse …, she would sit me down
    // and say: "…"": a relative of the pronoun's gender named by a possessive ("my mother", "her
    // son") in its paragraph, with no name of that gender after it, is whom the pronoun stands for
    // — the one introduced so ("The minister's mother, Faamanu Soifua"), or no one named.
    const relative = relationBefore(pos, g);
    if (relative !== undefined) {
      fired.add('relation-mention');
      return relative.id;
    }
    // gender-skipped: a name passed over for its gender alone ("Farah Abdullahi runs it. He came to
    // us …"), whose gender the given name only suggests, makes whoever is found further back a guess.
    let skipped = false;
    for (let p = pos.paragraph, oldest = paragraphsBack(pos.paragraph, chained ? 1 : 3); p >= 0 && p >= oldest; p--) {
      const list = named[p];
      let k = p === pos.paragraph ? lowerBound(list, pos.token, (n) => n) - 1 : list.length - 1;
      while (k >= 0 && !fits(p, list[k])) {
        // (The asker of a fronted question, "Asked by Ms Tierney whether …, she replied", is known not to answer: no guess.)
        if (p === pos.paragraph && input.people[p].get(list[k]!) !== narrating && !askers.has(input.people[p].get(list[k]!)!) && !possessiveAt(p, list[k]!) && !vocativeAt(p, list[k]!) && !addresseeAt(p, list[k]!)) skipped = true;
        k--;
      }
      if (k < 0) continue;
      // paragraph-subject: "Three years later a second critic went further. "…," Aristidis Mavrogenis
      // wrote in 1977. … / He returned to Patras in 1984 … "…," he wrote": a paragraph that opens on a
      // he or she goes back to the story's subject (named far more than anyone else of that gender),
      // not to a voice named once, before it, only in the words that follow a quote ('"…,"
      // Aristidis Mavrogenis wrote'). (Not one a sentence of the paragraph before introduced: "Cllr
      // Anita Barraclough, who leads the opposition, has called for a review. / In a statement, she said".)
      const paragraphOpener = p < pos.paragraph ? subjectPronounAt(pos.paragraph, 0) : undefined;
      if (paragraphOpener !== undefined && PRONOUNS[tokens[pos.paragraph]![paragraphOpener]!.text.toLowerCase()] === g) {
        const id = input.people[p].get(list[k]!)!;
        const subject = storySubject(g);
        const ts = tokens[p]!;
        const b = beforeTitles(ts, list[k]!);
        const mark = (t: Token | undefined) => /^["“”]$/.test(t?.text ?? '');
        const afterQuote = mark(ts[b]) || (ts[b]?.text === ',' && mark(ts[b - 1]));
        if (subject !== undefined && subject !== id && timesNamed.get(id) === 1 && afterQuote && speaksAt(p, list[k]!)) {
          fired.add('paragraph-subject');
          return subject;
        }
      }
      // unnamed-subject: "Ndayisaba said the stations would spare him a detour. "…," he said",
      // where no person was found in "Ndayisaba": a capitalised word the finder took for no one,
      // subject of a verb of speech between the name found and the pronoun, is more likely whom
      // the pronoun stands for than the name further back, so the quote is left unattributed.
      if (unnamedSpeakerBetween(p, list[k]!, pos)) {
        fired.add('unnamed-subject');
        return undefined;
      }
      const sentence = sentenceOf[p][list[k]];
      // The candidate's sentence, from its first token to its last.
      const sStart = sentenceStartOf(p, list[k]!);
      let sEnd = list[k]!;
      while (sEnd + 1 < tokens[p].length && sentenceOf[p][sEnd + 1] === sentence) sEnd++;
      // noun-subject (read before pronoun-chain, as it stands nearer): "Marsh said …. The minister
      // said on Thursday that a review was under way.
      // "…," she said": a sentence opening on a person noun after the last name stands between
      // them, so the pronoun is that noun's person, or nobody named when the story names no one so.
      for (let q = pos.paragraph; q >= p; q--) {
        const found = nounSubjectBetween(q, q === p ? sEnd : -1, q === pos.paragraph ? pos.token : tokens[q].length);
        if (found === undefined) continue;
        // Not "His daughter, Eleni, made her debut. "…," he said": a noun of the other gender.
        const nounGender = relationGender(found.head);
        const person = personOfNoun(found) ?? epithetOf(q, found, nounGender);
        if ((nounGender && nounGender !== g) || (person !== undefined && person >= 0 && input.gender(person) && input.gender(person) !== g)) continue;
        // Nor "Her grandmother, Fatma, sold halloumi …. "… the fourth woman was my grandmother,"
        // she says": a relation of someone of the pronoun's gender ("her" for a she), whom the
        // words call "my grandmother", is not who says them; that someone is. (But "His mother,
        // Tani Orou, said …. "… even my mother's gold earrings," she said": his, not hers.)
        const owner = tokens[q]![found.at]!.text.toLowerCase();
        if (person !== undefined && notSpeakers.has(person) && owner === ownPossessive) continue;
        fired.add('noun-subject');
        return person;
      }
      // pronoun-chain: "He told the sheriff McGinley had started a job. "…," he said": a sentence
      // whose subject is a he or she of the same gender, before the name, is about whoever that
      // pronoun stands for; the name there is an object. The chain goes back one link, to a name
      // in that paragraph or the one before, or to nobody named.
      // Not "He had barely finished when Karimi-Nasab was on his feet": a name opening a clause of
      // its own after the pronoun's is that clause's subject.
      // ("Asked about the complaints lodged by Ms N'Guessan's list, she said …": a fronted clause's
      // names before the pronoun that is the sentence's subject likewise.)
      const frontedComma = inFrontedClause(p, list[k]!) ? tokens[p].findIndex((t, i) => i > list[k]! && t.text === ',') : -1;
      const opener = subjectPronounAt(p, sStart) ?? (frontedComma > 0 ? subjectPronounAt(p, frontedComma + 1) : undefined);
      const frontedSubject = frontedComma > 0 && opener === frontedComma + 1;
      // But "She says she wrote her numbers down while Kerry bought a Lucky Dip": a clause that
      // sets something against the main one (while, whereas, although, because) leaves the
      // main clause's he or she the one spoken of.
      // Not when the name is only the agent of a passive ("He was 20 when the dam, ordered by
      // President Gamal Abdel Nasser, forced his family out"): the clause's subject is another.
      const agentOnly = tokens[p][beforeTitles(tokens[p], list[k]!)]?.text.toLowerCase() === 'by';
      // Nor a name in the possessive ("…, where he sang in the composer Zakaria Paliashvili's
      // opera"): an owner is no clause's subject.
      const ownClause = opener !== undefined && !agentOnly && !possessiveAt(p, list[k]!) && tokens[p].slice(opener + 1, list[k]).some((t) => t.word && CLAUSE_OPENING_WORDS.has(t.text.toLowerCase()) && !BACKGROUND_CLAUSE_WORDS.has(t.text.toLowerCase()));
      if (opener !== undefined && (opener < list[k]! || frontedSubject) && !ownClause && PRONOUNS[tokens[p][opener]!.text.toLowerCase()] === g) {
        fired.add('pronoun-chain');
        return chained ? undefined : resolvePronoun({ paragraph: p, token: opener }, g, true);
      }
      // In that sentence, the one who speaks ("…, Zakharova also said") wins; else the first named.
      let best = list[k];
      let speaking = speaksAt(p, list[k]) ? list[k] : -1;
      for (let j = k - 1; j >= 0 && sentenceOf[p][list[j]] === sentence; j--) {
        // last-clause-subject: "Carvalho had asked both women to stay, but Pinheiro walked out. "…,"
        // she said": in a sentence of coordinated clauses, the pronoun's person is in the last one.
        if (clauseBetween(p, list[j], list[k])) break;
        if (!fits(p, list[j])) continue;
        // "Rose's husband, Steve Nightingale, … he laughed": a possessive name is not the subject.
        // fronted-name: "Asked about Cloete, Mahlangu did not hold back. "…," he said": a name in a
        // participle's clause fronted before the subject is not the sentence's subject.
        if (!possessiveAt(p, list[j]) && !inFrontedClause(p, list[j]!)) best = list[j];
        // The first who speaks in the sentence is its main clause's ("Brereton said the players
        // were told at a meeting at which Lomax spoke"): a later one speaks in a clause of its own.
        if (speaksAt(p, list[j])) speaking = list[j];
      }
      // question-asker: "Ms Natarajan asked the witness about the lighting. "…," she said": the
      // he or she who answers is not the one who asked, and which other person it is goes unsaid.
      const chosen = speaking >= 0 ? speaking : best;
      // fronted-object: "Cross-examined by Rim Damak, the lawyer for Mr Kammoun, the captain agreed
      // …. "…," he said": when the name chosen is itself inside a fronted clause, the sentence's
      // subject is the noun after that clause ("the captain"): its person, or nobody named.
      if (speaking < 0 && inFrontedClause(p, chosen)) {
        let c = chosen + 1;
        while (c < tokens[p].length && tokens[p][c]!.text !== ',' && !boundary(p, c)) c++;
        const det = tokens[p][c + 1];
        const noun = tokens[p][c + 2];
        if (tokens[p][c]?.text === ',' && det && /^the$/i.test(det.text) && noun?.word && !noun.cap) {
          fired.add('noun-subject');
          return personOfNoun({ head: noun.text.toLowerCase(), possessive: false });
        }
      }
      // fronted-clause: "Asked whether she had taken Ramasamy off, the coach laughed. "…," she
      // said": a name inside a clause fronted before the sentence's own subject is not its subject.
      const main = speaking < 0 ? nounSubjectBetween(p, sStart - 1, Math.min(sEnd + 1, p === pos.paragraph ? pos.token : sEnd + 1)) : undefined;
      if (main && main.at > chosen) {
        fired.add('noun-subject');
        return personOfNoun(main);
      }
      // reported-name: "The 24-year-old goal attack, who joined in 2024, said Morcombe had been
      // "…". "…," she said": a name opening the clause a noun subject's verb of speech reports
      // ("said Morcombe …", "said that Morcombe …") is spoken of; the noun's person (one of the
      // pronoun's gender named just before) is the subject.
      const reportedAfter = (v: number) => speechVerbAt(tokens[p], v) && (v + 1 === chosen || (v + 2 === chosen && /^that$/i.test(tokens[p][v + 1]!.text)));
      if (main && main.at < chosen && (reportedAfter(chosen - 1) || reportedAfter(chosen - 2))) {
        fired.add('noun-subject');
        return personOfNoun(main) ?? epithetOf(p, main, g);
      }
      // Not when the words the pronoun speaks are a question themselves ("Visser pressed on. "Then
      // why did you wait?" she asked"): the one who asked goes on asking.
      if (!quoteAsks && asksAt(p, chosen)) {
        fired.add('question-asker');
        return undefined;
      }
      const id = input.people[p].get(chosen)!;
      // pronoun-contested: another person of the pronoun's gender is named in that paragraph before
      // it ("Her assistant, Jo Pennock, …, and the finance director, Helen Varley, confirmed …. "…,"
      // she said"): the nearest is a guess among several, whose confidence is fitted apart.
      const end = p === pos.paragraph ? pos.token : tokens[p].length;
      pronounContested =
        skipped ||
        named[p].some((t) => {
          if (t >= end) return false;
          const other = input.people[p].get(t)!;
          return other !== id && other !== narrating && input.gender(other) === g && !possessiveAt(p, t);
        });
      if (skipped && p < pos.paragraph) return undefined;
      return id;
    }
    return undefined;
  };

  /** Set while the words right after a quote are read: an unresolved "the <noun>" there is the speaker. */
  let nounSpeakerStops = false;
  /** Whether the last pronoun resolved had a rival of its gender named before it in its paragraph. */
  let pronounContested = false;
  /**
   * own-relative: "Her husband, Abdul Mannan, and their daughter, Nusrat, were still missing. "I was
   * holding my daughter's hand …," she told …": the one introduced as the daughter is not who says
   * "my daughter". The people the words of the quote being read call "my <relation>".
   */
  let notSpeakers = new Set<number>();
  /** A speaker reference at token i of paragraph p: a name, a pronoun, or "the <role>". */
  /** Whether the last speaker reference found was a name, or a pronoun or role standing for one. */
  let via: 'name' | 'pronoun' = 'name';
  /** The subject pronoun the last speaker reference was (its gender and place), if it was one. */
  let pronounRef: (Pos & { gender: 'm' | 'f' }) | undefined;
  /** Whether the last speaker reference found was a noun ("his mother", "the treasurer", "Frank's friend"). */
  let nounRef = false;
  /** Named rules that fired while the current quote's speaker was looked for. */
  const fired = new Set<string>();
  /** Whether the quote whose speaker is looked for ends on a question mark. */
  let quoteAsks = false;
  const speakerAt = (p: number, i: number): number | undefined => {
    const id = input.people[p].get(i);
    via = 'name';
    pronounRef = undefined;
    nounRef = false;
    if (id !== undefined) {
      // possessive-owner: "One of Frank's friends told…", "…," Smith's lawyer said: the name owns
      // the noun that speaks, so it is no speaker; the one person introduced by that relation
      // ("Rose's husband, Steve") is, else the search goes on past it.
      const noun = possessiveNoun(p, i);
      if (noun === undefined) return id;
      nounRef = true;
      fired.add('possessive-owner');
      return input.byRelation?.(noun);
    }
    const w = tokens[p][i].text.toLowerCase();
    const g = PRONOUNS[w];
    via = 'pronoun';
    // turn-first-person: `I told him, "When it is ready."` in an interviewee's answer, or in a
    // speech's printed text: the "I" is the one whose turn or speech it is.
    // (Only right before the words: "I told him," then the quotation mark.)
    const ts = tokens[p]!;
    if (w === 'i' && ts[i]!.word && !quoted[p]![i] && speechVerbAt(ts, i + 1) && opensQuoteAfterVerb(ts, i + 1)) {
      const own = input.turnSpeakers?.get(p) ?? (input.narrator && p >= input.narrator.from ? input.narrator.id : undefined);
      if (own !== undefined) {
        fired.add('turn-first-person');
        return own;
      }
    }
    // (Not "him": an object, the one spoken to — "I told him, "When it is ready."".)
    if (g && w !== 'his' && w !== 'her' && w !== 'him') {
      pronounRef = { paragraph: p, token: i, gender: g };
      // pronoun-subject: a he or she that stands for no one found speaks for nobody named; the
      // search does not go on to another name ("…," she told Mr Hale).
      const resolved = resolvePronoun({ paragraph: p, token: i }, g);
      if (resolved === undefined) fired.add('pronoun-subject');
      return resolved ?? UNNAMED;
    }
    // "his mother said": the one person the article introduced as someone's mother.
    nounRef = true;
    if ((w === 'his' || w === 'her' || w === 'their') && tokens[p][i + 1]?.word && !tokens[p][i + 1]!.cap) {
      const noun = tokens[p][i + 1]!.text.toLowerCase();
      // "her mother said", of the mother of the one introduced as "her daughter": the inverse
      // relation only as the verb's own subject, never an object further back ("posted a photo
      // of himself and his father …, writing:"); "said his father" too, the subject set after it.
      const verb = tokens[p][i + 2];
      const before = tokens[p][i - 1];
      const subject = (verb?.word && speechVerbAt(tokens[p], i + 2)) || (before?.word && SPEECH_VERBS.has(before.text.toLowerCase()));
      return input.byRelation?.(noun) ?? (subject ? input.byInverseRelation?.(noun) : undefined);
    }
    if (w !== 'the') return undefined;
    // "the elder Mr Ong said": a mark that tells namesakes apart, before a name, is no noun for
    // the speaker; the name after it is (resolved between the namesakes by the mark).
    if (/^(?:elder|older|younger)$/i.test(tokens[p][i + 1]?.text ?? '')) {
      let k = i + 2;
      if (tokens[p][k]?.word && HONORIFICS.has(tokens[p][k]!.text.toLowerCase())) k++;
      if (tokens[p][k]?.text === '.') k++;
      const named = input.people[p].get(k);
      if (named !== undefined) {
        via = 'name';
        nounRef = false;
        return named >= 0 ? named : undefined;
      }
    }
    // "…," the Rev. Cornelius Whitlow, the church's senior pastor, told …: courtesy titles that
    // take "the" ("the Rev.", "the Hon.", "the Rt Hon") before a name, which speaks.
    let k = i + 1;
    while (k <= i + 4 && (tokens[p][k]?.text === '.' || (tokens[p][k]?.word && HONORIFICS.has(tokens[p][k]!.text.toLowerCase())))) k++;
    const titled = k > i + 1 ? input.people[p].get(k) : undefined;
    if (titled !== undefined) {
      via = 'name';
      nounRef = false;
      return titled >= 0 ? titled : undefined;
    }
    // "the care worker said", "said the 29-year-old": the noun phrase's last word that names a
    // person's role; "the Dutchman said" (nationality-speaker): the one person of that nationality.
    const phrase: string[] = [];
    const nationality = (t: Token | undefined) => (t?.word && t.cap ? input.byNationality?.(t.text.toLowerCase()) : undefined);
    // "the Minister said": a title capitalised as it is for the one holder meant, not a name.
    // "the Lord Mayor said": a capitalised title of two such words too.
    // "the PM said", "the CS said": a post's initials (TITLE_ACRONYMS) likewise.
    // "the Prime Minister said", "the Health Minister said": a capitalised word before such a
    // title is part of it.
    const capitalTitle = (j: number): boolean =>
      input.people[p].get(j) === undefined &&
      (((isPersonNoun(tokens[p][j]!.text) || (/^\p{Lu}{2,4}$/u.test(tokens[p][j]!.text) && TITLE_ACRONYMS.has(tokens[p][j]!.text.toLowerCase()))) && (!tokens[p][j + 1]?.cap || (j + 1 <= i + 3 && capitalTitle(j + 1)))) ||
        (j === i + 1 && !!tokens[p][j + 1]?.word && !!tokens[p][j + 1]!.cap && capitalTitle(j + 1)));
    // "the SDLP representative said": a party's or a body's initials before a lower-case noun.
    const initials = (j: number) => /^\p{Lu}{2,6}$/u.test(tokens[p][j]!.text) && !!tokens[p][j + 1]?.word && !tokens[p][j + 1]!.cap;
    for (let j = i + 1; j <= i + 3 && tokens[p][j]?.word && (!tokens[p][j]!.cap || nationality(tokens[p][j]) !== undefined || capitalTitle(j) || initials(j)); j++) phrase.push(tokens[p][j]!.text.toLowerCase());
    for (const word of phrase.reverse()) {
      // role-in-paragraph: "Te Wiata said she had read the letter …. / "…," the minister said",
      // with a prime minister named elsewhere: of several holders of the noun, the one who speaks
      // just before it — not one only addressed or mentioned there ("Mr. Raghavan, in October the
      // minister told the House …").
      const holders = input.roleHolders?.(word) ?? [];
      const speakingIn = (q: number, before: number) => holders.filter((id) => named[q]!.some((t) => t < before && input.people[q]!.get(t) === id && speaksAt(q, t)));
      // This paragraph up to the noun, or, when it names no one before it, the paragraph before.
      const namedHere = named[p]!.some((t) => t < i);
      const local = holders.length < 2 ? [] : namedHere ? speakingIn(p, i) : p > 0 ? speakingIn(p - 1, Infinity) : [];
      if (local.length === 1) fired.add('role-in-paragraph');
      const role = local.length === 1 ? local[0] : input.byRoleWord(word);
      const hit = role ?? input.byNationality?.(word);
      if (hit !== undefined) {
        if (role === undefined) fired.add('nationality-speaker');
        // role-epithet-conflict: "Abdullahi, who at 34 is the oldest player, said …. "…," the
        // captain said": when the paragraph has named one other person before the noun, the noun
        // most likely describes that person, whose stated role says otherwise — no one is sure.
        // Not when the noun phrase is followed by the name it stands for ("the board's chairman,
        // Gideon Hale, told …", "the spokesman, Hugo Franco, said").
        // Not the one who asks ("Asked by Mr Crane what the items suggested to her, the officer
        // replied"), nor one named in a phrase fronted before the subject ("Turning to Rowlands,
        // the judge said …").
        const fronted = (t: number) => {
          const s0 = sentenceStartOf(p, t);
          return s0 === sentenceStartOf(p, i) && /\p{Ll}ing$/u.test(tokens[p]![s0]!.text) && tokens[p]!.slice(t, i).some((x) => x.text === ',');
        };
        const before = new Set(named[p]!.filter((t) => t < i && !asksAt(p, t) && !fronted(t)).map((t) => input.people[p]!.get(t)!));
        const namedAfter = named[p]!.some((t) => t > i && sentenceOf[p]![t] === sentenceOf[p]![i] && input.people[p]!.get(t) === hit);
        if (before.size === 1 && !before.has(hit) && !namedAfter) {
          fired.add('role-epithet-conflict');
          return UNNAMED;
        }
        return hit;
      }
    }
    // age-speaker: "said the 33-year-old", "the 33-year-old striker said": the one person of the
    // story given that age; nobody when none or several are.
    for (const word of phrase) {
      const age = AGE_WORD.exec(word);
      if (!age) continue;
      const hit = input.byAge?.(Number(age[1]));
      if (hit !== undefined) fired.add('age-speaker');
      // age-epithet: "Among those who signed was Seán Mulkerrin, a student … / "…," the 17-year-old
      // said": an age the story gives no one describes the one person named last, when only one
      // is named in the sentences before (this paragraph up to the phrase, or else the one before).
      else if (input.ageGiven && !input.ageGiven(Number(age[1]))) {
        const only = soleNamedBefore(p, i);
        if (only !== undefined) fired.add('age-epithet');
        return only;
      }
      return hit;
    }
    // epithet-speaker: "Claire McAteer, whose son was knocked down, said …. "…," the mother-of-three
    // said": a gendered description that is no one's role stands for the one person of its gender
    // named in this paragraph before it or in the one before (epithet, as for a he or she).
    for (const word of phrase) {
      const g = relationGender(word);
      if (!g || !word.includes('-of-')) continue;
      const hit = epithetOf(p, { possessive: false, at: i }, g);
      if (hit !== undefined) return hit;
    }
    // age-noun: "Omondi, a 19-year-old striker, … "…," the teenager said": a noun that gives an
    // age range stands for the one person of the story given an age in it.
    for (const word of phrase) {
      const range = AGE_NOUNS.get(word);
      if (!range) continue;
      const hit = input.byAgeRange?.(range[0], range[1]);
      if (hit !== undefined) {
        fired.add('age-noun');
        return hit;
      }
    }
    // noun-epithet: "Waterside councillor Aoife Doherty said …. / "…," the SDLP representative
    // said", "But Derek, 68, whose bird came second, … / "…," the former bus driver said": a noun for
    // a person that is no one's role, right after the quote, goes on from the one person named and
    // described just before, as an age does (age-epithet). Not a relation, nor a word as loose as
    // "other", nor a post others speak for ("the spokesman", "the official": noun-speaker below).
    // The phrase is read from its last word back ("said", "representative", "sdlp"): its noun for a person.
    const head = phrase.find((w) => isPersonNoun(w));
    // Nor a noun already used of someone unnamed ("A consultant who asked not to be named … the
    // consultant said"), nor one defined by what follows it ("the detective leading the case").
    const headAt = head ? tokens[p]!.findIndex((t, j) => j > i && j <= i + 3 && t.word && t.text.toLowerCase() === head) : -1;
    const after = tokens[p]![headAt + 1];
    const defined = !!after?.word && (/ing$/.test(after.text) || /^(?:who|in|of|for|at)$/i.test(after.text));
    const usedBefore = [p - 1, p].some((q) => q >= 0 && tokens[q]!.some((t, j) => (q < p || j < i) && !quoted[q]![j] && t.word && t.text.toLowerCase() === head));
    if (nounSpeakerStops && head && headAt > 0 && !defined && !usedBefore && !RELATION_WORDS.has(head) && !WEAK_SPEAKER_NOUNS.has(head) && !UNNAMED_SOURCE_NOUNS.has(head) && !(input.roleHolders?.(head) ?? []).length) {
      const only = soleNamedBefore(p, i);
      // Not one of the other gender than the noun says ("said the retired dinner lady", after her
      // son-in-law, Keith Alford, was named).
      const nounGender = relationGender(phrase.find((w) => relationGender(w)) ?? '');
      const otherGender = !!nounGender && only !== undefined && only >= 0 && !!input.gender(only) && input.gender(only) !== nounGender;
      if (only !== undefined && !otherGender) {
        fired.add('noun-epithet');
        return only;
      }
    }
    // noun-speaker: "…," the detective leading the case told reporters, … as she spoke": a person
    // the story does not name by that noun speaks for nobody named; the search stops here rather
    // than give the words to a he or she further on.
    if (nounSpeakerStops && phrase.some((w) => isPersonNoun(w) && !WEAK_SPEAKER_NOUNS.has(w))) {
      fired.add('noun-speaker');
      return UNNAMED;
    }
    return undefined;
  };

  /** Unquoted token indices walking back from just before `offset` to a sentence start or a quote. */
  const backWindow = (p: number, offset: number, toParagraphStart: boolean): number[] => {
    const out: number[] = [];
    for (let i = tokenAt(tokens[p], offset) - 1; i >= 0 && out.length < LOOK_BACK; i--) {
      if (quoted[p][i]) {
        if (toParagraphStart) continue;
        break;
      }
      if (!toParagraphStart && boundary(p, i)) break;
      out.push(i);
    }
    return out.reverse();
  };

  /**
   * The one who answers in a sentence opening on "Asked …,": the subject of the main clause, the
   * last name or he or she in window `win` that follows a comma. A he or she is resolved from the
   * sentence's start, past the names the question holds.
   */
  const askedAnswerer = (p: number, win: number[], askedAt: number): number | undefined => {
    const byAsker = tokens[p][win[askedAt]! + 1]?.text.toLowerCase() === 'by';
    for (let k = win.length - 1; k > askedAt; k--) {
      const i = win[k]!;
      const t = tokens[p][i]!;
      if (tokens[p][beforeTitles(tokens[p], i)]?.text !== ',') continue;
      const id = input.people[p].get(i);
      if (id !== undefined) return id;
      const g = t.word ? PRONOUNS[t.text.toLowerCase()] : undefined;
      // "Asked by Ms Natarajan whether …, she replied": read from the pronoun itself, so that the
      // question's asker is passed over (asked-clause in resolvePronoun).
      if (g && !['his', 'her'].includes(t.text.toLowerCase())) return resolvePronoun({ paragraph: p, token: byAsker ? i : win[askedAt]! }, g) ?? UNNAMED;
    }
    return undefined;
  };

  /** Speaker from the words after a quote: `"…," Lavrov said.` / `"…," said Ambassador Mohib.` */
  const after = (s: QuoteSpan): number | undefined => {
    if (s.close < 0) return undefined;
    const p = s.paragraph;
    const ts = tokens[p];
    const quotedText = input.paragraphs[p].slice(s.start, s.end).trimEnd();
    const win: number[] = [];
    for (let i = tokenAt(ts, s.close + 1); i < ts.length && win.length <= 20; i++) {
      if (quoted[p][i] || boundary(p, i) || /["“”]/.test(ts[i].text)) break;
      win.push(i);
    }
    const firstWord = win.find((i) => ts[i].word);
    // coordinated-clause: `… put it to the witness that the investigation had been "built
    // backwards from a newspaper story", and Judge Noor Hidayah asked counsel to move on`: an
    // "and" or "but" right after the quote opens a clause of its own, whose subject did not say it.
    if (firstWord !== undefined && COORDINATORS.has(ts[firstWord]!.text.toLowerCase()) && win.indexOf(firstWord) <= 1) {
      fired.add('coordinated-clause');
      return undefined;
    }
    // quote-as-object: `said Mr Leask "stands by every word" he said at the meeting`: a quote with
    // no stop or comma of its own, run on into the words after it, is part of a clause that a verb
    // of speech before it reports; the "he said" after it is a relative clause about the words.
    if (!/[,.!?;:…—–-]$/.test(quotedText) && firstWord === win[0] && s.open > 0) {
      const back = backWindow(p, s.open, false);
      if (back.some((i) => speechVerbAt(ts, i))) {
        fired.add('quote-as-object');
        return undefined;
      }
    }
    const endsSentence = /[.!?]$/.test(quotedText) && firstWord !== undefined && ts[firstWord].cap;
    // colon-then-sentence: `… had told him: "…." He said he wished …`: a quote a colon introduces
    // and that ends its sentence was attributed before it; the next sentence is news of its own.
    if (endsSentence && s.open > 0 && /:\s*$/.test(input.paragraphs[p].slice(Math.max(0, s.open - 3), s.open))) return undefined;
    // `"…?" Senator Trethewey asked.`: titles may open the sentence before the name.
    let nameAt = firstWord!;
    while (ts[nameAt] && !input.people[p].has(nameAt) && isTitlePart(ts[nameAt]!)) nameAt++;
    if (endsSentence && speakerAt(p, nameAt) === undefined) return undefined;
    // `"…." Her daughter, Joanne Pike, said her mother…`: a new sentence about someone's relative
    // reports what that relative said; it does not attribute the quote before it.
    if (/[.!?]$/.test(quotedText) && firstWord !== undefined && ts[firstWord].cap && ['his', 'her', 'their'].includes(ts[firstWord].text.toLowerCase())) return undefined;
    // "read" introduces a text's words only ("a statement from the club read").
    const verb = win.find((i) => speechVerbAt(ts, i)) ?? win.find((i) => /^reads?$/i.test(ts[i]!.text));
    if (verb === undefined) return undefined;
    // `"…," the letter to Mr Smith said`: a written text speaks for nobody, least of all its addressee
    // — but for its writer, where the text was introduced with them before the quote ("issued a
    // statement signed by its director general, Dr Nasreen Akhtar, …" / `"…," the statement said`).
    if (writtenSubject(p, verb)) {
      const writer = documentAuthor(p, tokenAt(ts, s.open));
      if (writer !== undefined) fired.add('statement-writer');
      return writer ?? UNNAMED;
    }
    if (!isSpeech(ts[verb]!, ts[verb + 1], ts[verb + 2])) return undefined;
    // next-quote-intro: `I told him, "When it is ready." He said, "That is not a date."`: a new
    // sentence whose verb of speech, with a comma or colon, opens a quotation of its own
    // introduces those words, not the ones before it.
    if (endsSentence && opensQuoteAfterVerb(ts, verb)) {
      fired.add('next-quote-intro');
      return undefined;
    }
    // relative-with-own-quote: `from Governor Rashid Mwachiro, who called her "a treasure of the
    // coast", and from Senator Hussein Bunu, who said she had "sung …"`: a "who said" that goes on
    // to a quotation of its own reports those words, not the ones before it.
    if (/^who$/i.test(ts[verb - 1]?.text ?? '') && ts.slice(verb + 1, verb + 10).some((t, k) => /^["“]$/.test(t.text) && !quoted[p][verb + 1 + k])) return undefined;
    // said-nothing: `"…." He said nothing for the whole job`: a verb of speech denied says nothing
    // of who spoke the words before it.
    if (/^(?:nothing|little)$/i.test(ts[verb + 1]?.text ?? '')) return undefined;
    // coordinated-verb: `thanked her for "…" but said a change was needed`: a speech verb joined by
    // "but" or "and" to the verb before the quote shares that verb's subject, so the words before
    // the quote say who spoke.
    // An auxiliary or "also" may stand between ("…" by spending less …, and has called on …).
    let j = verb - 1;
    while (j > 0 && ts[j]?.word && /^(?:has|have|had|will|would|also|then)$/i.test(ts[j]!.text) && win.indexOf(j) > 0) j--;
    const joined = ts[j];
    if (joined?.word && COORDINATORS.has(joined.text.toLowerCase()) && win.indexOf(j) >= 0 && win.slice(0, win.indexOf(j)).every((i) => speakerAt(p, i) === undefined)) {
      fired.add('coordinated-verb');
      return undefined;
    }
    for (const [n, i] of win.entries()) {
      // noun-speaker: a "the <noun>" right after the quote or its verb is the speaker, named or not.
      nounSpeakerStops = i === firstWord || i === verb + 1;
      const id = speakerAt(p, i);
      nounSpeakerStops = false;
      if (id === undefined) continue;
      if (via === 'name' && objectOfPreposition(p, i)) {
        fired.add('object-of-preposition');
        continue;
      }
      // "said Harrowgate manager Graham Park": a name that only modifies a title gives way to the
      // name the title belongs to.
      for (let k = n + 1; k < win.length && ts[win[k]!]!.word && (ts[win[k]!]!.cap || isRoleWord(ts[win[k]!]!.text)); k++) {
        const later = input.people[p].get(win[k]!);
        if (later !== undefined && later !== id) return later;
      }
      return id;
    }
    return UNNAMED;
  };

  /**
   * Positions in `win` (token indices of paragraph `p`) that lie in an aside ending right before
   * the speech verb at `win[verbAt]`: brackets closed before it, a phrase between dashes, or a
   * relative clause opened by ", who", ", whose" or ", which" and closed by the comma before it.
   */
  const asideBeforeVerb = (p: number, win: number[], verbAt: number): Set<number> => {
    const out = new Set<number>();
    const text = (k: number) => tokens[p][win[k]!]!.text;
    /** Does a name end at win[q]: a name's first token among the capitalised words back from it? */
    const nameEndsAt = (q: number) => {
      for (let r = q; r >= 0 && q - r < 5 && tokens[p][win[r]!]!.cap; r--) if (input.people[p].has(win[r]!)) return true;
      return false;
    };
    let k = verbAt - 1;
    // "his late wife, Sadie, who kept the tea rota for thirty years, had told him": the auxiliary
    // of a perfect tense stands between the clause's closing comma and the verb.
    if (k >= 1 && AUXILIARIES.has(text(k).toLowerCase()) && text(k - 1) === ',') k--;
    if (k >= 0 && text(k) === ',') {
      // ", who … ," : walk back to the comma that opens the clause — past the commas of a name set
      // off inside it ("Dr. Morenike Oyekan, who represented the Governor of Lagos State, Mr.
      // Olamide Ajose-Bello, described …").
      for (let j = k - 1; j > 0; j--) {
        if (text(j) === ',' || (text(j) === '.' && !isTitleStop(tokens[p], win[j]!))) {
          // "Mark Tremblay, a spokesperson for Health Minister Sylvia Ng, said": an appositive that
          // opens on an article or a possessive right after a name is an aside too.
          const opener = text(j + 1).toLowerCase();
          const appositive = (SUBJECT_DETERMINERS.has(opener) || POSSESSIVE_OPENERS.has(opener)) && j > 0 && nameEndsAt(j - 1);
          // "Catrin Morgan, defending Mostyn, said her client …": so is a participle's phrase.
          const participle = /\p{Ll}ing$/u.test(text(j + 1)) && j > 0 && nameEndsAt(j - 1);
          if (text(j) === ',' && (RELATIVE_OPENERS.has(opener) || appositive || participle)) for (let m = j; m <= k; m++) out.add(m);
          else if (text(j) === ',') {
            // "Dr. Morenike Oyekan, who represented the Governor …, Mr. Olamide Ajose-Bello,
            // described", "Margaret Ashworth, whose father, Frank Ashworth, co-founded the
            // business in 1971, said": a relative clause may hold a name set off by its own
            // commas; it opens at the nearest ", who" (whose, which) before, right after a name.
            // Not "…, Mrs Gifty Asamoah-Boateng, who was travelling, the directorate's public
            // relations officer, Kwabena Ofori, said": a title opening on "the" or a possessive
            // between commas right before the name makes that name the subject.
            let q = j - 1;
            while (q > 0 && text(q) !== '.' && !(text(q) === ',' && RELATIVE_OPENERS.has(text(q + 1).toLowerCase()))) q--;
            let before = j - 1;
            while (before > q && text(before) !== ',') before--;
            const titleFirst = before > q && (SUBJECT_DETERMINERS.has(text(before + 1).toLowerCase()) || POSSESSIVE_OPENERS.has(text(before + 1).toLowerCase()));
            // ("The retired dinner lady, whose late husband, Frank, worked …, added": after a
            // noun phrase subject too, a determiner and lower-case words from the sentence's start.)
            let s0 = q - 1;
            while (s0 > 0 && !boundary(p, win[s0 - 1]!) && text(s0 - 1) !== ',' && text(s0 - 1) !== '.') s0--;
            const nounPhrase = q - s0 >= 2 && SUBJECT_DETERMINERS.has(text(s0).toLowerCase()) && win.slice(s0 + 1, q).every((w) => tokens[p][w]!.word && !tokens[p][w]!.cap);
            // ("Annie Rutherford, 71, who moved there with her late husband, Bill, in 1979, said":
            // an age in passing may stand between the name and the clause.)
            const aged = q > 2 && /^\d{1,3}$/.test(text(q - 1)) && text(q - 2) === ',' && nameEndsAt(q - 3);
            if (q > 0 && text(q) === ',' && (nameEndsAt(q - 1) || aged || nounPhrase) && !titleFirst) for (let m = q; m <= k; m++) out.add(m);
          }
          break;
        }
      }
    } else if (k >= 0 && text(k) === ')') {
      for (let j = k - 1; j >= 0; j--) {
        if (text(j) === '(') {
          for (let m = j; m <= k; m++) out.add(m);
          break;
        }
      }
    } else if (k >= 0 && DASHES.has(text(k))) {
      // "Maarten van Heerden — the great-grandson of the group's founder — said": between dashes.
      for (let j = k - 1; j >= 0; j--) {
        if (text(j) === '.') break;
        if (DASHES.has(text(j))) {
          for (let m = j; m <= k; m++) out.add(m);
          break;
        }
      }
    }
    return out;
  };

  /** Where the speech verb `before` last read a speaker's subject before ends (unset when the subject came after it). */
  let verbBefore: { paragraph: number; end: number } | undefined;
  /** Speaker from the words before a quote: `Putin said: "…"`, `X told the press, "…"`. */
  /**
   * The index in `win` of the verb of speech (or verb reporting a "that" clause) that a verb of
   * speech at win[verbAt] is coordinated with (", but described", ", and called", "but said"),
   * when someone is named between the two in the same sentence; undefined otherwise.
   */
  const coordinatedEarlierVerb = (p: number, win: number[], verbAt: number): number | undefined => {
    const ts = tokens[p];
    const v = win[verbAt]!;
    const joiner = ts[v - 1]?.text.toLowerCase() ?? '';
    // "but" sets the verb against the sentence's first one even without a comma ("accepted that
    // Mr. Kostiuk was remorseful but said his remorse came "…""); a bare "and" may as well join
    // two verbs of the reported clause ("said Jones had lied and called it …").
    if (!COORDINATORS.has(joiner) || (ts[v - 2]?.text !== ',' && joiner !== 'but')) return undefined;
    for (let k = verbAt - 1; k >= 0; k--) {
      const i = win[k]!;
      if (sentenceOf[p][i] !== sentenceOf[p][v]) return undefined;
      // A verb of speech, or one that reports a clause ("accepted that", "ruled that": a past
      // tense the lexicon may not list, read by its ending).
      const w = ts[i]!.word ? ts[i]!.text.toLowerCase() : '';
      if (!speechVerbAt(ts, i) && !((isVerb(w) || /\p{Ll}ed$/u.test(w)) && ts[i + 1]?.text.toLowerCase() === 'that')) continue;
      return named[p]!.some((t) => t > i && t < v) ? k : undefined;
    }
    return undefined;
  };

  /**
   * participle-subject: "Head coach Mosese Nakarawa has defended his decision to leave Apenisa
   * Vuniwaqa out, saying no player is "…"": a verb of speech in -ing right after a comma has the
   * main clause's subject for its own, the person the sentence names first, before any verb —
   * not the one named between (whom the clause is about). Undefined when the sentence opens on no
   * such name.
   */
  const participleSubject = (p: number, win: number[], verbAt: number): number | undefined => {
    const ts = tokens[p];
    const verb = win[verbAt]!;
    if (!/\p{Ll}ing$/u.test(ts[verb]!.text) || ts[verb - 1]?.text !== ',') return undefined;
    for (let k = 0; k < verbAt; k++) {
      const i = win[k]!;
      const t = ts[i]!;
      const id = input.people[p].get(i);
      if (id !== undefined) return id >= 0 && !possessiveAt(p, i) && !objectOfPreposition(p, i) ? id : undefined;
      // A verb before any name: the subject is a noun or a pronoun, read by the usual search.
      if (t.word && !t.cap && isVerb(t.text.toLowerCase()) && !isRoleWord(t.text)) return undefined;
    }
    return undefined;
  };

  const before = (s: QuoteSpan, wholeParagraph = false): number | undefined => {
    verbBefore = undefined;
    if (s.open < 0) return undefined;
    let p = s.paragraph;
    let win = backWindow(p, s.open, wholeParagraph);
    // "Putin said:" closing the previous paragraph introduces a quote that opens this one.
    if (!win.length && p > 0 && input.paragraphs[p - 1].trimEnd().endsWith(':')) {
      p -= 1;
      win = backWindow(p, input.paragraphs[p].length, false);
    }
    // perfect-writing: "…, Jānis Eglītis, had written an open letter urging the party to "…"": a
    // perfect tense of writing (or speech) nearer the quote than the verb of speech says whose
    // words they are.
    // asked-whether: "Asked by Judge Nahimana whether the two men had spoken of a sale, he paused":
    // a verb of speech inside the question someone was asked is what the question is about.
    const inAskedQuestion = (i: number) => {
      let k = i - 1;
      // The question ends at its comma: "Asked whether …, she said" is the answer's own verb.
      while (k >= 0 && !boundary(p, k) && tokens[p][k]!.text !== ',' && !/^(?:whether|if)$/i.test(tokens[p][k]!.text)) k--;
      if (k < 0 || boundary(p, k) || tokens[p][k]!.text === ',') return false;
      for (let j = k - 1; j >= 0 && !boundary(p, j); j--) if (/^asked$/i.test(tokens[p][j]!.text)) return true;
      return false;
    };
    let verbAt = win.findLastIndex((i) => (speechVerbAt(tokens[p], i) || perfectWriting(tokens[p], i)) && !inAskedQuestion(i));
    if (verbAt < 0) return undefined;
    if (perfectWriting(tokens[p], win[verbAt]!)) fired.add('perfect-writing');
    verbBefore = { paragraph: p, end: tokens[p][win[verbAt]!]!.end };
    // coordinated-verb: "Sheriff Lennox said she had taken into account that McInally had no
    // previous convictions, but described his remorse as "late and limited"": a verb of speech
    // after ", but" or ", and" shares the subject of the sentence's verb of speech before it; a
    // name inside the clause that verb reports is not the subject.
    const earlier = coordinatedEarlierVerb(p, win, verbAt);
    if (earlier !== undefined) {
      fired.add('coordinated-verb');
      verbAt = earlier;
    }
    // asked-fronted: "Asked what she would do with her time, Mrs Pirie did not hesitate: …",
    // "Asked whether he meant the referee, Yakubu Garba, he said only: …": the one asked answers,
    // the subject of the clause after the comma; a name inside the question is whom it was about.
    // ("Asked by Ms Natarajan whether …, she replied": the asker is passed over, and the pronoun is
    // read from where it stands; "Asked by Judge Nahimana whether …, he paused": the same.)
    const askedAt = win.findIndex(
      (i, k) => k <= verbAt && /^asked$/i.test(tokens[p][i]!.text) && (i === 0 || boundary(p, i - 1)) && sentenceOf[p][i] === sentenceOf[p][win[verbAt]!],
    );
    if (askedAt >= 0) {
      const answerer = askedAnswerer(p, win, askedAt);
      if (answerer !== undefined) {
        fired.add('asked-fronted');
        return answerer;
      }
    }
    // document-owner: "Ghaffari's report, read aloud by the presiding judge, Ali Akbar Tavakoli,
    // stated: …": a written text someone owns, opening the sentence as the verb's subject, holds
    // that person's words, whoever reads it out.
    const textOwner = documentOwner(p, win[verbAt]!);
    if (textOwner !== undefined) {
      fired.add('document-owner');
      via = 'name';
      return textOwner;
    }
    if (writtenSubject(p, win[verbAt]!)) return UNNAMED;
    const participleSpeaker = participleSubject(p, win, verbAt);
    if (participleSpeaker !== undefined) {
      fired.add('participle-subject');
      via = 'name';
      return participleSpeaker;
    }
    // relative-subject: "That was the verdict of Emeka Nwachukwu, chief executive of …, who said
    // dealers had struggled … and that the delays were "…"": the verb's subject is the one the
    // ", who" clause is about, the person named last before it, whatever governs that name.
    if (tokens[p][win[verbAt]! - 1]?.text.toLowerCase() === 'who' && tokens[p][win[verbAt]! - 2]?.text === ',') {
      for (let k = verbAt - 2; k >= 0; k--) {
        const id = input.people[p].get(win[k]!);
        if (id === undefined || id < 0 || possessiveAt(p, win[k]!)) continue;
        fired.add('relative-subject');
        via = 'name';
        return id;
      }
    }
    // passive-speech: "Varga was described as "a liar" by his partner", "she was told "…"": the
    // subject is the one spoken of or to; the words are someone else's, named after them or not.
    const aux = tokens[p][win[verbAt]! - 1];
    if (aux?.word && PASSIVE.has(aux.text.toLowerCase())) {
      fired.add('passive-speech');
      return UNNAMED;
    }
    // "his mother said she was "…"", "someone in the gallery called out": a noun is the verb's
    // subject, so the speaker is whoever that noun phrase names ("the care worker said") — or no
    // one; not a pronoun in the reported clause after the verb.
    // aside-before-verb: "Stephen Cook, who runs it with his partner Ayesha Cook, said…", "Cllr
    // Rhiannon Bishop (Lib Dem, Castle ward) said…": a name inside a relative clause or brackets
    // between the subject and its verb is not the subject, so the first pass looks past it.
    const aside = asideBeforeVerb(p, win, verbAt);
    // The subject is read before such an aside: "The former president, who still sits in
    // parliament, said President Tomas Vinter "…"" has a noun phrase for subject, as "his mother
    // said" has.
    const asideStart = aside.size ? Math.min(...aside) : verbAt;
    // aux-before-verb: "She said that on one visit the defendant had told her: "…"": an auxiliary
    // or a modal may stand between a verb that introduces the quote (a colon after it, or after
    // its object) and the verb's subject, which is then read before it. Not "Mr Hartmann said the
    // family had agreed to the plan "with a heavy heart"": words quoted inside a reported clause
    // are the reporter's.
    const introduces = [1, 2].some((n) => tokens[p][win[verbAt]! + n]?.text === ':');
    let subjectAt = win[asideStart]! - 1;
    while (introduces && subjectAt > 0 && tokens[p][subjectAt]!.word && VERB_HELPERS.has(tokens[p][subjectAt]!.text.toLowerCase())) subjectAt--;
    const subject = tokens[p][subjectAt];
    /** The speaker reference at win[k], unless it is a name inside a phrase about someone. */
    // Nor a noun phrase after a preposition: "De Vincenti, undersecretary to the prime minister,
    // said …" — the prime minister is whom he serves, not who spoke.
    // coordinated-object: "Rebecca Swain thanked Ngata and said her submission had been "…"": a
    // name between a verb and the "and" before the verb of speech is the first verb's object.
    const verbToken = win[verbAt]!;
    const coordinated = COORDINATORS.has(tokens[p][verbToken - 1]?.text.toLowerCase() ?? '');
    const objectOfFirstVerb = (i: number) => {
      if (!coordinated || input.people[p].get(i) === undefined) return false;
      const end = capitalRunEnd(tokens[p], i);
      const before = tokens[p][beforeTitles(tokens[p], i)];
      return end + 2 === verbToken && !!before?.word && !before.cap && (isVerb(before.text.toLowerCase()) || SPEECH_VERBS.has(before.text.toLowerCase()));
    };
    const at = (k: number) => {
      if (objectOfFirstVerb(win[k]!)) {
        fired.add('coordinated-object');
        return undefined;
      }
      const id = speakerAt(p, win[k]!);
      if (id === undefined || (via !== 'name' && !nounRef) || !objectOfPreposition(p, win[k]!)) return id;
      fired.add('object-of-preposition');
      return undefined;
    };
    const skipped = (k: number) => {
      if (!aside.has(k)) return false;
      if (speakerAt(p, win[k]!) !== undefined) fired.add('aside-before-verb');
      return true;
    };
    // organisation-subject: "His office said he … "fully supports the minister"", "the ministry
    // said": a body in lower case is the subject too, and speaks for no one named.
    const owner = tokens[p][subjectAt - 1];
    const body = subject?.word && !subject.cap && (ORG_NOUNS.has(subject.text.toLowerCase()) || BODY_SUBJECTS.has(subject.text.toLowerCase())) && !!owner?.word && DETERMINERS.has(owner.text.toLowerCase());
    if (subject?.word && !subject.cap && (isPersonNoun(subject.text) || isPlainNoun(subject.text.toLowerCase()) || body)) {
      for (let k = verbAt - 1; k >= 0; k--) {
        const id = skipped(k) ? undefined : at(k);
        if (id !== undefined) return id;
        // noun-phrase-subject: the search ends where the noun phrase opens ("… Barty Rose stormed
        // out after a top food critic branded it "…"": the critic, not Rose, is the speaker).
        const t = tokens[p][win[k]!]!;
        if (t.word && DETERMINERS.has(t.text.toLowerCase())) break;
      }
      return UNNAMED;
    }
    // said-parenthesis: "Mollel, said Hamisi Kitwana, the MP for Mpwapwa, "is a man who …"": a
    // verb of speech set off by commas after a name, its own subject named right after it, is an
    // aside; the one named before it is whom the words are about, and the one after it spoke them.
    // (The aside closes right before the quotation mark: "…, said Kitwana, the MP for Mpwapwa, "is
    // …"; not "Anjali Mistry, defending, said Dunleavy had … and had "got in far deeper"".)
    const mark = tokenAt(tokens[p]!, s.open);
    if (tokens[p][verbToken - 1]?.text === ',' && tokens[p][mark - 1]?.text === ',' && verbAt + 1 < win.length && win[verbAt + 1] === verbToken + 1) {
      const inverted = at(verbAt + 1);
      if (inverted !== undefined && inverted >= 0 && via === 'name') {
        fired.add('said-parenthesis');
        return inverted;
      }
    }
    for (let k = verbAt - 1; k >= 0; k--) {
      const id = skipped(k) ? undefined : at(k);
      if (id !== undefined) return id;
    }
    fired.delete('aside-before-verb');
    for (let k = verbAt - 1; k >= 0; k--) {
      const id = at(k);
      if (id !== undefined) return id;
    }
    // The verb's subject after it ("said Jones"): the reported clause is not set apart from it.
    verbBefore = undefined;
    // object-verb: "The opposition accused Ergüven of acting too late. "…"": a name after a verb
    // that judges or addresses someone is its object, whose words these are not.
    if (OBJECT_VERBS.has(tokens[p][verbToken]!.text.toLowerCase())) {
      fired.add('object-verb');
      return wholeParagraph ? undefined : UNNAMED;
    }
    for (let k = verbAt + 1; k < win.length; k++) {
      const id = at(k);
      if (id !== undefined) return id;
    }
    return wholeParagraph ? undefined : UNNAMED;
  };

  /** The first and last token of paragraph p's last sentence (its last word ends it). */
  const lastSentence = (p: number): [number, number] => {
    const ts = tokens[p]!;
    let end = ts.length - 1;
    while (end > 0 && !ts[end]!.word) end--;
    return [sentenceStartOf(p, end), end];
  };

  /**
   * Whom the he or she at token `pronoun` of paragraph p stands for, when it resolves and no one
   * else of its gender is named before it in the paragraph; undefined otherwise.
   */
  const unrivalled = (p: number, pronoun: number): number | undefined => {
    const g = PRONOUNS[tokens[p]![pronoun]!.text.toLowerCase()]!;
    const id = resolvePronoun({ paragraph: p, token: pronoun }, g);
    const rival = named[p]!.some((t) => t < pronoun && input.people[p]!.get(t) !== id && input.gender(input.people[p]!.get(t)!) === g);
    return rival ? undefined : id;
  };

  /**
   * reported-before: "The Greens' housing spokeswoman, Senator Leila Haddad, said her party was
   * prepared to negotiate …" then, as a paragraph of its own, ""A tax break with no affordable homes
   * attached is just a gift."": a quote opening its paragraph after a paragraph of reported speech
   * alone (no quote of its own) is the words of the one named as the subject of that paragraph's
   * last sentence's verb of speech — when no one is named after the verb, the subject is no one's
   * possessive ("Smith's lawyer said") or object ("a spokesman for Smith said"), and nothing but an
   * appositive stands between the name and the verb; or a he or she opens that sentence right
   * before its verb, and stands for one person; or, where it names no one before the verb, a noun
   * phrase opening it stands for one person (reported-noun).
   */
  const reportedBefore = (s: QuoteSpan): number | undefined => {
    const p = s.paragraph - 1;
    const hp = s.paragraph;
    if (p < 0 || s.open < 0 || quoted[p]!.some(Boolean)) return undefined;
    if (tokens[hp]!.some((t, i) => t.word && !quoted[hp]![i] && t.start < s.open)) return undefined;
    const ts = tokens[p]!;
    const [start, end] = lastSentence(p);
    let verb = -1;
    // A speech verb, or a phrase saying someone gave an address or read a statement ("His son
    // Declan, a secondary teacher in Tramore, delivered the eulogy."; remarkPhrases).
    // A participle opening the sentence is not its verb ("Speaking to supporters after midnight,
    // Hadžić said the result was a message …": fronted-participle).
    const fronted = (i: number) => i === start && /\p{Ll}ing$/u.test(ts[i]!.text);
    for (let i = start; i <= end && verb < 0; i++) if (ts[i]!.word && !fronted(i) && (speechVerbAt(ts, i) || REMARK_PHRASES.some((ph) => wordsAt(ts, i, ph)))) verb = i;
    if (verb < 0) return undefined;
    const aux = ts[verb - 1];
    if (aux?.word && PASSIVE.has(aux.text.toLowerCase())) return undefined;
    // A name after the verb is a rival, unless it opens the clause reported, and that clause says
    // nothing more was said ("Heat coach Wade Sorensen said Whitcombe had been fast-tracked …").
    const after = named[p]!.filter((i) => i > verb && i <= end);
    const reported = after.length > 0 && after[0] === verb + 1 && !ts.slice(verb + 1, end + 1).some((t, k) => t.word && speechVerbAt(ts, verb + 1 + k));
    if (after.length && !reported) return undefined;
    // A paragraph that names no one ("He said the production would return …") leaves the quote to a
    // sentence after it that names its speaker ("So wrote Zsófia Mészáros …"; speaker-reveal).
    if (!named[p]!.length && revealedAfter(s) !== undefined) return undefined;
    // "Their daughter, Maria Lykos, now runs the stall. She said her father never …": a he or she
    // opening that last sentence, right before its verb, is whom the pronoun stands for — when
    // it resolves without a rival of its gender.
    const pronoun = subjectPronounAt(p, start);
    if (pronoun !== undefined && pronoun + 1 === verb) return unrivalled(p, pronoun);
    const at = named[p]!.filter((i) => i >= start && i < verb).at(-1);
    if (at === undefined) return reportedByNoun(p, start, verb);
    if (possessiveAt(p, at) || objectOfPreposition(p, at)) return undefined;
    let nameEnd = at;
    while (ts[nameEnd + 1]?.word && ts[nameEnd + 1]!.cap && nameEnd + 1 < verb) nameEnd++;
    // Only an appositive between, set off by commas ("Senator Leila Haddad, the Greens' spokeswoman, said").
    const between = ts.slice(nameEnd + 1, verb);
    if (between.length && !(between[0]!.text === ',' && between.at(-1)!.text === ',')) return undefined;
    return input.people[p]!.get(at);
  };

  /**
   * reported-noun: "The 33-year-old centre-back, who captained the side for three seasons, confirmed
   * his decision in a post on Instagram." before a paragraph of his words: where that last
   * sentence names no one before its verb, a noun phrase opening it that stands for one person of
   * the story — by the age the story gave them, or by their role — is its subject.
   */
  const reportedByNoun = (p: number, start: number, verb: number): number | undefined => {
    const ts = tokens[p]!;
    if (!SUBJECT_DETERMINERS.has(ts[start]?.text.toLowerCase() ?? '')) return undefined;
    for (let j = start + 1; j <= start + 3 && j < verb && ts[j]!.word && !ts[j]!.cap; j++) {
      const age = AGE_WORD.exec(ts[j]!.text);
      const id = age ? input.byAge?.(Number(age[1])) : isPersonNoun(ts[j]!.text) && !isPluralNoun(ts[j]!.text) ? input.byRoleWord(ts[j]!.text.toLowerCase()) : undefined;
      if (id !== undefined && id >= 0) {
        fired.add('reported-noun');
        return id;
      }
    }
    return undefined;
  };

  /**
   * introduced-before: a paragraph that is a quote with nothing of its own around it, after a
   * paragraph with no quote whose last sentence opens by introducing one person for the first time
   * and names no one else ("Alasdair Munro, 71, a retired postman who lives on Island Bank Road,
   * has walked his collie across the bridge every morning for ten years." / "Going round by …"):
   * the person just introduced, as a reporter introduces the one about to speak.
   */
  const introducedBefore = (s: QuoteSpan): number | undefined => {
    const p = s.paragraph - 1;
    const hp = s.paragraph;
    if (p < 0 || s.open < 0 || quoted[p]!.some(Boolean) || !named[p]!.length) return undefined;
    // Nothing but quoted words in the quote's paragraph: no name, no verb, no he or she.
    if (tokens[hp]!.some((t, i) => t.word && !quoted[hp]![i])) return undefined;
    const ids = new Set(named[p]!.map((i) => input.people[p]!.get(i)));
    if (ids.size !== 1) return undefined;
    const id = [...ids][0]!;
    if (id < 0 || firstNamed.get(id)?.paragraph !== p) return undefined;
    const ts = tokens[p]!;
    const [start] = lastSentence(p);
    // The name opens that last sentence, titles and a description of at most four words before it.
    const at = named[p]!.find((i) => i >= start);
    if (at === undefined || at - start > 4 || ts.slice(start, at).some((t) => t.word && !t.cap && isVerb(t.text.toLowerCase()) && !isPersonNoun(t.text))) return undefined;
    return id;
  };

  /**
   * `Galantino has called the ruling "dangerous": "We face…"`: a quote a colon introduces, with no
   * speech verb before it, belongs to the first person the sentence names (quoted words skipped).
   */
  const colonSubject = (s: QuoteSpan): number | undefined => {
    if (s.open < 0) return undefined;
    const p = s.paragraph;
    const text = input.paragraphs[p];
    let c = s.open - 1;
    while (c >= 0 && /\s/.test(text[c]!)) c--;
    if (text[c] !== ':') return undefined;
    const end = tokenAt(tokens[p], s.open);
    const ts = tokens[p];
    let i = end - 1;
    while (i > 0 && !boundary(p, i - 1) && end - i < LOOK_BACK) i--;
    const start = i;
    // colon-text: "with a placard that read:", "a sign reading:": a written text's words are no
    // one's named here.
    const before = ts.slice(start, end).filter((t) => t.word).map((t) => t.text.toLowerCase());
    const verbAt = before.length - 1;
    if (/^(?:read|reads|reading|said|says|saying)$/.test(before[verbAt] ?? '')) {
      const noun = before[verbAt - 1] === 'that' || before[verbAt - 1] === 'which' ? before[verbAt - 2] : before[verbAt - 1];
      if (noun && DOCUMENT_NOUNS.has(noun)) {
        fired.add('colon-text');
        return UNNAMED;
      }
    }
    const readsText = before.some((w) => /^(?:read|reads|reading)$/.test(w)) && before.some((w) => DOCUMENT_NOUNS.has(w));
    // colon-read-text: "Booys then read out a WhatsApp message that Johannes Nakale sent her …:": a
    // text read out is its writer's, named in the sentence as sending or writing it ("that X sent",
    // "X, …, sent us a statement", "a letter from X", "by X"); the one reading it out says none of
    // it, so with no writer named the colon names no one (other cues may: document-author).
    if (readsText) {
      const noun = ts.findIndex((t, k) => k >= start && k < end && t.word && DOCUMENT_NOUNS.has(t.text.toLowerCase()));
      for (let k = start; noun >= 0 && k < end; k++) {
        const id = quoted[p][k] || (k > start && input.people[p].get(k - 1) === input.people[p].get(k)) ? undefined : input.people[p].get(k);
        if (id === undefined || id < 0) continue;
        let after = capitalRunEnd(ts, k);
        // "The culture secretary, Fiona Dalgleish, sent us a statement": the appositive's comma.
        if (ts[after + 1]?.text === ',') after++;
        const next = ts[after + 1]?.word ? ts[after + 1]!.text.toLowerCase() : '';
        const prev = ts[k - 1]?.word ? ts[k - 1]!.text.toLowerCase() : '';
        if ((k > noun && (prev === 'from' || prev === 'by' || next === 'had')) || WRITING_VERBS.has(next) || next === 'sent') {
          fired.add('colon-read-text');
          return id;
        }
      }
      fired.add('colon-read-text');
      return undefined;
    }
    for (; i < end; i++) {
      const id = quoted[p][i] ? undefined : input.people[p].get(i);
      if (id === undefined) continue;
      // "Ms Blaylock's daughter Maisie, 14, …:": a possessive name owns the subject, it is not it.
      const noun = possessiveNoun(p, i);
      if (noun === undefined) return id;
      fired.add('possessive-owner');
      // ("Kelly's husband told the Spark:": the one person introduced by that relation speaks, as
      // after a verb of speech.)
      const relative = input.byRelation?.(noun);
      if (relative !== undefined) return relative;
    }
    // colon-pronoun: "He also had a warning for holdouts: "…"": a he or she opening the sentence
    // is its subject, when it resolves without a rival of its gender named before it (not "She
    // read the jury a text message the defendant sent …: "…"": colon-read-text above).
    const pronoun = subjectPronounAt(p, start);
    const subject = pronoun !== undefined && pronoun < end ? unrivalled(p, pronoun) : undefined;
    if (subject !== undefined) {
      fired.add('colon-pronoun');
      return subject;
    }
    // colon-unnamed: "A caller to the phone-in, on the charges: "…"", "One resident was blunt:":
    // an indefinite subject and no name is an unnamed source, not the last speaker going on.
    if (['a', 'an', 'one', 'another'].includes(ts[start]?.text.toLowerCase() ?? '')) {
      fired.add('colon-unnamed');
      return UNNAMED;
    }
    return undefined;
  };

  /** The nearest person named (or a he/she) before the quote in its paragraph. */
  const nearestBefore = (s: QuoteSpan): number | undefined => {
    const win = backWindow(s.paragraph, Math.max(0, s.open), true);
    for (let k = win.length - 1; k >= 0; k--) {
      const id = speakerAt(s.paragraph, win[k]);
      if (id !== undefined) return id;
    }
    return undefined;
  };

  /**
   * The one person named (outside quotes) in paragraph p before token i, or, when none is, in the
   * paragraph before it; undefined when none or several are.
   */
  const soleNamedBefore = (p: number, i: number): number | undefined => {
    let q = p;
    let at = named[p]!.filter((k) => k < i);
    if (!at.length && p > 0) at = named[(q = p - 1)]!;
    // "Pauline Hirst, 71, claims the conifers planted by Derek and Sharon Wainwright …": names
    // after a preposition (and those joined to them by "and") are what the sentence tells of, not
    // whom it describes; they count only when no one else is named.
    const main = at.filter((k) => !obliqueName(q, k));
    if (main.length && main.length < at.length) at = main;
    const found = new Set(at.map((k) => input.people[q]!.get(k)!));
    // A name that fits two people ("the younger Brennan") counts as someone else named.
    if (found.size !== 1 || [...found][0]! < 0) return undefined;
    // The person must be introduced with a description the epithet goes on from ("Seán Mulkerrin,
    // a student at …", "Syndicate organiser Denise Harker"); "Colin Marsh added a third." is no
    // introduction, and the scorer of the goal before may be the one who speaks.
    return at.some((k) => described(q, k)) ? [...found][0] : undefined;
  };

  /** Does the name at token k of paragraph p follow a preposition, directly or by "and" after a name that does? */
  const obliqueName = (p: number, k: number): boolean => {
    const ts = tokens[p]!;
    const j = beforeTitles(ts, k);
    const w = ts[j]?.word ? ts[j]!.text.toLowerCase() : '';
    if (PREPOSITIONS.has(w)) return true;
    if (w !== 'and' && w !== 'or') return false;
    const prev = named[p]!.filter((n) => n < j).at(-1);
    return prev !== undefined && capitalRunEnd(ts, prev) === j - 1 && obliqueName(p, prev);
  };

  /** Is the name starting at token k of paragraph p set beside a description: a title before it or a comma and words after it? */
  const described = (p: number, k: number): boolean => {
    const ts = tokens[p]!;
    const end = capitalRunEnd(ts, k);
    const before = ts[k - 1];
    return (ts[end + 1]?.text === ',' && !!ts[end + 2]?.word) || (!!before?.word && isPersonNoun(before.text));
  };

  /**
   * introduced-next: `"Mothers come to me and ask whether it is too late." Nour Habib has been a
   * nurse at the centre for fourteen years`: a paragraph that opens on a quote with no cue of its
   * own, whose next sentence opens by introducing someone by full name, is that person's; so is
   * one whose next sentence opens on a name already met and a relative clause about them.
   */
  const introducedNext = (s: QuoteSpan, head: QuoteSpan, opening: boolean | 'speaking' = true): number | undefined => {
    const p = s.paragraph;
    const hp = head.paragraph;
    // The quote opens its paragraph, or (opening false) nobody is named or stands as a he or she
    // in the paragraph before it ("But now the whole close has taken sides. "…" Retired
    // headteacher Pauline Ashworth, 71, …"). With 'speaking', whatever comes before: the sentence
    // after must then say the one it introduces spoke (read at the end).
    const before = (i: number) => !quoted[hp]![i] && tokens[hp]![i]!.start < head.open;
    if (opening === true && tokens[hp]!.some((t, i) => t.word && before(i))) return undefined;
    if (opening === false && tokens[hp]!.some((t, i) => before(i) && (input.people[hp]!.has(i) || (t.word && PRONOUNS[t.text.toLowerCase()] !== undefined)))) return undefined;
    const ts = tokens[p]!;
    let i = tokenAt(ts, s.end);
    while (i < ts.length && !ts[i]!.word) i++;
    // A phrase of place or time set off by a comma may open the sentence ("Outside the William
    // Cooper Justice Centre, retired tram driver Graham Whitcombe, who lost …"), naming no one.
    const first = ts[i]?.word ? ts[i]!.text.toLowerCase() : '';
    if (first && !ARTICLES.has(first) && !SUBJECT_POSSESSIVES.has(first) && (isFunctionWord(first) || PLACE_PREPOSITIONS.has(first))) {
      for (let k = i + 1; k < ts.length && k < i + FRONTED_CLAUSE_WORDS && !input.people[p]!.has(k) && !quoted[p]![k] && !boundary(p, k); k++) {
        if (ts[k]!.text !== ',') continue;
        i = k + 1;
        break;
      }
    }
    // Titles may open the sentence before the name ("Altnamoy captain Pádraig Corr said so as …",
    // "Central bank president Patricio Salvatierra made the remark"): no verb, no function word —
    // but an article, a possessive and the comma of an appositive ("The club's captain, Lautaro
    // Benítez, 31, was still in his kit").
    const opener = i;
    // Not `"…." Her coach, Tosin Adebayo, said …`: a sentence about someone's relative or
    // colleague goes on about that person, and the words before it stay with the one it belongs to.
    if (ts[i]?.word && ['his', 'her', 'their', 'my', 'our', 'its'].includes(ts[i]!.text.toLowerCase())) return undefined;
    for (let n = 0; n < 5 && ts[i] && !input.people[p]!.has(i); n++, i++) {
      const t = ts[i]!;
      const w = t.text.toLowerCase();
      if (t.word && i === opener && ARTICLES.has(w)) continue;
      if (t.word && isPossessive(t.text)) continue;
      if (!t.word && t.text === ',' && i > opener) {
        // "The health minister, Dr Yaw Boakye-Ansah, …": titles may stand after the comma.
        let n = i + 1;
        while (n < ts.length && isTitlePart(ts[n]!) && !input.people[p]!.has(n)) n++;
        if (input.people[p]!.has(n)) {
          i = n - 1;
          continue;
        }
      }
      // A participle describing the noun after it ("retired tram driver Graham Whitcombe").
      const describes = isVerb(w) && [ts[i + 1], ts[i + 2]].some((n) => n?.word && (isPersonNoun(n.text) || isRoleWord(n.text)));
      if (!(t.word && (t.cap || isPersonNoun(t.text) || describes || (!isVerb(w) && !isFunctionWord(w))))) break;
    }
    const id = input.people[p]!.get(i);
    if (id === undefined || id < 0) return undefined;
    // Named again, by any form, with a relative clause about them ("Faleolo, who has skippered
    // ferries on the harbour for 22 years, took the vessel out"): the sentence is about them too.
    const end = capitalRunEnd(ts, i);
    if (ts[end + 1]?.text === ',' && ts[end + 2]?.word && ts[end + 2]!.text.toLowerCase() === 'who') return id;
    // Named again, by any form, in a sentence that says they made the remark or read it out
    // (`"…" Vandermeer, in a grey suit, read the brief statement`): the words are theirs.
    if (remarkFrom(p, end + 1)) return id;
    if (!ts[i + 1]?.word || !ts[i + 1]!.cap) return undefined;
    const at = firstNamed.get(id);
    if (at?.paragraph !== p || at.token !== i) return undefined;
    if (opening !== 'speaking') return id;
    // introduced-speaking: `Quartey said …. "…" The health minister, Dr Yaw Boakye-Ansah, made
    // the comment to journalists …`: the sentence introducing someone new says they made the
    // remark just quoted (remarkPhrases in speech-verbs.json). A plain "said" there reports
    // something else as often as not.
    return remarkFrom(p, end + 1) ? id : undefined;
  };

  /** Does the sentence of paragraph p go on from token `from` to say someone made a remark ("made the comment", "spoke"; remarkPhrases)? */
  const remarkFrom = (p: number, from: number): boolean => {
    const ts = tokens[p]!;
    for (let k = from; k < ts.length && !boundary(p, k - 1); k++) if (ts[k]!.word && !quoted[p]![k] && REMARK_PHRASES.some((ph) => wordsAt(ts, k, ph))) return true;
    return false;
  };

  /**
   * introduced-across: a quote that is a paragraph of its own, then a paragraph opening by
   * introducing someone by full name for the first time, in a sentence that says they spoke or made
   * the remark (remarkPhrases: "Mrs Bisola Ajayi, a fish seller in Makoko, spoke on Wednesday beside
   * her son's bed"): that person, or undefined. Otherwise ("Memory Tembo, 26, brought her son …",
   * "Tom Eversley, the operator's managing director, said the timetable …") the quote is as often
   * the last speaker's, going on, and stays so.
   */
  const introducedAcross = (s: QuoteSpan, head: QuoteSpan): number | undefined => {
    const p = s.paragraph;
    if (p + 1 >= tokens.length || p + 1 >= input.paragraphs.length) return undefined;
    if (tokens[p]!.some((t, i) => t.word && !quoted[p]![i])) return undefined;
    if (tokens[head.paragraph]!.some((t, i) => t.word && !quoted[head.paragraph]![i])) return undefined;
    const ts = tokens[p + 1]!;
    let i = 0;
    while (i < ts.length && ts[i]!.word && ts[i]!.cap && isTitlePart(ts[i]!) && !input.people[p + 1]!.has(i)) i++;
    const id = input.people[p + 1]!.get(i);
    if (id === undefined || id < 0 || !ts[i + 1]?.word || !ts[i + 1]!.cap) return undefined;
    const at = firstNamed.get(id);
    if (at?.paragraph !== p + 1 || at.token !== i) return undefined;
    return remarkFrom(p + 1, i + 1) ? id : undefined;
  };

  /** Does a phrase saying the quote answered ("came the reply"; REPLY_PHRASES) follow quote span `s`? */
  const replyAfter = (s: QuoteSpan): boolean => {
    const ts = tokens[s.paragraph]!;
    let i = tokenAt(ts, s.end);
    while (i < ts.length && !ts[i]!.word) i++;
    return REPLY_PHRASES.some((ph) => wordsAt(ts, i, ph));
  };

  /** How many sentences end (outside quotes) in paragraph p between two offsets. */
  const sentenceEndsBetween = (p: number, from: number, to: number) => {
    let n = 0;
    for (let i = tokenAt(tokens[p], from); i < tokens[p].length && tokens[p][i]!.start < to; i++) if (boundary(p, i)) n++;
    return n;
  };

  /** Is anyone named (outside quotes) in paragraph p between two offsets? */
  /**
   * The person whose name opens the sentence after the one holding token `i` of paragraph `p`, as
   * the subject of a verb of speech right after it ("Saidova added that …"), if any.
   */
  const speakerOpeningNextSentence = (p: number, i: number): number | undefined => {
    const ts = tokens[p]!;
    let k = i;
    while (k < ts.length && sentenceOf[p]![k] === sentenceOf[p]![i]) k++;
    while (k < ts.length && !ts[k]!.word) k++;
    const id = input.people[p]!.get(k);
    if (id === undefined || id < 0 || quoted[p]![k]) return undefined;
    const end = capitalRunEnd(ts, k);
    return ts[end + 1] && isSpeech(ts[end + 1]!, ts[end + 2]) ? id : undefined;
  };
  /** Is anyone but `people` named from offset `from` of paragraph `p` to offset `to` of paragraph `q`, outside quotes? */
  const namedOtherThan = (people: readonly number[], p: number, from: number, q: number, to: number) => {
    for (let k = p; k <= q; k++) {
      for (const t of named[k]) {
        const at = tokens[k][t]!.start;
        if ((k === p && at < from) || (k === q && at >= to) || quoted[k][t]) continue;
        if (!people.includes(input.people[k].get(t)!)) return true;
      }
    }
    return false;
  };
  const namedBetween = (p: number, from: number, to: number) => {
    const list = named[p];
    const k = lowerBound(list, tokenAt(tokens[p], from), (n) => n);
    return k < list.length && tokens[p][list[k]].start < to;
  };

  /**
   * The person named first after offset `from` of paragraph `p`, in the sentence that follows a
   * quote ("…." That was the verdict of Rui Tavares, …), if any.
   */
  const namedNext = (p: number, from: number): number | undefined => {
    const list = named[p];
    let k = lowerBound(list, tokenAt(tokens[p], from), (n) => n);
    // "Gary's wife, Kelly Spence, 44, …": a name that owns the noun the sentence is about is not
    // the one it names; the next name in the sentence is.
    while (k + 1 < list.length && possessiveNoun(p, list[k]!) !== undefined) k++;
    if (k >= list.length) return undefined;
    const first = tokenAt(tokens[p], from);
    for (let i = first; i < list[k]!; i++) if (quoted[p][i] || (i > first && boundary(p, i))) return undefined;
    return input.people[p].get(list[k]!);
  };

  /**
   * Where the name a reveal phrase gives starts, from token `j` of paragraph `p` on: titles and a
   * description may come first ("Infrastructure Minister Duarte Lobo", "compere Lenny Fairbrother",
   * "the son of her late partner, Omar Hegazy"). The description may run over a comma only into a
   * name ("one of its largest shareholders, who asked not to be named" gives none); a verb, a
   * quote or the sentence's end stops the search. `j` itself when nothing is found.
   */
  const revealedNameAt = (p: number, j: number): number => {
    const ts = tokens[p];
    for (let k = j; k < ts.length && k < j + 10; k++) {
      if (input.people[p].has(k)) return k;
      const t = ts[k]!;
      if (quoted[p][k] || (k > j && boundary(p, k))) break;
      if (t.text === ',') {
        if (input.people[p].has(k + 1)) return k + 1;
        break;
      }
      if (!t.word) continue;
      const w = t.text.toLowerCase();
      // A participle describing the noun after it ("the words of retired headteacher Meirion Lloyd").
      const describes = isVerb(w) && !!ts[k + 1]?.word && isPersonNoun(ts[k + 1]!.text);
      // An age before the name ("the verdict of 11-year-old Chanda"), written in figures or words.
      const age = /^[\p{L}\d]+(?:-[\p{L}\d]+)*-years?-old$/u.test(w);
      if (isTitlePart(t) || isPersonNoun(w) || REVEAL_DESCRIPTION_WORDS.has(w) || describes || age || (t.cap && !SPEECH_VERBS.has(w)) || /['’]s$/.test(t.text)) continue;
      break;
    }
    return j;
  };

  /**
   * How many tokens of a time ("last night", "on Tuesday", "yesterday") stand from token `k`
   * before the word `link` a few tokens on; 0 when none do.
   */
  const timeBefore = (ts: Token[], k: number, link: string): number => {
    for (let n = 1; n <= 3; n++) {
      if (ts[k + n]?.text.toLowerCase() !== link) continue;
      return ts.slice(k, k + n).every((t) => t.word && REVEAL_TIME_WORDS.has(t.text.toLowerCase())) ? n : 0;
    }
    return 0;
  };
  /**
   * speaker-reveal: `"…." So says Declan Ashe-Mbeki`, `"…." The voice belonged to Callum Dunvegan`:
   * a sentence right after a quote that ended its own sentence, opening on a phrase that names a
   * speaker (`speakerReveals` in speech-verbs.json), gives the person named next, titles skipped.
   */
  /** Whether a verb of asking ("asked", "pressed") stands in the few words right after the quote that ends at `tail`. */
  const askedAround = (tail: QuoteSpan): boolean => {
    const ts = tokens[tail.paragraph]!;
    const k = ts.findIndex((t) => t.start >= tail.end);
    if (k < 0) return false;
    return ts.slice(k, k + 5).some((t) => t.word && QUESTION_VERBS.has(t.text.toLowerCase()));
  };
  /**
   * The token after "by" of a passive opening at token `i` of paragraph `p` ("shouted through a
   * megaphone by …"): a participle, then "by" within six words of the same sentence.
   */
  const passiveAgent = (p: number, i: number): number | undefined => {
    const ts = tokens[p];
    if (!ts[i]?.word || ts[i]!.cap || !/(?:ed|en|wn|ng)$/.test(ts[i]!.text)) return undefined;
    for (let k = i + 1; k <= i + 6 && k + 1 < ts.length && !boundary(p, k - 1); k++) {
      if (ts[k]!.text === 'by' && input.people[p].has(k + 1)) return k + 1;
    }
    return undefined;
  };
  const revealedAfter = (s: QuoteSpan): number | undefined => {
    if (s.close < 0 || !/[.!?]["'’”]?$/.test(input.paragraphs[s.paragraph].slice(s.start, s.end).trimEnd())) return undefined;
    let p = s.paragraph;
    let ts = tokens[p];
    let i = tokenAt(ts, s.close + 1);
    while (i < ts.length && !ts[i]!.word) i++;
    // A quote that closes its paragraph, then "That was the verdict of Chinedu Obi, 41, …" opening
    // the next: the reveal may start the paragraph after it.
    // Only a phrase of three words or more may reach across ("It was Tom Reed who…" opening a
    // paragraph is as likely a new story line as a reveal).
    let across = false;
    if (i >= ts.length && p + 1 < tokens.length) {
      across = true;
      p++;
      ts = tokens[p];
      i = 0;
      while (i < ts.length && !ts[i]!.word) i++;
    }
    for (const marked of SPEAKER_REVEALS_BY_FIRST.get(ts[i]?.text.toLowerCase() ?? '') ?? []) {
      const nameNext = marked.at(-1) === REVEAL_NAME_NEXT;
      const phrase = nameNext ? marked.slice(0, -1) : marked;
      // A phrase's comma ("The statement, from …") is a token too, though no word. A time may
      // stand before the phrase's last "of" or "from" ("That was the plea last night from …").
      let at = i;
      const matches = phrase.every((w, n) => {
        if (n === phrase.length - 1 && (w === 'of' || w === 'from')) at += timeBefore(ts, at + n, w);
        return (ts[at + n]?.word || w === ',') && ts[at + n]?.text.toLowerCase() === w && !quoted[p][at + n];
      });
      if (!matches) continue;
      if (nameNext && !input.people[p].has(at + phrase.length)) continue;
      let j = revealedNameAt(p, at + phrase.length);
      // "The words were shouted through a megaphone by Fatumata Baldé": a passive after the
      // phrase's copula, its agent a few words on in the sentence.
      const agent = !input.people[p].has(j) && /^(?:was|were)$/.test(phrase.at(-1) ?? '') ? passiveAgent(p, at + phrase.length) : undefined;
      if (agent !== undefined) j = revealedNameAt(p, agent);
      const id = input.people[p].get(j);
      // A short phrase reaches across only to a name set off by a comma, the one introduced
      // ("That was Nathalie Bergeron, speaking outside …"), not "It was Tom Reed who …".
      if (across && phrase.length < 3) {
        // ("That was Murdo again, who has woven …": the speaker named once more.)
        const after = capitalRunEnd(ts, j) + 1;
        if (id === undefined || id < 0 || ts[ts[after]?.text.toLowerCase() === 'again' ? after + 1 : after]?.text !== ',') continue;
      }
      // "That was the verdict of one of Larkfield's ten largest shareholders, who asked not to be
      // named": the words are someone's the article does not name, not the last speaker's.
      if (id === undefined || id < 0) return UNNAMED;
      // "Those were the words of Dazza's mum, Bev Holcroft": a possessive name owns the one who
      // spoke, named after the comma, or no one named.
      // "That was Derek's verdict": a possessive name owns the words themselves.
      const owned = possessiveNoun(p, j);
      return owned === undefined || REVEAL_NOUNS.has(owned) ? id : ownedNamed(p, j);
    }
    return namedOwner(p, i);
  };
  /**
   * The person a sentence opening at token `i` of paragraph `p` (titles skipped) names as the one
   * whose words came just before it:
   * owner-reveal: `"Appendix four is a wish list." / Cllr Matheson's retort drew applause`: the
   * name's word for what was said (a reveal noun, speakerRevealGrammar);
   * said-no-more: `"…" / McAleese, reached by phone on Monday evening, would say nothing beyond
   * that.`: the name, an aside set off by commas, then a phrase saying they said no more
   * (saysNoMore in speech-verbs.json).
   */
  const namedOwner = (p: number, i: number): number | undefined => {
    const ts = tokens[p];
    let n = i;
    while (n < ts.length && ts[n]!.word && ts[n]!.cap && !input.people[p].has(n) && (HONORIFICS.has(ts[n]!.text.toLowerCase()) || isRoleWord(ts[n]!.text))) n++;
    const owner = input.people[p].get(n);
    if (owner === undefined || owner < 0 || quoted[p][n]) return undefined;
    const end = capitalRunEnd(ts, n);
    // ("retort" is a verb as well, so not possessiveNoun, which passes over verbs of speech.)
    if (/['’]s$/.test(ts[end]!.text) && ts[end + 1]?.word && REVEAL_NOUNS.has(ts[end + 1]!.text)) {
      fired.add('owner-reveal');
      return owner;
    }
    const k = pastAside(ts, end + 1);
    if (k < 0) return undefined;
    if (!SAYS_NO_MORE.some((phrase) => phrase.every((w, m) => ts[k + m]?.word && ts[k + m]!.text.toLowerCase() === w))) return undefined;
    fired.add('said-no-more');
    return owner;
  };

  /**
   * The person a quote calls by name at the end of one of its sentences ("You signed the protocol,
   * Mrs Kolářová."): a name inside the quote, after a comma (courtesy titles between), before a
   * full stop, a question or an exclamation mark.
   */
  const addresseeOf = (parts: readonly QuoteSpan[]): number | undefined => {
    for (const s of parts) {
      const ts = tokens[s.paragraph]!;
      for (const [i, id] of input.quotedPeople?.[s.paragraph] ?? []) {
        if (id < 0 || ts[i]!.start < s.start || ts[i]!.start >= s.end) continue;
        const end = capitalRunEnd(ts, i);
        if (ts[beforeTitles(ts, i)]?.text === ',' && /^[.!?]$/.test(ts[end + 1]?.text ?? '')) return id;
      }
    }
    return undefined;
  };

  const groups = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const g = groups.get(s.group);
    if (g) g.push(s);
    else groups.set(s.group, [s]);
  }
  const out: AttributedQuote[] = [];
  const speakerless: SpeakerlessQuote[] = [];
  let previous: { speaker: number; paragraph: number; endOffset: number; cue: SpeakerCue } | undefined;
  /** Paragraph and end offset of the last quote whose speaker is unnamed (-1: none). */
  let unnamedAt = -1;
  let unnamedEnd = 0;
  /** The last quote's speaker (a person id, or UNNAMED), paragraph and end offset. */
  let last: { speaker: number; paragraph: number; end: number; byNoun: boolean; question?: boolean; addressee?: number } | undefined;
  /** The quote before `last`, while the two are speech in a row. */
  let prior: typeof last;
  for (const parts of [...groups.values()].sort((a, b) => a[0].paragraph - b[0].paragraph || a[0].start - b[0].start)) {
    const head = parts[0];
    const tail = parts.at(-1)!;
    const text = parts
      .map((s) => input.paragraphs[s.paragraph].slice(s.start, s.end).trim())
      .join(' ')
      .replace(/[,;:]$/, '')
      .trim();
    const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    notSpeakers = new Set([...text.matchAll(/\bmy\s+(\p{Ll}+)/gu)].flatMap((m) => input.kinOf?.(m[1]!) ?? []));
    let cue: SpeakerCue = 'after';
    fired.clear();
    quoteAsks = /\?$/.test(text);
    let speaker = after(tail);
    let across: number | undefined;
    // document-author: `"Dear Nurse Achterley," it begins` after "a letter … by Agnes Fairlie".
    if (parts.some(spokenByText)) {
      const noun = textNounAfter(tail);
      const author = documentAuthor(head.paragraph, tokenAt(tokens[head.paragraph]!, head.open)) ?? (noun ? documentWriter(head.paragraph, tokenAt(tokens[head.paragraph]!, head.open), noun) : undefined);
      speaker = author ?? UNNAMED;
      if (author !== undefined) {
        cue = 'document-author';
        fired.add('document-author');
      }
    }
    // `via` is set by the search that just ran (TypeScript cannot see a closure assign it).
    const byPronoun = () => (via as 'name' | 'pronoun') === 'pronoun';
    if (cue === 'document-author') {
      // its author was found above
    } else if (speaker !== undefined) cue = byPronoun() ? 'after-pronoun' : 'after';
    else if ((speaker = before(head)) !== undefined) cue = byPronoun() ? 'before-pronoun' : 'before';
    else if ((speaker = colonSubject(head)) !== undefined) cue = 'colon';
    // pronoun-continues: "his mother said she was "…". She added: "…"": a he or she with no name
    // between it and the last quote stands for that quote's speaker when the gender fits — also when
    // that speaker was named by a relation or a role, or by nobody ("a neighbour said … he added").
    const ref = pronounRef as (Pos & { gender: 'm' | 'f' }) | undefined;
    if ((cue === 'after-pronoun' || cue === 'before-pronoun') && ref && last && speaker !== undefined) {
      const at = tokens[ref.paragraph]![ref.token]!.start;
      // Within one paragraph: a new paragraph's he or she often goes back to the story's subject —
      // but not one that "added" or "continued" in the paragraph right after the last quote's, with
      // no name since, when that quote's speaker is known (speech-verbs.json continuingVerbs).
      const goesOn = last.speaker >= 0 && ref.paragraph === last.paragraph + 1 && CONTINUING_VERBS.has(tokens[ref.paragraph]![ref.token + 1]?.text.toLowerCase() ?? '') && !namedBetween(last.paragraph, last.end, Infinity) && !namedBetween(ref.paragraph, 0, at);
      const clear = goesOn || (ref.paragraph === last.paragraph && last.end <= at && !namedBetween(ref.paragraph, last.end, at));
      // Only a speaker the pronoun resolver cannot see — one named by a relation or a role noun, or
      // by nobody; a named speaker is already among the names it weighs.
      const g = last.speaker >= 0 ? input.gender(last.speaker) : undefined;
      // (Or a named one, when the pronoun "added" or "went on" in the same paragraph: `Ntwari, he
      // said, "rode like …". He added: "…"` goes on with the one who spoke, not the one spoken of.)
      const adds = ref.paragraph === last.paragraph && CONTINUING_VERBS.has(tokens[ref.paragraph]![ref.token + 1]?.text.toLowerCase() ?? '');
      if (clear && (last.byNoun || adds) && (!g || g === ref.gender) && speaker !== last.speaker) {
        speaker = last.speaker;
        fired.add('pronoun-continues');
      }
    }
    if ((cue === 'after-pronoun' || cue === 'before-pronoun') && pronounContested && !fired.has('pronoun-continues')) cue = 'pronoun-contested';
    // wrote-text: `Ms Rees read to the court a victim personal statement from Eirlys Morgan, 71, ….
    // / "My husband and I had saved for this …," she wrote.`: a he or she who "wrote" the words is
    // the writer of the text named just before, when the gender fits.
    const wrote = tail.close >= 0 ? /^[,\s]*(she|he)\s+(\p{L}+)/iu.exec(input.paragraphs[tail.paragraph]!.slice(tail.close + 1)) : null;
    if (wrote && WRITING_VERBS.has(wrote[2]!.toLowerCase()) && PRONOUN_CUES.has(cue) && head.open >= 0) {
      const author = documentAuthor(head.paragraph, tokenAt(tokens[head.paragraph]!, head.open));
      const g = author !== undefined && author >= 0 ? input.gender(author) : undefined;
      if (author !== undefined && author >= 0 && (!g || g === PRONOUNS[wrote[1]!.toLowerCase()])) {
        speaker = author;
        cue = 'document-author';
        fired.add('wrote-text');
      }
    }
    // addressed-by-title: `"The answer is not in the short term, Judge," she replied`: words that
    // end by calling someone by their title are said to its holder, not by them; a he or she that
    // found the holder is left unattributed.
    const addressed = /,\s*(\p{Lu}\p{Ll}+)[.!?]?$/u.exec(text)?.[1]?.toLowerCase();
    if (addressed && speaker !== undefined && speaker >= 0 && PRONOUN_CUES.has(cue) && isRoleWord(addressed) && (input.roleHolders?.(addressed) ?? []).includes(speaker)) {
      fired.add('addressed-by-title');
      speaker = UNNAMED;
    }
    // answer-not-asker: `"Is this your husband's signature?" the prosecutor asked. / "No. He had
    // been dead for five years," she said.`: a he or she answering the quote just before, a question
    // put with a verb of asking, is not the one who asked it; which other person it is goes unsaid.
    // (Not a question the speaker asks of nobody: "… the shipping forecast?" he fumed. He added: …)
    if (speaker !== undefined && speaker >= 0 && last?.question && last.speaker === speaker && head.paragraph - last.paragraph <= 1 && PRONOUN_CUES.has(cue)) {
      fired.add('answer-not-asker');
      speaker = UNNAMED;
    }
    // addressee-answers: `"You signed the protocol, Mrs Kolářová. Nobody was holding your hand,"
    // Vlček said. / "I signed it because …," she answered.`: a he or she answering, in the next
    // paragraph, words put to someone named at the end of one of their sentences, is that someone.
    const answered = last?.addressee;
    if (answered !== undefined && ref && PRONOUN_CUES.has(cue) && head.paragraph - last!.paragraph === 1 && answered !== last!.speaker && input.gender(answered) === ref.gender && ANSWER_VERBS.has(tokens[ref.paragraph]![ref.token + 1]?.text.toLowerCase() ?? '')) {
      speaker = answered;
      fired.add('addressee-answers');
    }
    // named-after-pronoun: `"We will lodge an appeal," she said outside the courthouse. Saidova
    // added that …`: a he or she whose person was named in no earlier sentence of this paragraph,
    // when the next sentence opens on someone else of that gender speaking, is that someone.
    if (ref && speaker !== undefined && speaker >= 0 && PRONOUN_CUES.has(cue) && ref.paragraph === tail.paragraph) {
      const next = speakerOpeningNextSentence(ref.paragraph, ref.token);
      const namedBefore = named[ref.paragraph]!.some((t) => t < ref.token && input.people[ref.paragraph]!.get(t) === speaker);
      if (next !== undefined && next !== speaker && !namedBefore && input.gender(next) === ref.gender) {
        speaker = next;
        fired.add('named-after-pronoun');
      }
    }
    // exchange-answer: `"He said it would be a small thing," she testified. / "And what did you
    // do?" Booys asked. / "I moved the numbers," she replied.`: a he or she that found no one, or
    // only the asker, answering a question a named person of the other gender put right after the
    // quote of a named speaker of the pronoun's gender, is that speaker: the two take turns.
    const answering = last?.question && prior && last.speaker >= 0 && prior.speaker >= 0 && prior.speaker !== last.speaker;
    if (speaker === UNNAMED && ref && PRONOUN_CUES.has(cue) && answering && head.paragraph - last!.paragraph <= 1 && last!.paragraph - prior!.paragraph <= 2) {
      const [answerer, asker] = [prior!.speaker, last!.speaker];
      if (input.gender(answerer) === ref.gender && input.gender(asker) !== ref.gender && !namedOtherThan([answerer, asker], prior!.paragraph, prior!.end, head.paragraph, tokens[ref.paragraph]![ref.token]!.start)) {
        speaker = answerer;
        fired.add('exchange-answer');
      }
    }
    if (speaker === undefined) {
      const revealed = revealedAfter(tail);
      if (revealed !== undefined) {
        speaker = revealed;
        cue = 'reveal';
        fired.add('speaker-reveal');
      }
    }
    // reply-phrase: `"Thirty per cent is above what the law requires," came the reply from the
    // committee table`: words that answer the last speaker are someone else's, and the last speaker
    // is not taken to go on.
    if (speaker === undefined && replyAfter(tail)) {
      speaker = UNNAMED;
      fired.add('reply-phrase');
    }
    const sentenceLike = /^[\p{Lu}\[(]/u.test(text) && words >= 4;
    // `"He came up with the lad," said the retired engineer. "Soaked to the skin…"`: an unnamed
    // speaker goes on in the same paragraph, so the next uncued quote is nobody's either.
    if (speaker === undefined && unnamedAt === head.paragraph && !namedBetween(head.paragraph, unnamedEnd, Math.max(0, head.open))) speaker = UNNAMED;
    /** Does this quote open at most one sentence after the clause that named the last quote's speaker, in its paragraph? */
    const rightAfterAttribution = () => !!previous && head.paragraph === previous.paragraph && sentenceEndsBetween(head.paragraph, previous.endOffset, Math.max(0, head.open)) <= 1;
    // said-then-goes-on, short: `"…," MacPhee-Sampson said on Friday. "She wanted reels."`: a whole
    // sentence of three words right after the clause that named the last quote's speaker is theirs.
    if (
      speaker === undefined &&
      !sentenceLike &&
      words >= MIN_WORDS &&
      /^\p{Lu}/u.test(text) &&
      /[.!?]$/.test(text) &&
      (previous?.cue === 'after' || previous?.cue === 'after-pronoun') &&
      rightAfterAttribution()
    ) {
      speaker = previous.speaker;
      cue = 'continued';
      fired.add('said-then-goes-on');
    }
    if (speaker === undefined && sentenceLike) {
      // No cue of its own: the previous quote's speaker goes on when nobody else is named in between.
      // said-then-goes-on: `"…," said Olav Brekke, a portfolio manager at Skagerak Kapital. "…"`:
      // the quote right after the clause that named the last one's speaker is theirs too, whatever
      // names that clause holds ("said Tunde Bakare, Okafor's manager"); so after a clause that
      // names the speaker by a noun and the name set beside it (`"…," says the cinema's owner,
      // Aïcha Kaboré. "…"`), read as a pronoun is.
      const saidThenGoesOn = (previous?.cue === 'after' || previous?.cue === 'after-pronoun') && rightAfterAttribution();
      if (saidThenGoesOn) fired.add('said-then-goes-on');
      // Not across a paragraph break when the new paragraph first tells something else ("For
      // those working in the pit, the find is the chance of a career. "…""): the one who goes on
      // is then named after the words, or no one.
      const toldFirst = !!previous && head.paragraph > previous.paragraph && tokens[head.paragraph]!.some((t, i) => t.word && !quoted[head.paragraph]![i] && t.start < head.open);
      // heading-break: "## What you can do", then "…": a subheading opens another part of the
      // story, and the last speaker does not go on into it.
      const headed = !!previous && head.paragraph > previous.paragraph && !!input.afterHeading?.[head.paragraph];
      const gapClear =
        previous &&
        head.paragraph - previous.paragraph <= 1 &&
        !toldFirst &&
        !headed &&
        (saidThenGoesOn || !namedBetween(head.paragraph, head.paragraph > previous.paragraph ? 0 : previous.endOffset, Math.max(0, head.open)));
      // next-sentence-speaker: `"…." That was the verdict of Rui Tavares` names someone else right
      // after the quote; the last speaker does not go on, and nobody is guessed.
      // Not after said-then-goes-on: the clause right before names the speaker, and a name in the
      // next sentence opens a new line of the story (a reveal phrase was read above).
      const next = gapClear && !saidThenGoesOn ? namedNext(tail.paragraph, tail.end) : undefined;
      if ((speaker = introducedNext(tail, head, 'speaking')) !== undefined) {
        cue = 'introduced-next';
        fired.add('introduced-speaking');
      } else if (gapClear && next !== undefined && next !== previous!.speaker) {
        fired.add('next-sentence-speaker');
        // `"…," she said. "Every year …" Mr Frank Oduro-Kwarteng, chairman of the traders, said …`:
        // when that sentence introduces the one it names, the words are theirs.
        if ((speaker = introducedNext(tail, head, false)) !== undefined) {
          cue = 'introduced-next';
          fired.add('introduced-next');
        }
      } else if (gapClear && (across = introducedAcross(tail, head)) !== undefined && across !== previous!.speaker) {
        fired.add('introduced-across');
        speaker = across;
        cue = 'introduced-next';
      } else if (gapClear) {
        speaker = previous!.speaker;
        cue = 'continued';
      } else if ((speaker = before(head, true)) !== undefined) cue = 'paragraph';
      else if ((speaker = introducedNext(tail, head) ?? introducedNext(tail, head, false)) !== undefined) {
        cue = 'introduced-next';
        fired.add('introduced-next');
      } else if ((speaker = reportedBefore(head)) !== undefined) cue = 'reported-before';
      else if ((speaker = introducedBefore(head)) !== undefined) {
        cue = 'reported-before';
        fired.add('introduced-before');
        // introduced-spoken-of: `His younger brother, Kwabena Asamoah, 19, was among the injured.
        // "I could not find him for almost one hour."`: words that open by speaking of a him or her
        // of the introduced person's gender are as likely about them as theirs; left unattributed.
        const g = input.gender(speaker);
        const opening = text.split(/(?<=[.!?])\s/)[0]!;
        if (g && (g === 'm' ? /\b(?:him|himself)\b/i : /\b(?:her|herself)\b/i).test(opening)) {
          fired.add('introduced-spoken-of');
          speaker = undefined;
        }
      } else if ((speaker = nearestBefore(head)) !== undefined) cue = 'nearest';
    }
    // A title in quotes or a word or two of scare quotes is no one's speech, named or not. But
    // reported-fragment: a word or two quoted inside what a named speaker is reported to have said
    // ("Cllr Bishop said she had "every sympathy" with the business", "Stephen Cook said the couple
    // were "gutted"") are that speaker's words.
    // Only when the speaker is the subject of the speech verb and nobody is named between the verb
    // and the words, which may otherwise be someone else's words cited ("dismissed Jones's "fake
    // news" claim").
    const vb = verbBefore as { paragraph: number; end: number } | undefined;
    const fragment =
      words <= FRAGMENT_WORDS && cue === 'before' && speaker !== undefined && speaker >= 0 && /\p{Ll}/u.test(text) && vb?.paragraph === head.paragraph && !namedBetween(head.paragraph, vb.end, head.open);
    const speech = (words >= MIN_WORDS || fragment) && !looksLikeTitle(text);
    if (fragment && speech) fired.add('reported-fragment');
    if (speech) prior = last;
    if (speech && (speaker === UNNAMED || (speaker !== undefined && speaker >= 0))) last = { speaker, paragraph: tail.paragraph, end: tail.end, byNoun: speaker === UNNAMED || nounRef, question: quoteAsks && askedAround(tail), addressee: addresseeOf(parts) };
    else if (speech) last = undefined;
    if (speaker === UNNAMED || speaker === AMBIGUOUS) {
      if (speech) speakerless.push({ text, paragraph: head.paragraph, why: speaker === UNNAMED ? 'unnamed' : 'ambiguous', ...(fired.size ? { rules: [...fired] } : {}) });
      previous = undefined; // an unnamed source speaks: later uncued quotes are not the last named speaker's
      unnamedAt = tail.paragraph;
      unnamedEnd = tail.end;
      continue;
    }
    unnamedAt = -1;
    if (speaker !== undefined && speech) {
      out.push({ speaker, text, paragraph: head.paragraph, cue, ...(fired.size ? { rules: [...fired] } : {}) });
      previous = { speaker, paragraph: tail.paragraph, endOffset: tail.end, cue };
    } else if (speaker !== undefined && !looksLikeTitle(text) && SPEECH_VERB_CUES.has(cue)) {
      // short-reply: `"Probably, yes," the witness replied. "I had my visor down myself."`: words
      // too few to publish still say who speaks now, and the next uncued quote goes on from them.
      previous = { speaker, paragraph: tail.paragraph, endOffset: tail.end, cue };
    } else if (speaker === undefined && speech && sentenceLike) speakerless.push({ text, paragraph: head.paragraph, why: 'none' });
  }
  return { quotes: out, speakerless };
}


