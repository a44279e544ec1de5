/**
 * Openers that lean on an earlier sentence: a pronoun ("He said…"), a connective ("However,…"), a
 * demonstrative ("This…") or a bare title standing for someone named before ("The Under
 * Secretary…"). Such a sentence reads as nonsense when it opens a summary or stands as a bullet.
 */
import { isEnglishWord, isFunctionWord, isOrgWord, isPlaceName, isVerb, tagsOf } from '../figures/lexicon.ts';
import { AUXILIARIES } from './incomplete.ts';

/** Pronouns and determiners that point back to something named earlier. */
const PRONOUNS = new Set(
  'he she it they them him her his hers its their theirs we our us i my you your this that these those such both another either neither'.split(
    ' ',
  ),
);

/** Connectives that continue or answer the previous sentence. */
const CONNECTIVES = new Set(
  (
    'however but and or so yet also still thus hence therefore meanwhile moreover furthermore besides ' +
    'instead nevertheless nonetheless otherwise similarly likewise additionally consequently then later ' +
    'afterwards earlier previously again indeed rather though although because whereas'
  ).split(' '),
);

/** Multi-word openers of the same kind. */
const PHRASES = new RegExp(
  `^(?:${[
    // a reply to a question asked before ("Yes, all cyclones…", "Sure.", "Well, …", "Of course.")
    '(?:yes|no|sure|well|absolutely|exactly|certainly|definitely|of course|okay|ok|right|oh|ah|um|uh|mm)(?=\\s*[,.!;:—–])',
    // connectives
    'in addition|in contrast|in turn|in response|as a result|on the other hand|even so|by contrast|for (?:his|her|their|its) part',
    // a reason or a way given before ("For that reason,", "In this way,", "To that end,")
    'for (?:that|this|these|those|the same|such) reasons?|in (?:that|this|the same|such a) (?:way|manner|case)|to (?:that|this) end|that is why|this is why|that was why|this was why',
    // times that an earlier sentence set ("At that time,", "By then,")
    'at the same time|at (?:that|the) (?:time|point|moment)|by then|by that time|until then|since then|after that',
    // a preposition and a pronoun ("Due to that,", "Despite this,")
    '(?:due to|because of|despite|after|before|since|following|besides|apart from|as a result of|thanks to|in spite of) (?:that|this|these|those|it|them)',
    // one of things listed before ("In the second case,", "The latter…", "Two of them…")
    'in (?:the )?(?:first|second|third|former|latter|other|same|each|either) (?:case|instance)|the same|the other|the two|the pair|the rest|other|others',
    '(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|none|both|each|several|few|half|\\d+) of (?:them|these|those|us|it)',
  ].join('|')})\\b`,
  'i',
);

/** "This year", "that night": a demonstrative naming a time points at the calendar, not at a sentence. */
const TIME_WORDS = /^(?:this|that|these|those)\s+(?:past\s+|coming\s+|last\s+|next\s+)?(?:year|years|month|months|week|weeks|weekend|day|days|morning|afternoon|evening|night|season|spring|summer|autumn|fall|winter|time|century|decade)\b/i;

/**
 * A time told from the day of writing ("Yesterday, …", "Earlier today, …"): it leans on a date the
 * briefing's reader does not share. The opening phrase may be cut off (trimming.ts openingTrim).
 */
const DAY_OF_WRITING = /^(?:yesterday|today|tomorrow|tonight|last night|earlier today|later today|this (?:morning|afternoon|evening))\b/i;

/**
 * Generic nouns for people and bodies that, after a bare "The", stand in for a name given earlier
 * ("The President later…", "The spokeswoman said…").
 */
const ROLE_NOUNS = new Set(
  (
    'president secretary minister spokesman spokeswoman spokesperson official officials ambassador ' +
    'chairman chairwoman chair director chief governor senator mayor premier king queen prince princess ' +
    'general commander coach judge prosecutor officer officers police company firm group team ' +
    'organisation organization agency ministry department man woman boy girl victim suspect leader ' +
    'author authors researchers scientists study report statement attack accident incident move decision ' +
    'deal plan proposal announcement country nation city town island region province'
  ).split(' '),
);

