/**
 * Where the direct quotes are: quotation-mark pairs in each paragraph, including a quote that
 * runs on over several paragraphs (newspaper style reopens it at each paragraph, Wikinews style
 * sometimes does not).
 */

/** A stretch of quoted text in one paragraph. */
export interface QuoteSpan {
  paragraph: number;
  /** Offsets of the quoted text, marks excluded. */
  start: number;
  end: number;
  /** Offset of the opening mark, or -1 when the quote runs on from the previous paragraph. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs on to the next paragraph. */
  close: number;
  /** Spans of one quote running over several paragraphs share a group number. */
  group: number;
}

type Mark = 'open' | 'close';

/** Is the straight quote at `i` opening or closing? Decided by the characters around it. */
function straightKind(text: string, i: number, inside: boolean): Mark {
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  // After "said," or "said:" a straight quote opens even with no space ("Wilkins said," [Warhol]…").
  if (!inside && /[,:;]/.test(prev)) return 'open';
  const prevSpace = /[\s([{\u2014\u2013-]/.test(prev);
  const nextSpace = /[\s.,;:!?)\]]/.test(next);
  if (prevSpace && !nextSpace) return 'open';
  if (!prevSpace && nextSpace) return 'close';
  return inside ? 'close' : 'open';
}

/** The quotation marks of a paragraph, in order, classified as opening or closing. */
function marksOf(text: string, startsInside: boolean): { at: number; kind: Mark }[] {
  const marks: { at: number; kind: Mark }[] = [];
  let inside = startsInside;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let kind: Mark | undefined;
    // "…misguided decision.“ However": an opening mark typed where a quote closes.
    if (c === '“' && inside && /[.!?,]/.test(text[i - 1] ?? '') && /\s|$/.test(text[i + 1] ?? '')) kind = 'close';
    else if (c === '“' || c === '«' || c === '„') kind = 'open';
    else if (c === '”' || c === '»') kind = 'close';
    else if (c === '"') kind = straightKind(text, i, inside);
    if (!kind) continue;
    marks.push({ at: i, kind });
    inside = kind === 'open';
  }
  return marks;
}

/** Find every quoted stretch in a list of paragraphs. */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let nextGroup = 0;
  let carry = -1; // group of a quote left open at the end of the previous paragraph
  paragraphs.forEach((text, paragraph) => {
    // A quote left open may run on into this paragraph without being reopened.
    const marks = marksOf(text, carry >= 0 && !/^\s*["“«„]/.test(text));
    let openAt = -1;
    let group = -1;
    let first = true;
    // A quote left open: it goes on here if this paragraph reopens it, or closes it before opening any.
    if (carry >= 0 && marks.length) {
      const lead = text.trimStart();
      const reopens = marks[0].kind === 'open' && marks[0].at === text.length - lead.length;
      if (!reopens && marks[0].kind === 'close') {
        spans.push({ paragraph, start: 0, end: marks[0].at, open: -1, close: marks[0].at, group: carry });
        marks.shift();
        first = false;
      }
    }
    for (const m of marks) {
      if (m.kind === 'open') {
        // A second opening mark after a full stop: the quote went on in a new paragraph whose break
        // was lost ("…a perfect fit. "However, the trainer…"). It ends here and runs on, reopened.
        if (openAt >= 0 && /[.!?]\s+$/.test(text.slice(openAt + 1, m.at))) {
          spans.push({ paragraph, start: openAt + 1, end: text.slice(0, m.at).trimEnd().length, open: openAt, close: -1, group });
          openAt = m.at;
          continue;
        }
        if (openAt >= 0) continue; // a stray second opening mark: keep the first
        openAt = m.at;
        group = first && carry >= 0 && openAt === text.length - text.trimStart().length ? carry : nextGroup++;
        first = false;
      } else if (openAt >= 0) {
        spans.push({ paragraph, start: openAt + 1, end: m.at, open: openAt, close: m.at, group });
        openAt = -1;
      }
    }
    carry = -1;
    if (openAt >= 0) {
      spans.push({ paragraph, start: openAt + 1, end: text.length, open: openAt, close: -1, group });
      carry = group;
    }
  });
  return spans;
}
