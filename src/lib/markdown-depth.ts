/**
 * How deeply Markdown nests block containers (block quotes and list items), measured before
 * anything parses it. Markdown parsers and the tree walkers after them recurse once per level,
 * and some take time that grows with the square of the depth: 10,000 `>` on one line overflow
 * the call stack, and a list indented one level deeper on each of 800 lines takes seconds.
 * A text nested more deeply than any real article is refused before it reaches a parser.
 *
 * Shared by the brief command (source articles), `npm run check` and the site build (content
 * bodies), so all three draw the line in the same place. Runs in time linear in the text.
 */

/** Deepest nesting accepted; real articles rarely go past 3 or 4 levels. */
export const MAX_MARKDOWN_DEPTH = 100;

/** Most emphasis and bracket characters accepted in one paragraph (see densestInlineBlock). */
export const MAX_INLINE_MARKS = 300;

/**
 * Most emphasis and bracket characters accepted in a whole text. Links and images cost the
 * parser about a hundred times as much as plain text (a megabyte of nothing but links takes
 * 5–30 s); a real article has a few hundred such characters at most, the project's largest
 * about 20.
 */
export const MAX_INLINE_MARKS_TOTAL = 10_000;

/** The deepest line of a text. */
export interface Nesting {
  /** Estimated container depth: `>` and list markers at the line's start, plus a level per two columns of indent. */
  depth: number;
  /** 1-based line where it is deepest. */
  line: number;
}

/** The deepest block nesting in a Markdown text and the line where it occurs. */
export function markdownNesting(text: string): Nesting {
  let deepest: Nesting = { depth: 0, line: 1 };
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let column = 0;
    let leading = true;
    // The container prefix: indentation, then `>` and list markers separated by white space.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) {
        if (leading) column += c === 0x09 ? 4 : 1;
        i++;
        continue;
      }
      if (leading) {
        depth += Math.floor(column / 2);
        leading = false;
      }
      if (c === 0x3e /* > */) {
        depth++;
        i++;
        continue;
      }
      const marker = listMarkerLength(text, i);
      if (marker > 0) {
        depth++;
        i += marker;
        continue;
      }
      break;
    }
    if (depth > deepest.depth) deepest = { depth, line };
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    i = next + 1;
    line++;
  }
  return deepest;
}

/** Length of a list marker (`-`, `+`, `*`, `1.`, `1)`) at `i` followed by a space or line end, else 0. */
function listMarkerLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let end = i;
  if (c === 0x2d || c === 0x2b || c === 0x2a) end = i + 1;
  else {
    while (end - i < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
    if (end === i) return 0;
    const d = text.charCodeAt(end);
    if (d !== 0x2e && d !== 0x29) return 0;
    end++;
  }
  const after = text.charCodeAt(end);
  return after === 0x20 || after === 0x09 || after === 0x0a || Number.isNaN(after) ? end - i : 0;
}

/**
 * The most emphasis and bracket characters (`*`, `_`, `~`, `[`, `]`, unescaped) in one block of
 * the text (lines between blank lines), and the block's first line. The parser pairs these
 * characters up with work that grows with the square of their number in a block (4,000 of them
 * take seconds), so their number per block is bounded, which keeps parsing linear in the text.
 */
export function densestInlineBlock(text: string): { count: number; line: number; total: number } {
  let best = { count: 0, line: 1 };
  let total = 0;
  let line = 1;
  let blockLine = 1;
  let count = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      if (blank) {
        count = 0;
        blockLine = line;
      }
      blank = true;
      continue;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) blank = false;
    if (c === 0x5c /* \ */) {
      i++;
      continue;
    }
    if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x5d) {
      count++;
      total++;
      if (count > best.count) best = { count, line: blockLine };
    }
  }
  return { ...best, total };
}

/**
 * Why a Markdown text is too deeply nested to parse, with its line, or undefined when it is not.
 * The message is written for an editor.
 */
export function nestingProblem(text: string): { line: number; message: string } | undefined {
  const block = markdownNesting(text);
  if (block.depth > MAX_MARKDOWN_DEPTH) {
    return {
      line: block.line,
      message: `nests block quotes or lists ${block.depth} levels deep (at most ${MAX_MARKDOWN_DEPTH}): remove the extra ">", "-" or indentation`,
    };
  }
  const inline = densestInlineBlock(text);
  if (inline.count > MAX_INLINE_MARKS) {
    return {
      line: inline.line,
      message: `has a paragraph with ${inline.count} "*", "_", "~", "[" or "]" characters (at most ${MAX_INLINE_MARKS}): split it, or put a "\\" before those meant as text`,
    };
  }
  if (inline.total > MAX_INLINE_MARKS_TOTAL) {
    return {
      line: 1,
      message: `has ${inline.total} "*", "_", "~", "[" or "]" characters in all (at most ${MAX_INLINE_MARKS_TOTAL}): it is not an article; put a "\\" before those meant as text`,
    };
  }
  return undefined;
}
