/**
 * Stage 3: cleaning. Removes site boilerplate (cookie banners, share prompts, newsletter pleas),
 * takes the dateline ("MOSCOW (AA) –") and a date line ("Friday, July 21, 2017") out of the
 * text and into metadata.
 */
import type { Block } from './parse-source.ts';
import type { Dateline } from '../schema/briefing.ts';

/** Sentences that belong to the website around an article, not to the article. */
const BOILERPLATE = [
  /\bthis (?:web)?site uses cookies\b/i,
  /\bwe use cookies\b/i,
  /\b(?:accept|reject) (?:all )?cookies\b/i,
  /\bby continuing to (?:use|browse) (?:this|our) (?:site|website)\b/i,
  /\bsubscribe to our newsletter\b/i,
  /\bsign up for our newsletter\b/i,
  /\bshare (?:this|on) (?:article|facebook|twitter)\b/i,
  /\bclick here to (?:subscribe|read more)\b/i,
  /\ball rights reserved\b/i,
  /\bfollow us on (?:twitter|facebook|instagram|x)\b/i,
  /^(?:advertisement|related (?:articles|stories)|read more|share this:?)$/i,
];

/** A paragraph is boilerplate when it matches a site pattern and is short enough not to be news. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((re) => re.test(text)) && text.split(/\s+/).length < 80;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(${MONTHS.join('|')})\s+(\d{1,2}),?\s+(\d{4})\.?$`,
  'i',
);

/** A paragraph that is only a date, as Wikinews and many wires print under the title. */
export function parseDateLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A wire dateline at the start of a paragraph: a place in capitals, an optional agency in
 * parentheses, then a dash. "MOSCOW (AA) – Russia and…" or "WASHINGTON, D.C. — …".
 */
const DATELINE = /^([A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?)\s*(?:\(([A-Za-z][\w.&' -]{0,30})\))?\s*[–—-]{1,2}\s+(?=\S)/u;

/** Split a dateline off a paragraph. */
export function parseDateline(text: string): { dateline?: Dateline; rest: string } {
  const m = DATELINE.exec(text);
  if (!m) return { rest: text };
  const place = m[1].trim();
  // Capitalise the place as a reader would write it: MOSCOW → Moscow, NEW YORK → New York.
  const pretty = place.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return { dateline: { place: pretty, ...(m[2] ? { agency: m[2].trim() } : {}) }, rest: text.slice(m[0].length) };
}

/** The result of cleaning: blocks to keep and the metadata found in the text. */
export interface Cleaned {
  blocks: Block[];
  date?: string;
  dateline?: Dateline;
  /** How many boilerplate blocks were dropped. */
  removed: number;
}

/** Clean an article's blocks. Only the first few paragraphs are searched for a date and dateline. */
export function cleanBlocks(blocks: Block[]): Cleaned {
  const out: Block[] = [];
  let date: string | undefined;
  let dateline: Dateline | undefined;
  let removed = 0;
  let paragraphs = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') paragraphs++;
    if (isBoilerplate(block.text)) {
      removed++;
      continue;
    }
    if (block.kind === 'paragraph' && paragraphs <= 3) {
      if (!date) {
        const d = parseDateLine(block.text);
        if (d) {
          date = d;
          continue;
        }
      }
      if (!dateline) {
        const d = parseDateline(block.text);
        if (d.dateline) {
          dateline = d.dateline;
          out.push({ ...block, text: d.rest });
          continue;
        }
      }
    }
    out.push(block);
  }
  return { blocks: out, date, dateline, removed };
}
