/**
 * Articles built as a series of items after an introduction: a list article ("1. …", "2. …") or a
 * round-up of short items under subheadings. The introduction says what the whole is about; any
 * one item says only what that item is about, so the summary is taken from the introduction when
 * it has a sentence to give. Interviews are not treated so: measured on GUM's fit part, taking
 * their summary from the introduction before the first question gained nothing (0.343 → 0.342),
 * and rhetorical questions made speeches look like interviews.
 */
import type { Article } from '../article.ts';

/** Items needed before an article counts as a series: two could be chance. */
const MIN_ITEMS = 3;

/** Paragraphs per item, at most, under the subheadings of a round-up. */
const MAX_ITEM_PARAGRAPHS = 3;

/** A numbered or lettered list item: "1. …", "2) …", "(3) …", "No. 4: …". */
const NUMBERED = /^(?:\(?\d{1,2}[.)]|No\.\s*\d{1,2}[:.]?)\s+\S/u;

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
  const starts = [firstOf((p) => NUMBERED.test(p)), roundUp ? headingAt[0] : undefined];
  const end = Math.min(...starts.filter((s): s is number => s !== undefined));
  return Number.isFinite(end) && end > 0 ? end : undefined;
}
