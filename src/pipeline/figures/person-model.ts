/**
 * Is a candidate a person? The rules (names.ts) propose candidates and score each mention; this
 * model weighs the evidence of a whole candidate — every mention of it in the article — with
 * weights fitted by logistic regression (`npm run fit:figures`, on the GUM fit part and the news dev
 * sets; reported on the GUM held-out part), read from `data/person-model.json`.
 */
import { createRequire } from 'node:module';
import type { Cluster } from './coreference.ts';
import type { Token } from './tokens.ts';
import { ARTICLES, HONORIFICS, ORG_BELONGINGS, ORG_NOUNS, SPEECH_VERBS, isDemonym, isFirstName, isGivenName, isOrgWord, isPlaceName, isPlainVocabulary, isSurname, isVerb } from './lexicon.ts';

/** The features of one candidate, each a number; `bias` is always 1. */
export interface PersonFeatures {
  bias: number;
  /** The best rule score of any mention, clamped to [-6, 8] (names.ts `scoreName`). */
  rule: number;
  /** log(1 + number of mentions). */
  mentions: number;
  /** The fullest form has two or more words. */
  multiword: number;
  /** The first word is a given name the lexicons know. */
  given: number;
  /** The last word is a family name the lexicon knows. */
  surname: number;
  /** A title or role noun before some mention. */
  titled: number;
  /** Some mention is the subject of a speech verb ("Lavrov said", "said Lavrov"), or the one an interview's headline names. */
  speaks: number;
  /** Share of mentions right after "in", "at", "to", "from", "near" (how places are named). */
  locative: number;
  /** Share of mentions right after "the", "a" or "an". */
  article: number;
  /** Some word is a place name, organisation word or nationality. */
  placeOrOrg: number;
  /** Every word is everyday vocabulary. */
  vocabulary: number;
  /** Every mention is inside a direct quote. */
  quotedOnly: number;
  /** Some mention is cited as an author ("(Dye & Bavelier, 2010)", "Smith et al. (2010)"; citations.ts). */
  cited: number;
  /** A he, she, his, her or him within a few words after some mention. */
  he: number;
  /** Named only in the headline or subheadings, and not as the one an interview is with. */
  headingOnly: number;
  /**
   * Share of mentions that read as an organisation's: right after or before a noun for a kind of
   * organisation ("the accountancy firm X", "the X team"), or owning what organisations own ("X's
   * aircraft", "X's project director", "the chief executive of X").
   */
  organisation: number;
}

/** Feature names in the order of a weight vector. */
export const FEATURE_NAMES: (keyof PersonFeatures)[] = ['bias', 'rule', 'mentions', 'multiword', 'given', 'surname', 'titled', 'speaks', 'locative', 'article', 'placeOrOrg', 'vocabulary', 'quotedOnly', 'cited', 'he', 'headingOnly', 'organisation'];

interface ModelData {
  threshold: number;
  weights: Record<keyof PersonFeatures, number>;
}

const load = createRequire(import.meta.url);
let model: ModelData | undefined;
/** The fitted weights; `npm run fit:figures` rewrites the file. */
export function personModel(): ModelData {
  return (model ??= load('./data/person-model.json') as ModelData);
}

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'throughout', 'via']);
const PRONOUN = /^(?:he|she|his|her|him)$/i;

/**
 * The evidence for one candidate person, from all its mentions; paragraphs from `bodyLength` on
 * are the headline and subheadings.
 */
