/**
 * Transcripts and Q&A interviews label each turn with its speaker instead of quotation marks:
 * "NADIA COLE-ABARA: Whose recipe book was it?", "Otieno-Castell: I hoped for it.", "Q: … / A: …".
 * A turn is the labelled speaker's words, as a quote is.
 */

import { HEADLINE_INTERVIEW_WORDS, meetsReporterPronoun } from './lexicon.ts';

/** One labelled turn: the paragraph, the label as written, and where the words start. */
export interface LabelTurn {
  paragraph: number;
  /** The label in title case ("Nadia Cole-Abara", "Dame Cecily", "Q"). */
  label: string;
  /** Offset in the paragraph where the speaker's words start. */
  start: number;
}

/**
 * A label: one to four capitalised words (hyphens, apostrophes, initials), then a colon and a
 * space. A hearing's or a debate's transcript may set the speaker's party or post in brackets
 * before the colon ("Gord Halvorsen (chair):", "Arjun Mehta (Liberal):"); the label is the name.
 * A government's transcript may label a turn with the speaker's post, up to six words with "for",
 * "of" and "and" ("Secretary for Transport and Logistics:").
 */
const LABEL = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|al|de|van|von|bin|binti|for|of|and)){0,5})(?:\s+\([^()\n]{1,40}\))?:\s+(?=\S)/u;
/** A transcript has at least this many labelled turns, by at least two speakers. */
const MIN_TURNS = 3;
/** Labels that name a section, not a speaker ("Update: …", "Photo: …"). */
const NOT_SPEAKERS = new Set(['update', 'note', 'photo', 'picture', 'image', 'source', 'sources', 'editor', 'correction', 'warning', 'transcript', 'presenter', 'host', 'read', 'see', 'watch', 'listen', 'video', 'audio', 'related', 'also', 'tags', 'credit']);

/** "NADIA COLE-ABARA" → "Nadia Cole-Abara"; other labels as written. */
function titleCase(label: string): string {
  if (label !== label.toUpperCase() || label.length < 2) return label;
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * A name in capitals opening a paragraph and set off by a comma or a colon, as quote round-ups and
 * court lists print who speaks: "MARGARET OYELARAN, chair of the Allotment Society, on …: "…"",
 * "CLLR GRAHAM TULLEY, leader of the council: "…"". Two to seven capitalised words.
 */
const CAPITAL_OPENING = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,6})(?=\s*[,:])/u;

/**
 * capital-name-opening: the paragraphs with such an opening rewritten in title case (same length,
 * so every offset stays right), when `nameLike` accepts its words (the caller's lexicon: a given
 * name or a courtesy title among them, or no everyday word): the name finder does not read words
 * in capitals as a name, and "BREAKING NEWS:" is no one's.
 */
export function titleCaseOpenings(paragraphs: string[], nameLike: (words: string[]) => boolean): string[] {
  return paragraphs.map((text) => {
    const m = CAPITAL_OPENING.exec(text);
    if (!m) return text;
    const titled = titleCase(m[1]!);
    if (!nameLike(titled.split(/\s+/).map((w) => w.replace(/[.,]$/, '')))) return text;
    return titled + text.slice(titled.length);
  });
}

/**
 * The labelled turns of an article, when it is a transcript (at least MIN_TURNS turns by at least
 * two labels), and the paragraphs with capitalised labels rewritten in title case (same length),
 * so the name finder reads "NADIA COLE-ABARA" as it reads "Nadia Cole-Abara".
 */
export function speakerTurns(paragraphs: string[]): { turns: LabelTurn[]; text: string[] } {
  const turns: LabelTurn[] = [];
  for (const [paragraph, text] of paragraphs.entries()) {
    const m = LABEL.exec(text);
    if (!m || NOT_SPEAKERS.has(m[1]!.toLowerCase()) || /\d/.test(m[1]!)) continue;
    turns.push({ paragraph, label: titleCase(m[1]!), start: m[0].length });
  }
  // One speaker's labelled answers, each after a question printed with no label ("**How did you
  // come to nursing?**" / "Vakaloloma: My mother …"), are a transcript too.
  const answers = turns.filter((t) => t.paragraph > 0 && isQuestion(paragraphs[t.paragraph - 1]) && !LABEL.test(paragraphs[t.paragraph - 1]!)).length;
  if (turns.length < MIN_TURNS || (new Set(turns.map((t) => t.label)).size < 2 && answers < MIN_TURNS)) return { turns: [], text: paragraphs };
  const text = [...paragraphs];
  for (const t of turns) text[t.paragraph] = t.label + text[t.paragraph]!.slice(t.label.length);
  return { turns, text };
}

/** A paragraph that is one short question: what an unlabelled interview's question looks like. */
const UNLABELLED_QUESTION_WORDS = 30;

