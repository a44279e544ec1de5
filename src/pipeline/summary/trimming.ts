/**
 * Trimming at clause boundaries: a long sentence may end early, before a trailing clause that only
 * adds detail (", which…", ", with…", ", leading to…"), or start after a short opening phrase
 * ("Yesterday, …") or the source it names ("According to X, …"). What is kept is the sentence's
 * own words, unchanged; a sentence cut short is closed with a full stop.
 */
import { isQuoteBalanced } from './quotes.ts';
import { contentWords, wordCount } from './text.ts';
import { CONJUNCTIONS, PREPOSITIONS, RELATIVES, cutsSubjectFromVerb, endsIncomplete, hasFiniteVerb, listSet, opensClause, verbAfterComma } from './incomplete.ts';
import lists from './incomplete.json' with { type: 'json' };

/**
 * Words that open a trailing, detachable clause after a comma (a semicolon always does): relative
 * and subordinate clauses, "with…" phrases, and participles ("killing…", "according to…").
 */
const CLAUSE_OPENERS =
  /^(?:which|who|whose|where|while|whereas|with|without|as|although|though|despite|after|before|since|until|amid|according|one|both|but|and|\p{Ll}{2,}ing)\b/u;

/** A trimmed sentence never gets shorter than this: below it the main clause is usually incomplete. */
const MIN_TRIMMED_WORDS = 10;

/** True when brackets open in `text` are all closed. */
function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const set = listSet;
/** Words that open a second predicate after "and" ("… and is now selling it"). */
const COORDINATED_VERB_STARTS = set(lists.coordinatedVerbStarts);
/** Words whose scope would lose its second part if a conjunct went ("did not steal and sell"). */
const NEGATIONS = set(lists.negations);
/** Words that make a main clause depend on a clause of time ("will be paid when …"). */
const SCOPE_WORDS = set(lists.scopeWords);
/** "that's when", "was after": after a form of "be" the time clause is the predicate itself. */
const COPULAS = set(lists.copulasBeforeTime);
/** Words before "after" or "when" that make it part of a measure of time ("a week after"). */
const MEASURES_BEFORE_TIME = set(lists.measuresBeforeTime);
/** "and" or a word that opens a clause of time, and the word after it. */
const UNMARKED = new RegExp(String.raw`\s(and|${lists.timeSubordinators.split(/\s+/).join('|')})\s+(\S+)`, 'g');

/** True when any word of `words` is in `said`. */
const saysAny = (said: ReadonlySet<string>, words: ReadonlySet<string>) => {
  for (const w of words) if (said.has(w)) return true;
  return false;
};

/** Lower-cased words of a text, for the scope checks. */
const wordSet = (text: string) => new Set((text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).flatMap((w) => (w.endsWith("n't") ? [w, "n't"] : [w])));

/**
 * Where a sentence may end though no comma marks it: before a second predicate joined by "and"
 * and opened by an auxiliary or a verb of saying ("… swiped the recipe and is now selling it"),
 * or before a clause of time ("… needed five stitches after the gull swooped"). What is kept is
 * still true of what the sentence said, so neither cut is made under a negation, nor the second
 * under a modal, "only" or a condition (words in incomplete.json). Offsets of the space before the word.
 */