/** Role nouns that stand for a place. */
const PLACE_NOUNS = new Set('country nation city town island region province'.split(' '));

/** Words that may sit between "The" and a role noun without identifying anyone ("The Under Secretary"). */
const TITLE_MODIFIERS = new Set(
  'under deputy vice assistant acting senior former new current foreign prime chief general executive'.split(' '),
);

/**
 * A demonstrative naming the text itself ("This paper describes…", "In this study we…", "The
 * present research…", "This is the address given by…"): the document is always there to be pointed
 * at, so it leans on no earlier sentence. Papers, guides and reports say what they are about this
 * way, and a printed speech or transcript what it is ("This is the text of the speech…"); a bare
 * "This speech…" or "This statement…" more often points back at one reported before, so those
 * count only after "This is the".
 */
const SELF_REFERENCE =
  /^(?:(?:this|the present|the current)\s+(?:paper|article|study|thesis|essay|chapter|report|review|survey|dissertation|guide|research|story|page|website|site)|this\s+is\s+(?:the|an?)\s+(?:(?:full|edited|complete|official|prepared)\s+)?(?:text\s+of\s+(?:the|an?)\s+)?(?:address|speech|transcript|text|lecture|sermon|remarks|eulogy|homily|statement|interview))\b/i;

/**
 * True when the text says what the document itself is about: it opens with a demonstrative naming
 * the document ("This paper describes…") or with a phrase around one ("In this study, we…").
 */
