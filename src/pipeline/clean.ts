/**
 * Stage 3: cleaning. Takes out of the text what belongs to the page around an article, not to the
 * article: consent banners, share and newsletter prompts, related links, picture captions and
 * credits, bylines and time stamps, and takes the wire dateline ("MOSCOW (AA) –", "PARIS, March 3
 * (AFP) -", "LONDON, 14 October 2021 (AA) –") and a date line ("Friday, July 21, 2017",
 * "Date: 2021-10-14") into metadata. The rules are data
 * (clean/rules.json, each with its source); captions are recognised by form (clean/captions.ts).
 */
import type { Block } from './parse-source.ts';
import { impossibleDate, type Dateline } from '../schema/briefing.ts';
import { isCaption } from './clean/captions.ts';
import { CLEANING, type CleaningRule } from './clean/rules.ts';
import { splitSentences } from './sentences.ts';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const byKind = (kind: CleaningRule['kind']) => CLEANING.rules.filter((r) => r.kind === kind);
const LINE_RULES = byKind('line');
const PREFIX_RULES = byKind('prefix');
const SENTENCE_RULES = byKind('sentence');
const INLINE_RULES = byKind('inline');
const TAIL_RULES = byKind('tail');
const BIO_RULES = byKind('bio');

/** A block that opens the page's tail (see the `tail` rules), if the rule's length allows. */
function opensTail(text: string): boolean {
  const t = text.trim();
  const n = wordCount(t);
  return TAIL_RULES.some((r) => n <= r.maxWords && r.re.test(t));
}

/** Kickers (a section label over the story, "Clarion Environment") are at most this many words. */
const MAX_KICKER_WORDS = 6;
/** Kickers stand first: one label, perhaps with a second (a desk and a series). */
const MAX_KICKER_BLOCKS = 2;
/** A paragraph of at least this many words is the story's first; short lines before it are page labels. */
const LEDE_WORDS = 12;

/** Content words of a text, for telling a repeated headline. */
const headlineWords = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/** True when a block repeats the headline (a press release prints its title again over the text). */
function repeatsTitle(text: string, title: string | undefined): boolean {
  if (!title) return false;
  const a = headlineWords(text);
  const b = headlineWords(title);
  if (a.size < 3 || b.size < 3) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size >= 0.8 && shared / b.size >= 0.8;
}

/** The line rule a paragraph matches, if any. */
function lineRuleOf(text: string): CleaningRule | undefined {
  // A line set in brackets ("[Photo: … Picture: …]") is read without them.
  const t = text.trim().replace(/^\[\s*([^\]]*?)\s*\]$/u, '$1');
  const n = wordCount(t);
  return LINE_RULES.find((r) => n <= r.maxWords && r.re.test(t) && !r.unless?.test(t));
}

/** The id of the line rule a paragraph matches, if any. */
export function boilerplateRule(text: string): string | undefined {
  return lineRuleOf(text)?.id;
}

/** A paragraph is boilerplate when a line rule matches it within the rule's length. */
export function isBoilerplate(text: string): boolean {
  return boilerplateRule(text) !== undefined;
}

/** How many of the story's last paragraphs may be its author's note ("Jo Marsh is a researcher at …"). */
const BIO_PARAGRAPHS = 2;

/**
 * An author's note closing an opinion piece or a contributed article: a `bio` rule's form (a name,
 * then "is a …", "teaches …", "writes …"), about someone the story itself never names. A closing
 * line about someone in the story ("Okafor is a mother of three.") is news and stays.
 */