export function personFeatures(c: Cluster, tokens: Token[][], bodyLength: number): PersonFeatures {
  const words = c.name;
  let rule = -6;
  let titled = 0;
  let speaks = 0;
  let locative = 0;
  let article = 0;
  let cited = 0;
  let quotedOnly = 1;
  let he = 0;
  let organisation = 0;
  for (const m of c.mentions) {
    rule = Math.max(rule, m.score);
    if (m.titled) titled = 1;
    if (!m.inQuote) quotedOnly = 0;
    const ts = tokens[m.paragraph]!;
    const prev = ts[m.first - 1]?.text === '.' && HONORIFICS.has(`${ts[m.first - 2]?.text.toLowerCase()}.`) ? ts[m.first - 2] : ts[m.first - 1];
    const pw = prev?.word ? prev.text.toLowerCase() : '';
    if (LOCATIVE.has(pw)) locative++;
    if (ARTICLES.has(pw)) article++;
    const next = ts[m.last + 1];
    const nw = next?.word ? next.text.toLowerCase() : '';
    if (SPEECH_VERBS.has(nw) || (SPEECH_VERBS.has(pw) && pw !== 'called')) speaks = 1;
    if (m.cited) cited = 1;
    // The one an interview's headline names is a speaker (index.ts `markInterviewees`).
    if (m.interviewee || m.interviewer) speaks = 1;
    if (organisationContext(ts, m.first, m.last)) organisation++;
    // A he/she in the next few words after the name refers back to a person more often than not.
    for (let k = m.last + 1; k < Math.min(ts.length, m.last + 12); k++) if (PRONOUN.test(ts[k]!.text)) he = 1;
  }
  const n = c.mentions.length;
  return {
    bias: 1,
    rule: Math.min(8, rule),
    mentions: Math.log1p(n),
    multiword: words.length > 1 ? 1 : 0,
    given: isGivenName(words[0]!) || isFirstName(words[0]!) ? 1 : 0,
    surname: isSurname(words.at(-1)!) ? 1 : 0,
    titled,
    speaks,
    locative: locative / n,
    article: article / n,
    placeOrOrg: words.some((w) => (isPlaceName(w) && !isGivenName(w)) || isOrgWord(w) || isDemonym(w)) ? 1 : 0,
    vocabulary: words.every((w) => isPlainVocabulary(w) && !isSurname(w)) ? 1 : 0,
    quotedOnly,
    cited,
    he,
    headingOnly: c.mentions.every((m) => m.paragraph >= bodyLength) && !c.mentions.some((m) => m.interviewee || m.interviewer) ? 1 : 0,
    organisation: organisation / n,
  };
}

const lower = (t: Token | undefined) => (t?.word ? t.text.toLowerCase() : '');

/**
 * Does the mention at tokens `first`..`last` read as an organisation's name? A kind of organisation
 * right before it ("contractor X", "the accountancy firm X") or right after it ("the X team"); a
 * possessive owning what organisations own within two words ("X's aircraft", "X' project director");
 * or such a thing right before "of X" ("the chief executive of X").
 */
export function organisationContext(ts: Token[], first: number, last: number): boolean {
  const before = lower(ts[first - 1]);
  // "the environmental NGO Ħarsien Malta": an organisation's kind in capitals is its initials.
  if (ORG_NOUNS.has(before) && (!ts[first - 1]!.cap || /^\p{Lu}{2,}s?$/u.test(ts[first - 1]!.text))) return true;
  const possessive = /['’]s?$/u.test(ts[last]!.text) || ts[last + 1]?.text === "'" || ts[last + 1]?.text === '’';
  // "the Vosberg team" is the team's name; "Lisa Crane's team" is hers.
  const after = ts[last + 1];
  if (!possessive && after?.word && !after.cap && ORG_NOUNS.has(after.text.toLowerCase())) return true;
  // "the Dunavska Pesen chamber choir", "the Hatfield brass band": so with one plain word that
  // says what kind between, a noun rather than a verb ("Ana Silva leads band practice"), where
  // "the" opens the phrase ("Mr Doyle left school" is a person's doing).
  const kind = ts[last + 2];
  if (!possessive && before === 'the' && after?.word && !after.cap && isPlainVocabulary(after.text.toLowerCase()) && !isVerb(after.text.toLowerCase()) && kind?.word && !kind.cap && ORG_NOUNS.has(kind.text.toLowerCase())) return true;
  if (possessive) {
    const at = /['’]s?$/u.test(ts[last]!.text) ? last + 1 : last + 2;
    if (ORG_BELONGINGS.has(lower(ts[at])) || ORG_BELONGINGS.has(lower(ts[at + 1]))) return true;
  }
  return before === 'of' && ORG_BELONGINGS.has(lower(ts[first - 2]));
}

/** The model's probability that the candidate is a person. */
export function personProbability(f: PersonFeatures, weights = personModel().weights): number {
  let z = 0;
  for (const k of FEATURE_NAMES) z += (weights[k] ?? 0) * f[k];
  return 1 / (1 + Math.exp(-z));
}
