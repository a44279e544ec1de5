/**
 * Sentence splitting that knows news prose: abbreviations ("U.S.", "Dr.", "Jan."), initials
 * ("Vladimir V. Putin"), decimals, and quotes that close after the full stop.
 */

/** A sentence with its place in the body. */
export interface Sentence {
  text: string;
  /** 0-based index of the body paragraph it is in. */
  paragraph: number;
  /** 0-based position of the sentence within its paragraph. */
  index: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp det no vs etc inc ltd co corp dept univ est approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m d.c'.split(
    ' ',
  ),
);

/** Words that usually open a sentence, used to tell "in the U.S. The team" from "U.S. President". */
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|In|On|At|But|And|However|Its|His|Her|Their|There|After|Before|When|While|According)\b/;

/** Hard cap on sentence length, so a text without punctuation cannot make one giant sentence. */
const MAX_SENTENCE_CHARS = 1200;

/** Split one paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[.!?…]+["”’')\]]*(?=\s+|$)/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[0].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase().replace(/^["“‘'(]+/, '');
    const next = paragraph.slice(end).trimStart();
    if (m[0] === '.' || m[0].startsWith('.')) {
      // "Dr." and "Gen." never end a sentence; "U.S." does only before a word that usually opens one.
      const bare = lastWord.replace(/\.$/, '');
      if (ABBREVIATIONS.has(bare)) {
        if (!bare.includes('.') || !SENTENCE_OPENERS.test(next)) continue;
      }
      if (/^\p{Lu}$/u.test(lastWord.toUpperCase()) && lastWord.length === 1) continue; // an initial
      if (/^\d+$/.test(lastWord) && /^\d/.test(next)) continue;
    }
    if (next && !/^[\p{Lu}"“‘'(\[\d]/u.test(next)) continue; // lower-case continuation
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.flatMap(capLength).filter(Boolean);
}

function capLength(s: string): string[] {
  if (s.length <= MAX_SENTENCE_CHARS) return [s];
  const parts: string[] = [];
  let rest = s;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const at = cut > 0 ? cut : MAX_SENTENCE_CHARS;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  parts.push(rest.trim());
  return parts;
}

/** Every sentence of a list of paragraphs, in order. */
export function sentencesOf(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((p, paragraph) => splitSentences(p).map((text, index) => ({ text, paragraph, index })));
}