export function isClosingBio(text: string, story: string): boolean {
  const t = text.trim();
  const n = wordCount(t);
  const storyWords = new Set(story.match(/\p{L}[\p{L}'’-]*/gu) ?? []);
  return BIO_RULES.some((r) => {
    const m = n <= r.maxWords ? r.re.exec(t) : null;
    const parts = m?.[1]?.match(/\p{L}[\p{L}'’-]+/gu) ?? [];
    return parts.length > 0 && !parts.some((w) => storyWords.has(w));
  });
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

/** Month names and their wire abbreviations, for the date a dateline may carry. */
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;

/**
 * A wire dateline at the start of a paragraph: a place in capitals (with a region after a comma),
 * optionally a date, optionally an agency in parentheses, then a dash. "MOSCOW (AA) – …",
 * "WASHINGTON (AP) — …", "LONDON (Reuters) - …", "PARIS, March 3 (AFP) - …", "WASHINGTON, D.C. — …",
 * "LONDON, 14 October 2021 (AA) – …". Only a full date is taken into metadata: a date without its
 * year ("March 3") is cut with the dateline, but the year cannot be known.
 */
const DATELINE = new RegExp(
  String.raw`^([A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*(?!${MONTH_WORD}\s+\d)(?!\d{1,2}\s+${MONTH_WORD})[A-Z][A-Za-z.'’\- ]{1,30}?)?)` +
    String.raw`(?:,\s*(?:${DATE}|${MONTH_WORD}\s+\d{1,2}))?` +
    String.raw`\s*(?:\(([A-Za-z][\w.&' -]{0,30})\))?\s*[–—-]{1,2}\s+(?=\S)`,
  'iu',
);

/** Split a dateline (and the full date it may carry) off a paragraph. */
export function parseDateline(text: string): { dateline?: Dateline; date?: string; rest: string } {
  const m = DATELINE.exec(text);
  // Case-insensitive for the month names only: the place itself must be in capitals (its
  // state or district after a comma may not be: "WASHINGTON, Mass.").
  const city = m?.[1]!.split(',')[0];
  if (!m || !city || city !== city.toUpperCase()) return { rest: text };
  // What follows a dateline is the story's prose, not a time ("WORLD BRIEFS — 0600 GMT").
  const rest = text.slice(m[0].length);
  if (!/^["“‘'(]?[\p{Lu}\d]/u.test(rest) || /^\d+\s*[A-Z]{2,4}\b/.test(rest)) return { rest: text };
  const place = m[1]!.trim();
  const agency = m[11];
  // Capitalise the place as a reader would write it: MOSCOW → Moscow, NEW YORK → New York.
  const pretty = place.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  const date = m[2] || m[5] || m[8] ? isoFrom(m, 2) : undefined;
  return { dateline: { place: pretty, ...(agency ? { agency: agency.trim() } : {}) }, ...(date ? { date } : {}), rest };
}

/** Remove every opening a prefix rule matches, as often as they match ("By X . PUBLISHED: … | UPDATED: …"). */
export function stripPrefixes(text: string): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of PREFIX_RULES) {
      const m = r.re.exec(t);
      if (m && m[0].length) {
        t = t.slice(m[0].length).replace(/^[\s.|:–—-]+(?=\S)/u, '');
        changed = true;
      }
    }
  }
  return t.trim();
}

/**
 * Sentence rules, unanchored: a sentence can only match one when its start matches somewhere in
 * the paragraph, so most paragraphs are never split into sentences here.
 */
const SENTENCE_STARTS = SENTENCE_RULES.map((r) => new RegExp(`(?:^|[.!?]["”’')]*\\s+)(?:${r.re.source.replace(/^\^/, '')})`, r.re.flags.replace('g', '')));

/** The paragraph without pointers to pictures ("(pictured)") and without sentences that are site prompts. */
function stripInside(text: string): string {
  let t = text;
  for (const r of INLINE_RULES) t = t.replace(new RegExp(r.re.source, `${r.re.flags.replace('g', '')}g`), '');
  if (!SENTENCE_STARTS.some((re) => re.test(t))) return t;
  return splitSentences(t)
    .filter((s) => !SENTENCE_RULES.some((r) => r.re.test(s)))
    .join(' ');
}

/** A section label over a story: a few words, capitalised, without a sentence's punctuation or figures. */
function isKicker(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= MAX_KICKER_WORDS && /^\p{Lu}/u.test(t) && !/[.!?:;,"”’)\]]$|\d/u.test(t) && parseDateLine(t) === undefined;
}

/** The result of cleaning: blocks to keep and the metadata found in the text. */
export interface Cleaned {
  blocks: Block[];
  date?: string;
  dateline?: Dateline;
  /** How many boilerplate blocks were dropped. */
  removed: number;
  /** The asker a dropped credit line names ("Interview by Tanvir Hasan"; rules.json `names`). */
  interviewer?: string;
}

/** Openings (bylines, stamps, datelines) are looked for only in the first few paragraphs, where pages put them. */
const OPENING_PARAGRAPHS = 4;

/**
 * Clean an article's blocks. `title`, when given, lets a repeat of the headline in the text go.
 */
export function cleanBlocks(blocks: Block[], title?: string): Cleaned {
  const out: Block[] = [];
  let date: string | undefined;
  let dateline: Dateline | undefined;
  let removed = 0;
  let interviewer: string | undefined;
  let paragraphs = 0;
  const ledeAt = blocks.findIndex((b) => b.kind === 'paragraph' && wordCount(b.text) >= LEDE_WORDS);
  // After a line that heads a list ("Related Topics"), the list's short labels go with it.
  let inList = false;
  // The block before was taken as a label over the story.
  let labelBefore = false;
  // Where an author's note may stand: among the last blocks that no line rule or caption form takes.
  let bioFrom = blocks.length;
  for (let j = blocks.length - 1, seen = 0; j >= 0 && seen < BIO_PARAGRAPHS; j--) {
    if (lineRuleOf(blocks[j]!.text) || isCaption(blocks[j]!.text)) continue;
    bioFrom = j;
    seen++;
  }
  for (const [i, block] of blocks.entries()) {
    // The page's tail: from a press release's "ENDS" or "About us", or a "Most read" list, on.
    if (i >= blocks.length / 2 && i > ledeAt && opensTail(block.text)) {
      removed += blocks.length - i;
      break;
    }
    if (block.kind === 'paragraph') paragraphs++;
    // Before the story's first full paragraph: a section label, or the headline printed again.
    const beforeLede = i < ledeAt && i < MAX_KICKER_BLOCKS;
    // A "heading" right after a label is a label too (a desk, then a section read as a heading
    // because a paragraph follows it); a heading after a date line is the text's own.
    const labelPlace = block.kind === 'paragraph' || i === 0 || labelBefore;
    labelBefore = false;
    if (beforeLede && (repeatsTitle(block.text, title) || (labelPlace && isKicker(block.text)))) {
      labelBefore = true;
      removed++;
      continue;
    }
    let text = block.text;
    if (block.kind === 'paragraph' && paragraphs <= OPENING_PARAGRAPHS) {
      text = stripPrefixes(text);
      if (!date) {
        const d = parseDateLine(text);
        if (d) {
          date = d;
          continue;
        }
      }
    }
    if (block.kind === 'paragraph') {
      const d = parseDateline(text);
      if (d.dateline && !dateline && paragraphs <= OPENING_PARAGRAPHS) {
        dateline = d.dateline;
        date ??= d.date;
        text = stripPrefixes(d.rest);
      } else if (d.dateline && (dateline || d.dateline.agency || d.dateline.place.includes(','))) {
        // A round-up of wire items ("World briefs") opens each item with its own dateline. Later
        // only a full one is taken ("NUKU'ALOFA, Tonga —", "BERLIN (AP) —"), or a bare place in
        // capitals once the article has shown it is wire copy: "NATO — …" in a feature is prose.
        text = d.rest;
      }
    }
    if (block.kind === 'paragraph') text = stripInside(text).trim();
    if (inList && isKicker(text)) {
      removed++;
      continue;
    }
    const rule = text ? lineRuleOf(text) : undefined;
    if (rule?.names === 'interviewer') interviewer ??= rule.re.exec(text.trim())?.[1];
    inList = rule?.opensList ?? false;
    // A caption set apart without a full stop was read as a subheading: it is still a caption.
    if (!text || rule || isCaption(text)) {
      removed++;
      continue;
    }
    if (i >= bioFrom && i > ledeAt && block.kind === 'paragraph' && isClosingBio(text, [title ?? '', ...out.map((b) => b.text)].join('\n'))) {
      removed++;
      continue;
    }
    out.push(text === block.text ? block : { ...block, text });
  }
  return { blocks: out, date, dateline, removed, ...(interviewer ? { interviewer } : {}) };
}
