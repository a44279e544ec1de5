/**
 * Articles built as a series of items after an introduction: a list article ("1. …", "2. …"), a
 * round-up of short items under subheadings, or a transcript whose turns open with the speaker's
 * label ("Q: …", "A: …", "JANE DOE: …") or whose questions are set in bold. The introduction
 * says what the whole is about; any one item or turn says only what that item is about, or what
 * one person said, so the summary is taken from the introduction when it has a sentence to give.
 * Interviews told only by their plain questions are not treated so: measured on GUM's fit part,
 * taking their summary from the introduction before the first question gained nothing (0.343 →
 * 0.342), and rhetorical questions made speeches look like interviews; a speaker's label, or a
 * question set in bold as a paragraph of its own, is a mark no speech carries.
 */
import type { Article } from '../article.ts';
import { endsOnQuestion } from '../figures/speaker-labels.ts';

/** Items needed before an article counts as a series: two could be chance. */
const MIN_ITEMS = 3;

/** Paragraphs per item, at most, under the subheadings of a round-up. */
const MAX_ITEM_PARAGRAPHS = 3;

/** A numbered or lettered list item: "1. …", "2) …", "(3) …", "No. 4: …". */
const NUMBERED = /^(?:\(?\d{1,2}[.)]|No\.\s*\d{1,2}[:.]?)\s+\S/u;

/**
 * A speaker's label opening a turn of a transcript: "Q:", "A:", "Q.", or one to four capitalised
 * words and a colon ("Jane Doe:", "JANE DOE:"), before the capital or figure that opens what was said.
 */
const SPEAKER_LABEL = /^(?:[QA][:.]|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*:)\s+(?=["“‘']?[\p{Lu}\p{N}])/u;

/** A transcript has at least this many labelled turns… */
const MIN_TURNS = 4;
/** …by at least two speakers who each speak more than once ("Born: …", "Died: …" in a fact box speak once each). */
const MIN_SPEAKERS = 2;

/** Length of the speaker's label opening a paragraph ("Q: ", "JANE DOE: "), 0 when it has none. */
export function speakerLabelEnd(text: string): number {
  return SPEAKER_LABEL.exec(text)?.[0].length ?? 0;
}

/** True for a label that names no one ("Q:", "A:"): it tells a reader nothing the layout did not. */
export function isBareLabel(label: string): boolean {
  return /^[QA][:.]\s*$/.test(label);
}

/**
 * The 0-based indices of the paragraphs that are turns of a transcript (each opens with a
 * speaker's label), or undefined when the article is not a transcript: fewer than four turns, or
 * fewer than two speakers who speak more than once.
 */
export function transcriptTurns(paragraphs: readonly string[]): number[] | undefined {
  const turns: number[] = [];
  const uses = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    const end = speakerLabelEnd(p);
    if (!end) return;
    turns.push(i);
    const label = p.slice(0, end).trim().toLowerCase();
    uses.set(label, (uses.get(label) ?? 0) + 1);
  });
  const speakers = [...uses.values()].filter((n) => n > 1).length;
  return turns.length >= MIN_TURNS && speakers >= MIN_SPEAKERS ? turns : undefined;
}

/**
 * The 0-based index of the first body paragraph that belongs to the series, or undefined when the
 * article is not built so (or its first paragraph already is an item: there is no introduction).
 */
export function introductionEnd(article: Article): number | undefined {
  const ps = article.paragraphs;
  const firstOf = (test: (p: string) => boolean) => {
    const hits = ps.flatMap((p, i) => (test(p) ? [i] : []));
    return hits.length >= MIN_ITEMS ? hits[0] : undefined;
  };
  // Subheadings: the paragraph index each heading block stands before.
  const headingAt: number[] = [];
  let paragraph = 0;
  for (const b of article.blocks) {
    if (b.kind === 'paragraph') paragraph++;
    else if (paragraph > 0 && paragraph < ps.length) headingAt.push(paragraph);
  }
  // A round-up: three or more short items under subheadings ("News in brief"). Long sections
  // under subheadings (a feature, a travel guide) are chapters of one story, not a series.
  const roundUp = headingAt.length >= MIN_ITEMS && (ps.length - headingAt[0]!) / headingAt.length <= MAX_ITEM_PARAGRAPHS;
  // A transcript's introduction is what comes before the first turn; when the first turn opens
  // the text, it is the host's, who introduces the guest ("My guest this week runs…").
  const turns = transcriptTurns(ps);
  // An interview whose questions are set in bold: each question and its answer is a turn, as a
  // labelled transcript's are, so its introduction says who is asked and why.
  const boldQuestions = article.blocks.filter((b) => b.kind === 'paragraph').flatMap((b, i) => (b.bold && endsOnQuestion(b.text) ? [i] : []));
  const asked = boldQuestions.length >= MIN_ITEMS ? boldQuestions[0] : undefined;
  const starts = [firstOf((p) => NUMBERED.test(p)), roundUp ? headingAt[0] : undefined, turns ? turns[0] || 1 : undefined, asked];
  const end = Math.min(...starts.filter((s): s is number => s !== undefined));
  return Number.isFinite(end) && end > 0 ? end : undefined;
}
