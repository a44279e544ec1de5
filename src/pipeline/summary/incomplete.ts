/**
 * Readings that say less, or something else, than the sentence they were cut from: a cut that
 * ends on a conjunction or preposition ("… said that."), leaves its last clause without a verb
 * ("X have a game in hand on the leaders but Y and Z."), or keeps a phrase that announces what it
 * no longer holds ("certain of two things in regard to Snow."). The word lists are data
 * (incomplete.json).
 */
import lists from './incomplete.json' with { type: 'json' };
import { isPastTense, isVerb } from '../figures/lexicon.ts';

/** A word list of incomplete.json (words separated by spaces) as a set. */
export const listSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const set = listSet;
/** Coordinators and subordinators ("and", "because"): a cut may not end on one. */
export const CONJUNCTIONS = set(lists.conjunctions);
/** Prepositions ("of", "after"): a cut may not end on one. */
export const PREPOSITIONS = set(lists.prepositions);
const CLAUSE_OPENERS = set(lists.clauseOpeners);
const COUNTED_LIST = new RegExp(
  String.raw`\b(?:${lists.countWords.split(/\s+/).join('|')})\s+(?:(?:important|main|key|other|big|simple|basic|major|different|new)\s+)?(?:${lists.listNouns.split(/\s+/).join('|')})\b`,
  'i',
);
const FORWARD = new RegExp(String.raw`(?:${lists.forwardPhrases})`, 'i');
const DETERMINERS = set(lists.determiners);
/** Words after a counted noun that make it a measure ("four points clear"). */
const MEASURE_FOLLOWERS = set(lists.measureFollowers);
/** "the following address", "The following is the text of …": the document itself follows. */
const DOCUMENT_FOLLOWS = new RegExp(
  String.raw`\bthe following (?:(?:is|are|was) (?:an? |the )?(?:(?:edited|full|complete|prepared|official) )?)?(?:${lists.textNouns.split(/\s+/).join('|')})\b|\bwhat follows is\b`,
  'i',
);
/** "set out the steps", "listed the main concerns": announces a list it may not give. */
const ANNOUNCED_LIST = new RegExp(
  String.raw`\b(?:${lists.announcingVerbs})\s+(?:${lists.determiners.split(/\s+/).join('|')})\s+(?:(?:main|key|chief|new|first|next|other)\s+)?(?:${lists.listNouns.split(/\s+/).join('|')})\b`,
  'i',
);

/** Words of a text as written, punctuation aside. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
}

/** Auxiliaries before an "-ing" form that make it a clause's verb ("are walking"). */
const BE = set('is are was were be been being am');

/** A capitalised word (a name: "United") or a word after a determiner (a noun: "its shares") is no verb. */
function nounSlot(raw: string, prev: string | undefined): boolean {
  return /^\p{Lu}/u.test(raw) || (!!prev && DETERMINERS.has(prev.toLowerCase()));
}

/**
 * A word that can be the finite verb of a clause, given the word before it. A capitalised word is
 * a name ("United"), a word after a determiner is a noun ("its shares", "the unions"), and an
 * "-ing" form is a verb only after a form of "be" ("the doctors treating her" has none).
 */
function finiteVerb(raw: string, prev: string | undefined): boolean {
  const w = raw.toLowerCase();
  if (nounSlot(raw, prev)) return false;
  if (/ing$/.test(w)) return !!prev && BE.has(prev.toLowerCase());
  if (isVerb(w) || (/ed$/.test(w) && w.length > 4)) return true;
  // "wins", "leads": a present-tense verb is its base form plus -s.
  return /s$/.test(w) && isVerb(w.replace(/e?s$/, ''));
}

/** Personal pronouns: "…, who arrived on Monday, he said" goes on with a new clause. */
const PRONOUNS = set('he she it they we i you');

/** Relative pronouns: what follows them is a clause inside the noun phrase, not its verb. */
export const RELATIVES = set(lists.relatives);

/**
 * A phrase that points forward to what the text no longer (or never did) say: "two things",
 * "the following", "for three reasons". A list after a colon within the text answers it.
 */