export function namesTheDocument(text: string): boolean {
  const trimmed = text.replace(/^[\s"“‘'(\[]+/u, '');
  return SELF_REFERENCE.test(trimmed) || (/^(?:in|through|throughout|with|from)\s+\S/i.test(trimmed) && SELF_REFERENCE.test(trimmed.slice(trimmed.indexOf(' ') + 1)));
}

/** The first word of a text, without leading quote marks or brackets. */
function words(text: string): string[] {
  return text.replace(/^[\s"“‘'(\[]+/u, '').split(/\s+/);
}

/** Words that follow a subject without being part of it ("The President later…"). */
const ADVERBS = new Set('later also then now again still already today yesterday tomorrow soon once never always often'.split(' '));

/** A lower-case noun that a role noun before it qualifies ("city council", "company board"). */
function qualifiedNoun(word: string): boolean {
  if (!/^\p{Ll}/u.test(word) || ROLE_NOUNS.has(word) || ADVERBS.has(word) || /ly$/.test(word)) return false;
  if (isVerb(word) || isFunctionWord(word) || tagsOf(word).some((t) => t === 'Adverb' || t === 'Comparative' || t === 'Adjective')) return false;
  return isEnglishWord(word);
}

/** True when the text opens with a bare "The <title>" that names nobody (the person was named before). */
function opensWithBareTitle(ws: string[]): boolean {
  if (ws[0]?.toLowerCase() !== 'the') return false;
  let i = 1;
  while (i < ws.length && TITLE_MODIFIERS.has(ws[i]!.toLowerCase())) i++;
  // "The country's military…" leans on the country named before as much as "The country…" does.
  const noun = ws[i]?.toLowerCase().replace(/(?:['’]s)?[^\p{L}]*$/u, '');
  if (!noun || !ROLE_NOUNS.has(noun)) return false;
  // "The city council voted…", "The company board met…": the role noun only qualifies another
  // noun, which names a body of its own; "The police chief said…" still leans on a chief named before.
  const after = ws[i + 1]?.replace(/[^\p{L}-]+$/u, '') ?? '';
  if (/^\p{L}+$/u.test(ws[i]!) && qualifiedNoun(after)) return false;
  // "The President Donald Trump…" or "The Under Secretary of State Victoria Nuland…" names the person.
  // "The city of Ottawa…" names the place.
  let j = i + 1;
  while (PLACE_NOUNS.has(noun) && PLACE_NOUNS.has(ws[j]?.toLowerCase() ?? '')) j++;
  if (ws[j]?.toLowerCase() === 'of') j += /^\p{Lu}/u.test(ws[j + 1] ?? '') && PLACE_NOUNS.has(noun) ? 1 : 2;
  const next = ws[j];
  if (next && /^\p{Lu}/u.test(next) && !ws[i]!.endsWith(',')) return false;
  return !namedInApposition(ws, i);
}

/** Longest title phrase before an appositive name ("The Minister for Health and Medical Services,"), in words. */
const MAX_TITLE_PHRASE = 10;

/** Most words of an appositive name between its commas ("Dr Salote Naivalu"). */
const MAX_APPOSITIVE = 5;

/**
 * True when the title phrase that opens at `noun` is closed by a comma and followed by a name set
 * off by commas ("The Minister for Health, Dr Salote Naivalu, opened…"; "The chairman, John
 * Hale, said…"): the sentence names the person itself. Two capitalised words at least, so that a
 * day ("The minister, Monday, said") or a place word is not read as a name.
 */
function namedInApposition(ws: string[], noun: number): boolean {
  const close = ws.findIndex((w, k) => k >= noun && k <= noun + MAX_TITLE_PHRASE && w.endsWith(','));
  if (close < 0) return false;
  const name: string[] = [];
  for (let k = close + 1; k < ws.length && name.length < MAX_APPOSITIVE; k++) {
    name.push(ws[k]!);
    if (ws[k]!.endsWith(',')) break;
  }
  if (name.length < 2 || !name.at(-1)!.endsWith(',')) return false;
  const bare = name.map((w) => w.replace(/[,.]+$/u, ''));
  return bare.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|da|del|van|von|bin|al|le|la)$/u.test(w)) && /^\p{Lu}/u.test(bare.at(-1)!);
}

/**
 * "The former said…", "The latter, a lawyer, …": one of two named before. "The former president
 * of a care company pleaded…" is an adjective before a noun (read on as a title, see
 * opensWithBareTitle), so only a verb, a function word or punctuation after it points back.
 */
function opensWithFormerOrLatter(ws: string[]): boolean {
  if (ws[0]?.toLowerCase() !== 'the' || !/^(?:former|latter)\b/i.test(ws[1] ?? '')) return false;
  if (!/^(?:former|latter)$/i.test(ws[1]!)) return true;
  const next = ws[2]?.toLowerCase().replace(/[^\p{L}'’-]+$/u, '') ?? '';
  // (An auxiliary begins a predicate: "The latter has …", "The former was …".)
  return !next || isVerb(next) || isFunctionWord(next) || AUXILIARIES.has(next);
}

/** Pronouns that, as the subject after an opening phrase ("After the match, he…"), point back. */
const SUBJECT_PRONOUNS = /^(?:he|she|they|it|we|his|her|their|its)\b/i;

/**
 * True when an opening phrase is followed by a pronoun subject that the phrase does not itself
 * name ("During her visit, she met…"; but "When Trump arrived, he said…" names him).
 */
function opensWithPronounSubject(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma < 0) return false;
  const phrase = text.slice(0, comma).split(/\s+/);
  if (phrase.length > 12) return false;
  if (!SUBJECT_PRONOUNS.test(text.slice(comma + 2))) return false;
  // "In this paper, we report…": the authors of the text itself.
  if (namesTheDocument(text) && /^we\b/i.test(text.slice(comma + 2))) return false;
  // Runs of capitalised words in the phrase ("Harbour Town", "Trump").
  const named: string[][] = [];
  let open = false;
  for (const raw of phrase.slice(1)) {
    const w = raw.replace(/^["“‘(]+|[^\p{L}'’-]+$/gu, '');
    const cap = /^\p{Lu}/u.test(w);
    if (cap && open) named.at(-1)!.push(w);
    else if (cap) named.push([w]);
    open = cap && !/[,;:]$/.test(raw);
  }
  // "When Trump arrived, he said…" names him; "With Harbour Town trailing, he took…" names a team,
  // not the he: for a he or she, a run that ends on a word of places and organisations names nobody.
  if (/^(?:he|she|his|her)\b/i.test(text.slice(comma + 2))) return !named.some((r) => !isOrgWord(r.at(-1)!) && !isPlaceName(r.join(' ')));
  return named.length === 0;
}

/** "As they design…", "When she arrived…": a clause opening on a pronoun that points back. */
const SUBORDINATE_PRONOUN = /^(?:as|when|while|after|before|because|if|although|though|since|once|until|unless)\s+(?:he|she|they|his|her|their)\b/i;

/**
 * True when the text opens with words that only make sense after an earlier sentence, or opens
 * in lower case (the tail of a sentence split at an abbreviation).
 */
export function hasDanglingOpener(text: string): boolean {
  const trimmed = text.replace(/^[\s"“‘'(\[]+/u, '');
  if (!trimmed || /^\p{Ll}/u.test(trimmed)) return true;
  if (DAY_OF_WRITING.test(trimmed)) return true;
  if (TIME_WORDS.test(trimmed) || SELF_REFERENCE.test(trimmed)) return false;
  const ws = words(text);
  const first = ws[0]!.toLowerCase().replace(/[^\p{L}]+$/u, '');
  if (PRONOUNS.has(first) || CONNECTIVES.has(first)) return true;
  if (PHRASES.test(trimmed) || opensWithFormerOrLatter(ws)) return true;
  return opensWithBareTitle(ws) || opensWithPronounSubject(trimmed) || SUBORDINATE_PRONOUN.test(trimmed);
}

/**
 * A demonstrative that points back outside quotation marks ("The centerpiece of this performance…",
 * "…were elected in this constituency"): whatever "this" is was named in an earlier sentence, so
 * the text cannot open a summary or stand as a bullet. Demonstratives of time ("this week") and
 * "this article" or "this report" (the text itself) point at no earlier sentence.
 */
export function hasBackReference(text: string): boolean {
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  const re = /\b(?:this|these|those)\s+(\S+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(outside))) {
    if (TIME_WORDS.test(outside.slice(m.index)) || SELF_REFERENCE.test(outside.slice(m.index))) continue;
    return true;
  }
  return false;
}

/** A word that is no part of the noun phrase after "The": a verb, a function word, a number. */
function endsNounPhrase(word: string): boolean {
  return !word || isVerb(word) || isFunctionWord(word) || /^\d/.test(word);
}

/** Longest noun phrase after an opening "The" that is looked at, in words. */
const MAX_SUBJECT_WORDS = 4;

/**
 * The words of an opening "The …" subject, its noun last ("The crane accident happened…" →
 * ["crane", "accident"]), or undefined when the text does not open so or the subject says which
 * thing it means (a name, an "of…" or "whose…" after it). A definite subject whose noun an earlier
 * sentence introduced points back to it: "The database" is the one named before.
 */
export function definiteSubject(text: string): string[] | undefined {
  const ws = text.replace(/^[\s"“‘'(\[]+/u, '').split(/\s+/);
  if (ws[0] !== 'The') return undefined;
  const phrase: string[] = [];
  let k = 1;
  for (; k < Math.min(ws.length, 1 + MAX_SUBJECT_WORDS); k++) {
    const raw = ws[k]!;
    const word = raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // "The New Zealand government", "The Sea Org", "The "History" section": a name identifies it.
    if (/^["“‘']?\p{Lu}/u.test(raw)) return undefined;
    // A possessive ends the phrase at its owner ("The company's shares" stands on "company").
    if (/['’]s$/.test(word)) return [...phrase, word.slice(0, -2)];
    if (endsNounPhrase(word)) break;
    phrase.push(word);
    // "The database, built in 1999, …": punctuation closes the phrase after its noun.
    if (/[,;:.!?)]$/.test(raw)) return phrase;
  }
  // "The theme of the festival", "The group whose robots won": the phrase goes on to say which.
  if (!phrase.length || /^(?:of|whose|that|which|who)$/i.test(ws[k] ?? '')) return undefined;
  return phrase;
}