function unmarkedCuts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(UNMARKED)) {
    const head = text.slice(0, m.index);
    if (!hasFiniteVerb(head)) continue;
    const said = wordSet(head);
    // The first verb may be a relative clause's or a subordinate clause's ("The man who stole the
    // car and was later …", "When the gull swooped and …": a head opening on a conjunction or a
    // preposition): then the head holds no main clause.
    const first = /^[\p{L}'’]+/u.exec(head)?.[0].toLowerCase() ?? '';
    if (saysAny(said, RELATIVES) || CONJUNCTIONS.has(first) || PREPOSITIONS.has(first)) continue;
    const next = m[2]!.replace(/[^\p{L}'’]+$/u, '');
    const before = /(\S+)$/.exec(head)?.[1]?.toLowerCase() ?? '';
    // "…, taken after he joined", "…, many of them after the closing date": the head's last
    // stretch after a comma must be a clause of its own, or the cut leaves a fragment.
    const tail = head.slice(head.lastIndexOf(',') + 1);
    if (head.includes(',') && !hasFiniteVerb(tail, { strict: true })) continue;
    // "…, a low drive to the corner of the net after a one-two with her sister, proved decisive":
    // what follows still holds the sentence's verb, so the head is only its subject.
    if (verbAfterComma(text.slice(m.index))) continue;
    if (m[1] === 'and') {
      if (saysAny(said, NEGATIONS)) continue;
      // Only an auxiliary or a verb of saying: "homesick and terrified", "turned and changed" join
      // words, not predicates, and a past-tense form alone cannot tell them apart.
      if (COORDINATED_VERB_STARTS.has(next)) out.push(m.index);
      continue;
    }
    // A clause of time: not part of a measure ("a week after"), not the predicate ("that's when"),
    // not what a modal, a negation or "only" depends on, and a clause indeed ("after the gull swooped").
    if (MEASURES_BEFORE_TIME.has(before) || COPULAS.has(before) || saysAny(said, SCOPE_WORDS)) continue;
    if (opensClause(text.slice(m.index + m[0].length - m[2]!.length))) out.push(m.index);
  }
  return out;
}

/**
 * The shorter readings of a sentence, longest first: every prefix that ends at a clause boundary,
 * keeps its quotes and brackets whole, and still holds a main clause. The full text is not included.
 */
export function clauseTrims(text: string): string[] {
  const out: string[] = [];
  const cuts: { at: number; mark: string }[] = [];
  for (const m of text.matchAll(/([,;])\s+/g)) cuts.push({ at: m.index, mark: m[1]! });
  for (const at of unmarkedCuts(text)) cuts.push({ at, mark: '' });
  cuts.sort((a, b) => a.at - b.at);
  for (const { at, mark } of cuts) {
    const after = text.slice(at).replace(/^[,;]?\s+/, '');
    if (mark === ',' && !CLAUSE_OPENERS.test(after)) continue;
    // "Stan Lee, Mark Hamill, and Margaret Atwood": a comma in a list of short items is no boundary.
    const item = text.slice(text.lastIndexOf(',', at - 1) + 1, at);
    if (mark && /^(?:and|or|one|both)\b/.test(after) && (wordCount(item) <= 3 || wordCount(after) <= 4)) continue;
    const head = text.slice(0, at).replace(/[\s,;:–—-]+$/u, '');
    if (wordCount(head) < MIN_TRIMMED_WORDS) continue;
    if (!isQuoteBalanced(head) || !bracketsBalanced(head)) continue;
    // A cut that leaves a clause unfinished, or keeps "two things" without the things, changes the meaning.
    if (endsIncomplete(head) || cutsSubjectFromVerb(text.slice(at))) continue;
    // The cut replaces a comma or semicolon; a head already ending a sentence needs no stop.
    out.push(/[.!?]$/.test(head) ? head : head + '.');
  }
  // Two cuts can leave the same words (", and that's when": the comma and the "when").
  return [...new Set(out.reverse())];
}

/** A reading that now starts mid-sentence, with its first letter raised: the only change made to its words. */
const capitalised = (rest: string) => rest[0]!.toUpperCase() + rest.slice(1);

/** Longest opening phrase ("On Tuesday,", "In the second half,") that may be left out. */
const MAX_OPENING_PHRASE_WORDS = 6;

/** Words of a phrase that only says when ("On Tuesday", "Earlier this month", "On March 4, 2015"). */
const TIME_PHRASE_WORDS = new Set(
  (
    'on in at by during early earlier late later last this past next the of ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight ' +
    'morning afternoon evening night day week weekend month year ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/** An opening phrase that is only a time told from the day of writing. */
const DAY_OF_WRITING_PHRASE = /^(?:yesterday|today|tomorrow|tonight|last night|earlier today|later today|this (?:morning|afternoon|evening))$/i;

/** True when every word of a phrase is a word of time or a number ("On Tuesday", "In 2009"). */
function isTimePhrase(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return ws.length > 0 && ws.every((w) => TIME_PHRASE_WORDS.has(w) || /^\d+(?:st|nd|rd|th)?$/.test(w));
}

/**
 * The sentence without a short opening phrase, when what remains still reads as a sentence: it
 * starts with a name ("Yesterday, North Korea fired…" → "North Korea fired…"), or the phrase only
 * said when and the rest starts with an article ("On Tuesday, the government announced…" → "The
 * government announced…"; the briefing gives the date, and "Tuesday" means nothing a week later).
 * Only the first letter's case changes; the words are the source's.
 */
export function openingTrim(text: string): string | undefined {
  const comma = text.indexOf(', ');
  if (comma < 0) return undefined;
  const phrase = text.slice(0, comma);
  const rest = text.slice(comma + 2);
  if (wordCount(phrase) > MAX_OPENING_PHRASE_WORDS || wordCount(rest) < MIN_TRIMMED_WORDS) return undefined;
  if (!isQuoteBalanced(phrase) || !bracketsBalanced(phrase)) return undefined;
  // A source ("According to police, …") may go only where attributionTrim allows.
  if (sourcePreambleEnd(text)) return undefined;
  // Not "Her sister, Chiara Ferri, was filming …": a noun phrase set beside the name that follows
  // is the sentence's subject with it, and "Chiara Ferri, was filming" is no sentence.
  if (/^(?:her|his|their|its|my|our|the|a|an)\s/i.test(phrase) && /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,/u.test(rest)) return undefined;
  if (/^\p{Lu}\p{Ll}/u.test(rest)) return rest;
  if (isTimePhrase(phrase) && /^(?:the|a|an)\s/.test(rest)) return capitalised(rest);
  // A bare time told from the day of writing ("Yesterday, day five of the Cup, Sweden beat…") is
  // an adverbial: the sentence stands without it, whatever follows.
  if (DAY_OF_WRITING_PHRASE.test(phrase)) return capitalised(rest);
  return undefined;
}

/** Phrases that open a sentence by naming a source rather than the news. */
const SOURCE_OPENER = /^(?:according to|citing|quoting|speaking to|in an? (?:interview|statement) (?:with|to))\b/i;

/**
 * A reporting frame around the news ("Wikinews has learned that …", "Officials have confirmed
 * that …"): one to four capitalised words, then the verb and "that", with no comma to end it.
 */
const FRAME_OPENER = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:has|have) (?:learned|learnt|confirmed|reported) that\s+/u;

/**
 * Where the news starts in a sentence that opens by naming its source ("According to Yonhap,
 * quoting KCNA, the military…", "Reuters has learned that the talks…"): the offset after the
 * source phrases, or 0 when there are none.
 */
export function sourcePreambleEnd(text: string): number {
  let at = 0;
  for (;;) {
    const rest = text.slice(at);
    const frame = FRAME_OPENER.exec(rest);
    if (frame) {
      at += frame[0].length;
      continue;
    }
    if (!SOURCE_OPENER.test(rest)) return at;
    const comma = rest.indexOf(', ');
    if (comma < 0) return at;
    at += comma + 2;
  }
}

/**
 * The sentence from where its news starts, without the source that opens it ("Wikinews has
 * learned that according to a posting, the Church's website is being attacked…" → "The Church's
 * website is being attacked…"), but only when the news says what the headline says: at least half
 * of `headline`'s content words are in it, even when it is cut at its first clause boundary.
 * Dropping an attribution must not make a claim stronger than the publication makes it, and a
 * publication states its headline in its own voice. Only the first letter's case changes.
 */
export function attributionTrim(text: string, headline: Set<string>): string | undefined {
  const at = sourcePreambleEnd(text);
  if (!at || !headline.size) return undefined;
  const rest = text.slice(at);
  if (wordCount(rest) < MIN_TRIMMED_WORDS || !/^(?:the|a|an)\s|^\p{Lu}/u.test(rest)) return undefined;
  // Every reading cut from this one keeps at least its shortest trim, so that must carry the news.
  const said = contentWords(clauseTrims(rest).at(-1) ?? rest);
  let shared = 0;
  for (const w of headline) if (said.has(w)) shared++;
  if (shared * 2 < headline.size) return undefined;
  return capitalised(rest);
}