export function pointsForward(text: string): boolean {
  const t = text.replace(/[.!?"”’)\]]+$/u, '').replace(DOCUMENT_FOLLOWS, ' ');
  const counted = COUNTED_LIST.exec(t);
  // "four points clear at the top": a count of a measure, not of things the text announces.
  const measure = counted && MEASURE_FOLLOWERS.has(/^\s+(\S+)/.exec(t.slice(counted.index + counted[0].length))?.[1]?.toLowerCase() ?? '');
  const m = (measure ? null : counted) ?? FORWARD.exec(t) ?? ANNOUNCED_LIST.exec(t);
  if (!m) return false;
  const after = t.slice(m.index + m[0].length);
  // "…two reasons: cost and safety." or "…two things, X and Y": the content is there.
  return !/[:—–]\s*\S+(?:\s+\S+)+/u.test(after) && !/,\s*\S+(?:\s+\S+)*\s+(?:and|or)\s+\S+/u.test(after);
}

/**
 * True when a cut reading does not stand as what its sentence said: it ends on a conjunction or
 * preposition, its last clause opened by a subordinator or "but" has no verb, or it points forward.
 */
export function endsIncomplete(reading: string): boolean {
  const raw = wordsOf(reading);
  const ws = raw.map((w) => w.toLowerCase());
  const last = ws.at(-1);
  if (!last || CONJUNCTIONS.has(last) || PREPOSITIONS.has(last)) return true;
  let k = ws.length - 1;
  while (k >= 0 && !CLAUSE_OPENERS.has(ws[k]!)) k--;
  if (k >= 0) {
    // The clause's own words, up to a relative clause inside its subject ("the senators who oppose it").
    let end = k + 1;
    while (end < ws.length && !RELATIVES.has(ws[end]!)) end++;
    let verb = false;
    for (let i = k + 1; i < end && !verb; i++) verb = finiteVerb(raw[i]!, raw[i - 1]);
    if (!verb) return true;
  }
  return pointsForward(reading);
}

/** Auxiliaries and modals: always a clause's finite verb where they stand lower-case. */
export const AUXILIARIES = set('is are was were am has have had do does did will would can could may might must shall should');

/**
 * A finite verb by its form alone: an auxiliary or a past tense; not a base form or an -s form,
 * which are as often nouns ("the closing date", "the council's plans").
 */
function markedVerb(raw: string, prev: string | undefined): boolean {
  const w = raw.toLowerCase();
  if (nounSlot(raw, prev)) return false;
  return AUXILIARIES.has(w) || isPastTense(w) || (/ed$/.test(w) && w.length > 4);
}

/**
 * True when `text` holds a word that can be a clause's finite verb (see finiteVerb); with
 * `strict`, only one that is marked as finite by its form (see markedVerb).
 */
export function hasFiniteVerb(text: string, options: { strict?: boolean } = {}): boolean {
  const raw = wordsOf(text);
  const test = options.strict ? markedVerb : finiteVerb;
  return raw.some((w, i) => test(w, raw[i - 1]));
}

/** Most words a clause's subject may take before its verb ("the herring gull swooped"). */
const MAX_SUBJECT_WORDS = 5;

/**
 * True when `text` opens a clause, not a noun phrase: an "-ing" form ("paying the fine") or a
 * finite verb within the first few words, before any punctuation ("the herring gull swooped"; not
 * "his grandfather" after "named after").
 */
export function opensClause(text: string): boolean {
  const phrase = /^[^,;:.!?()"“”]*/u.exec(text)![0];
  const raw = wordsOf(phrase).slice(0, MAX_SUBJECT_WORDS + 1);
  if (!raw.length) return false;
  if (/^\p{Ll}+ing$/u.test(raw[0]!) && !PREPOSITIONS.has(raw[0]!) && isVerb(raw[0]!)) return true;
  return raw.some((w, i) => i > 0 && markedVerb(w, raw[i - 1]));
}

/**
 * True when a comma in `rest` (the part of a sentence after a cut) is followed by a lower-case
 * word that can only stand there as a verb ("…, proved decisive"): the cut would part the
 * sentence's subject from it.
 */
export function verbAfterComma(rest: string): boolean {
  for (const m of rest.matchAll(/,\s+(?:(?:also|then|now|still|later|already)\s+)?(\p{Ll}[\p{L}'’-]*)/gu)) {
    const w = m[1]!;
    if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w) || RELATIVES.has(w)) continue;
    if (/ing$/.test(w)) continue;
    if (finiteVerb(w, undefined)) return true;
  }
  return false;
}

/**
 * True when cutting a sentence before `after` (the text from the cut's comma on) parts a subject
 * from its verb: the cut opens a relative clause whose close is followed by the verb ("… and the
 * unions, which represent 40,000 workers, walked out."), so what is before the cut is a subject.
 */
export function cutsSubjectFromVerb(after: string): boolean {
  const m = /^,\s+(?:who|which|whose|whom)\b(?:[^,;]|,(?=\S))*,\s+(\S+)(?:\s+(\S+))?/iu.exec(after);
  if (!m) return false;
  const bare = (w: string | undefined) => (w ?? '').replace(/[^\p{L}'’-]+$/u, '');
  // "…, who both won on Saturday, are level…": an adverb may stand before the verb.
  const word = /^(?:also|then|now|still|both|all|later|already|each)$/i.test(bare(m[1])) ? bare(m[2]) : bare(m[1]);
  // In that place a lower-case word that is no preposition, conjunction, determiner or pronoun is
  // the verb ("walk out", "should become"), whatever else the lexicon says it can be.
  if (!/^\p{Ll}/u.test(word)) return false;
  const w = word.toLowerCase();
  return !PREPOSITIONS.has(w) && !CONJUNCTIONS.has(w) && !DETERMINERS.has(w) && !PRONOUNS.has(w);
}
