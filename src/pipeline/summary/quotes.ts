/**
 * Quote balance of a stretch of text, so that no summary or key point shows a quotation cut
 * mid-way: a sentence that opens a quote must travel with the sentences that close it, and a
 * sentence that closes a quote opened elsewhere cannot stand alone.
 */

/**
 * How a text treats quotation marks: `open` directional quotes left unclosed at its end, `stray`
 * closes with no opener, and whether it holds an odd number of straight double quotes (which have
 * no direction, so only their parity says anything).
 */
export interface QuoteBalance {
  open: number;
  stray: number;
  straight: boolean;
}

/**
 * Single quote marks: an opening ‘ at the start of a word (`‘Timely`, group 1), and a ’ or ' at
 * the end of a word (group 2 when right after punctuation, as in `contacts,’`). A word-final mark
 * after a letter is a quote only while a single quote is open; otherwise an apostrophe (`girls’`).
 */
const SINGLE_MARKS = /(?:^|(?<=[\s(\[—–-]))(‘)(?=\S)|(?<=([.,!?;:…])|\p{L})['’](?![\p{L}\p{N}])/gu;

/**
 * Scan `text` for quotation marks. Curly double quotes nest by direction; straight double quotes
 * alternate; curly single quotes only count where they cannot be apostrophes.
 */
export function quoteBalance(text: string): QuoteBalance {
  let depth = 0;
  let stray = 0;
  let straight = false;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”') {
      if (depth > 0) depth--;
      else stray++;
    } else if (ch === '"') straight = !straight;
  }
  let singles = 0;
  for (const m of text.matchAll(SINGLE_MARKS)) {
    if (m[1] !== undefined) singles++;
    else if (singles > 0) singles--;
    else if (m[2] !== undefined) stray++;
  }
  return { open: depth + singles, stray, straight };
}

/** The balance of text `a` followed by text `b`: `b`'s closes first use up quotes `a` left open. */
export function concatBalance(a: QuoteBalance, b: QuoteBalance): QuoteBalance {
  const closed = Math.min(a.open, b.stray);
  return { open: a.open - closed + b.open, stray: a.stray + b.stray - closed, straight: a.straight !== b.straight };
}

/** True when every quote the text opens it also closes, and it closes none it did not open. */
export function isQuoteBalanced(text: string): boolean {
  const b = quoteBalance(text);
  return b.open === 0 && b.stray === 0 && !b.straight;
}

/** The share of a text's words that sit inside quotation marks (0 for reported speech). */
export function quotedShare(text: string): number {
  const quoted = text.match(/“[^”]*”|"[^"]*"/g) ?? [];
  const inside = quoted.reduce((n, q) => n + q.split(/\s+/).length, 0);
  const all = text.split(/\s+/).length;
  return all ? Math.min(1, inside / all) : 0;
}
