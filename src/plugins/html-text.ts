/**
 * Reading the text of rendered HTML without building a tree: where its runs of text stand, what a
 * run says once its character references are read, and how to write a value into an attribute.
 *
 * The marks of terms and people (annotate-marks.ts) are put into a body's HTML after it is
 * rendered. Under Sätteri, reading a body's tree into JavaScript node by node and handing changes
 * back cost more than the search for mentions itself (docs/scaling.md, twelfth session); a body's
 * HTML, written by a serializer, is regular enough to read as a string.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is not markup: it runs to their end tag whatever it holds. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** A tag, a comment or a declaration; quoted attribute values may hold ">". */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\/?([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/y;

/**
 * The runs of text of `html` that are not inside an element of `skip` (names in lower case), as
 * `[start, end)` offsets into `html`, in document order. The HTML is a serializer's output, so every
 * element that is not void is closed; a stray `<` is read as text.
 */
export function* textRuns(html: string, skip: ReadonlySet<string>): Generator<[number, number]> {
  let skipped = 0;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > at && skipped === 0) yield [at, textEnd];
    if (lt < 0) return;
    MARKUP.lastIndex = lt;
    const tag = MARKUP.exec(html);
    if (!tag) {
      // "<" not opening markup ("a < b" left unescaped, which a serializer never writes): text.
      if (skipped === 0) yield [lt, lt + 1];
      at = lt + 1;
      continue;
    }
    at = lt + tag[0].length;
    const name = tag[1]?.toLowerCase();
    if (!name) continue;
    const closing = html.charCodeAt(lt + 1) === 47; // "/"
    const selfClosing = tag[0].endsWith('/>');
    if (closing) {
      if (skip.has(name) && skipped > 0) skipped--;
    } else if (RAW.has(name) && !selfClosing) {
      // A raw-text element is never read for marks: its content ends only at its end tag.
      const end = new RegExp(`</${name}[\\s/>]`, 'gi');
      end.lastIndex = at;
      at = end.exec(html)?.index ?? html.length;
      if (skip.has(name)) skipped++;
    } else if (skip.has(name) && !VOID.has(name) && !selfClosing) skipped++;
  }
}

/** A character reference: numeric, or named (which this reads with its semicolon only). */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g;

/** A run of HTML text as a reader reads it, and where each of its characters starts in the run. */
export interface DecodedRun {
  text: string;
  /** `rawAt[i]` is the offset in the run of the markup that gives `text[i]`; `rawAt[text.length]` is the run's length. */
  rawAt: number[] | undefined;
}

/** Read a run's character references; `rawAt` is undefined when the run has none (the offsets are the same). */
export function decodeRun(raw: string): DecodedRun {
  if (!raw.includes('&')) return { text: raw, rawAt: undefined };
  let text = '';
  const rawAt: number[] = [];
  let at = 0;
  const copy = (end: number) => {
    for (let i = at; i < end; i++) rawAt.push(i);
    text += raw.slice(at, end);
  };
  for (const m of raw.matchAll(REFERENCE)) {
    const value = m[1] ? codePoint(parseInt(m[1], 16)) : m[2] ? codePoint(parseInt(m[2], 10)) : decodeNamedCharacterReference(m[3]!);
    if (value === false || value === undefined) continue; // not a reference a browser knows: it stays text
    copy(m.index);
    for (let k = 0; k < value.length; k++) rawAt.push(m.index);
    text += value;
    at = m.index + m[0].length;
  }
  copy(raw.length);
  rawAt.push(raw.length);
  return { text, rawAt };
}

/** The character of a numeric reference, as a browser reads it (nothing invalid becomes a character). */
function codePoint(n: number): string | undefined {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** A value written into a double-quoted attribute, with the references Sätteri writes there. */
export function attributeValue(value: string): string {
  return value.replace(/[&"'<>]/g, (ch) => ATTRIBUTE_REFERENCES[ch]!);
}

const ATTRIBUTE_REFERENCES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
