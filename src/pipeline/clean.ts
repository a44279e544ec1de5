/**
 * Stage 3: cleaning. Removes site boilerplate (cookie banners, share prompts, newsletter pleas),
 * takes the dateline ("MOSCOW (AA) –", "LONDON, 14 October 2021 (AA) –") and a date line
 * ("Friday, July 21, 2017", "Date: 2021-10-14") out of the text and into metadata.
 */
import type { Block } from './parse-source.ts';
import { impossibleDate, type Dateline } from '../schema/briefing.ts';

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
/** A month's name or its usual abbreviation ("Oct", "Sept."). */
const MONTH = String.raw`(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\.|${m === 'september' ? 't\\.?' : ''})?`).join('|')})`;
const WEEKDAY = String.raw`(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?`;
/** A full date three ways: "July 21, 2017", "21 July 2017", "2017-07-21". */
const DATE = String.raw`(?:${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})|${WEEKDAY}(\d{1,2})\s+${MONTH}\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))`;
/** A paragraph that is only a date, optionally labelled "Date:" (or "Published:"). */
const DATE_LINE = new RegExp(String.raw`^(?:(?:date|published|dated)\s*:\s*)?${DATE}\.?$`, 'i');

/** The YYYY-MM-DD of a DATE match (groups from `at`), or undefined when it is no real day. */
function isoFrom(m: RegExpExecArray, at: number): string | undefined {
  const g = m.slice(at, at + 9);
  const monthOf = (name: string) => MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
  const [year, month, day] = g[0] ? [g[2], monthOf(g[0]), g[1]] : g[3] ? [g[5], monthOf(g[4]), g[3]] : [g[6], Number(g[7]), g[8]];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !impossibleDate(iso) ? iso : undefined;
}

/**
 * A paragraph that is only a date, as Wikinews and many wires print under the title, or a
 * `Date: 2021-10-14` line an editor adds to a plain-text article; undefined for anything else.
 */
export function parseDateLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text.trim());
  return m ? isoFrom(m, 1) : undefined;
}

/**
 * A wire dateline at the start of a paragraph: a place in capitals, an optional full date after a
 * comma, an optional agency in parentheses, then a dash. "MOSCOW (AA) – Russia and…",
 * "WASHINGTON, D.C. — …", "LONDON, 14 October 2021 (AA) – …". A date without its year
 * ("Oct 14") is not taken: the year cannot be known.
 */
const DATELINE = new RegExp(
  String.raw`^([A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?)(?:,\s*${DATE})?\s*(?:\(([A-Za-z][\w.&' -]{0,30})\))?\s*[–—-]{1,2}\s+(?=\S)`,
  'iu',
);

/** Split a dateline (and the date it may carry) off a paragraph. */
export function parseDateline(text: string): { dateline?: Dateline; date?: string; rest: string } {
  const m = DATELINE.exec(text);
  // Case-insensitive for the month names only: the place itself must be in capitals (its
  // state or district after a comma may not be: "WASHINGTON, Mass.").
  const city = m?.[1].split(',')[0];
  if (!m || !city || city !== city.toUpperCase()) return { rest: text };
  const place = m[1].trim();
  const agency = m[11];
  // Capitalise the place as a reader would write it: MOSCOW → Moscow, NEW YORK → New York.
  const pretty = place.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  const date = m[2] || m[5] || m[8] ? isoFrom(m, 2) : undefined;
  return { dateline: { place: pretty, ...(agency ? { agency: agency.trim() } : {}) }, ...(date ? { date } : {}), rest: text.slice(m[0].length) };
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
          date ??= d.date;
          out.push({ ...block, text: d.rest });
          continue;
        }
      }
    }
    out.push(block);
  }
  return { blocks: out, date, dateline, removed };
}