/** Does this paragraph end on a question mark, perhaps inside a closing quotation mark? */
export function endsOnQuestion(text: string | undefined): boolean {
  return /\?["'’”]?$/.test(text?.trim() ?? '');
}

/** Is this paragraph one short question, not a quotation? */
function isQuestion(text: string | undefined): boolean {
  return endsOnQuestion(text) && isShortTurn(text);
}
/** Is this paragraph short enough to be a question's turn, and not a quotation? */
function isShortTurn(text: string | undefined): boolean {
  const t = text?.trim() ?? '';
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words > 0 && words <= UNLABELLED_QUESTION_WORDS && !/^["“‘']/.test(t);
}
/** Index of the last paragraph an unlabelled interview's first question may be. */
const MAX_FIRST_QUESTION = 4;
/** The same where the questions are set in bold. */
const MAX_BOLD_FIRST_QUESTION = 6;
/**
 * The same where the questions are set in bold and the introduction says an interview follows: an
 * introduction that gathers others' views of the person first runs to eight or nine paragraphs.
 */
const MAX_ANNOUNCED_FIRST_QUESTION = 10;

/**
 * Does an introduction say that an interview follows: a word for one ("The interview has been
 * edited for length", "The conversation has been shortened"; speech-verbs.json
 * headlineInterviewWords) or the paper's "us" met by the one it is with ("Kajtaz, 61, received us
 * in his workshop", "spoke to us on the pilot boat"; receivedReporter, reporterPronouns)?
 */
function announcesInterview(introduction: readonly string[]): boolean {
  return introduction.some((text) => {
    const words = text.toLowerCase().split(/[^\p{L}&]+/u);
    return words.some((w, i) => HEADLINE_INTERVIEW_WORDS.has(w) || meetsReporterPronoun(words, i));
  });
}
/** At least this many questions, each followed by its answer, make an unlabelled interview. */
const MIN_UNLABELLED_QUESTIONS = 3;
/** So many questions, each a paragraph of its own before its answer, make an interview even when few are put to "you". */
const MANY_QUESTIONS = 5;

/**
 * qa-unlabelled: the turns of an interview printed as questions and answers with no labels (the
 * questions set in bold, which the text no longer shows): at least three paragraphs that are each
 * one short question, each followed by a paragraph that is not, the first within the opening five
 * paragraphs (seven when set in bold), and at least two in five of them put to "you" (or five
 * questions or more). The question paragraphs are turns
 * labelled "Q", the paragraphs from each answer to the next question turns labelled "A". Speeches
 * ask their rhetorical questions inside paragraphs, or of "we", and are not taken for interviews.
 * No turns when the article is not such an interview.
 */
export function unlabelledTurns(paragraphs: readonly string[], bold: ReadonlySet<number> = new Set()): LabelTurn[] {
  // bold-questions: where the questions are set in bold and the text still shows it, a bold
  // paragraph after the first plain one is a question too when it puts one without a question mark
  // ("**You have lost a colleague yourself.**", "**And the week became three years.**"), once three
  // bold paragraphs are questions of the usual kind; one right before another bold paragraph is a
  // subheading ("**On the family**"), no one's turn; and a bold standfirst before the first plain
  // paragraph is the introduction's.
  const boldQuestions = [...bold].filter((p) => isQuestion(paragraphs[p])).length >= MIN_UNLABELLED_QUESTIONS;
  const firstPlain = boldQuestions ? paragraphs.findIndex((_, p) => !bold.has(p)) : -1;
  const subheading = (p: number) => boldQuestions && bold.has(p) && !isQuestion(paragraphs[p]) && bold.has(p + 1);
  const asks = (p: number) => isQuestion(paragraphs[p]) || (boldQuestions && p > firstPlain && bold.has(p) && !subheading(p) && isShortTurn(paragraphs[p]));
  const questions = paragraphs.flatMap((text, p) => (asks(p) && p + 1 < paragraphs.length && !asks(p + 1) && !/^["“‘']/.test(paragraphs[p + 1]!.trim()) ? [p] : []));
  // The first question within the opening five paragraphs, or seven where the questions are set
  // in bold (a standfirst, a longer introduction and a subheading may come before it), or eleven
  // where they are bold and the introduction says an interview follows.
  const latest = !boldQuestions ? MAX_FIRST_QUESTION : announcesInterview(paragraphs.slice(0, questions[0])) ? MAX_ANNOUNCED_FIRST_QUESTION : MAX_BOLD_FIRST_QUESTION;
  if (questions.length < MIN_UNLABELLED_QUESTIONS || questions[0]! > latest) return [];
  const toYou = questions.filter((p) => /\b(?:you|your|yours|yourself)\b/i.test(paragraphs[p]!)).length;
  // Five or more such questions make an interview whomever they ask about ("How bad was this
  // year's harvest?", "Have prices gone up?"): a speech does not set so many apart.
  if (toYou * 5 < questions.length * 2 && questions.length < MANY_QUESTIONS) return [];
  const turns: LabelTurn[] = [];
  questions.forEach((q, k) => {
    turns.push({ paragraph: q, label: 'Q', start: 0 });
    const end = questions[k + 1] ?? paragraphs.length;
    for (let p = q + 1; p < end; p++) if (!asks(p) && !subheading(p)) turns.push({ paragraph: p, label: 'A', start: 0 });
  });
  return turns;
}
