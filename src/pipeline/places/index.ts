/**
 * The places stage: which places and organisations a briefing is about, for the search's
 * "places and organisations" filter. A name of the gazetteer (./gazetteer.ts) counts where the
 * text writes it as a name of its own:
 *
 * - capitalised as the gazetteer writes it (an all-capitals "NAIROBI" dateline too), so "turkey"
 *   the bird and "china" the plates are never places;
 * - not inside a person's name: the people the figures stage found (and their short forms) are
 *   cut out first ("Paris Hilton", "Jordan" for "Michael Jordan");
 * - not inside a longer name: a place between capitalised words is part of that name ("New York
 *   Times", "Manchester United", "University of Southern Indiana") unless the neighbour is a title
 *   or a word that leaves it a place ("US President", "the Mayor of London"; rules.json);
 * - for names that are also everyday words or given names ("Turkey", "Chad", "Georgia",
 *   "Jersey"), only once a mention has a cue: "in Chad", "Atlanta, Georgia", "Mendoza, Argentina"
 *   or the dateline.
 *
 * Aliases count for their entry ("U.S.", "America" → United States). Places are ranked by
 * mentions, where those in the headline, the first paragraph and the dateline count double (news
 * puts what a story is about first), and a place must reach two: a single passing mention deep in
 * the text is not what the story is about. At most five are kept.
 */
import { gazetteer, type Gazetteer, type GazetteerEntry, type PlaceKind } from './gazetteer.ts';
import { isGivenName, isEnglishWord } from '../figures/lexicon.ts';
import { escapeRegExp } from '../../lib/regexp.ts';

/** A place or organisation a briefing is about, as the frontmatter lists it. */
export interface FoundPlace {
  name: string;
  kind: PlaceKind;
}

export interface PlaceOptions {
  /** Names of the people in the story, full and short forms: never read as places. */
  people?: string[];
  /** The dateline's place ("MOSCOW"), which counts as a cue and as two mentions. */
  dateline?: string;
  /** At most this many places (default 5). */
  limit?: number;
  /** Fewest mentions a place needs, the headline's, first paragraph's and dateline's counting double (default 2). */
  minMentions?: number;
}

/** The default cap: the filter lists what a story is about, not every place it names. */
export const PLACES_PER_BRIEFING = 5;

interface Scanner {
  /** Entry by each form as it may be written: the gazetteer's forms and all-capitals names. */
  byText: Map<string, GazetteerEntry>;
  /** Forms by their first two characters, longest first: a word start is looked up, not scanned for. */
  byPrefix: Map<string, string[]>;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isShouted = (w: string) => /^[\p{Lu}.]{2,}$/u.test(w);

/** One scanner per gazetteer, built on first use. */
const scanners = new WeakMap<Gazetteer, Scanner>();
function scannerFor(g: Gazetteer): Scanner {
  let scanner = scanners.get(g);
  if (scanner) return scanner;
  const byText = new Map<string, GazetteerEntry>();
  for (const [form, e] of g.byForm) byText.set(form, e);
  // Datelines and shouted headlines write names in capitals; short ones ("US") are already so.
  for (const [form, e] of g.byForm) {
    const upper = form.toUpperCase();
    if (form.length >= 4 && !g.rules.needsCue.has(form) && !byText.has(upper)) byText.set(upper, e);
  }
  const byPrefix = new Map<string, string[]>();
  for (const form of byText.keys()) {
    const key = form.slice(0, 2);
    const list = byPrefix.get(key);
    if (list) list.push(form);
    else byPrefix.set(key, [form]);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  scanner = { byText, byPrefix };
  scanners.set(g, scanner);
  return scanner;
}

/** The longest form written at `pos` and ending at a word's end, if any. */
function formAt(text: string, pos: number, byPrefix: Map<string, string[]>): string | undefined {
  for (const form of byPrefix.get(text.slice(pos, pos + 2)) ?? []) {
    if (text.startsWith(form, pos) && !LETTER_OR_DIGIT.test(text[pos + form.length] ?? '')) return form;
  }
  return undefined;
}

/** Where each person's name occurs in a text, as [start, end) spans in order of start. */
function personSpans(text: string, people: string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of people) {
    if (name.trim().length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.trim().split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The word just before `pos` when only spaces separate them, with where it starts. */
function wordBefore(text: string, pos: number): { word: string; start: number } | undefined {
  const m = /([\p{L}][\p{L}'’.-]*)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 60), pos));
  return m ? { word: m[1]!, start: pos - m[0].length } : undefined;
}

/** The word just after `pos` when only spaces separate them. */
function wordAfter(text: string, pos: number): string | undefined {
  return /^[ \t\u00a0]+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(pos, pos + 60))?.[1];
}

/** Does a sentence (or a heading, a quote, a list item) begin at `pos`? */
function startsSentence(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 3), pos).trimEnd();
  return before === '' || /[.!?:;"“”‘’'(\[—–-]$/u.test(before);
}

/** A capitalised word before a place that makes the place part of a longer name. */
function joinsName(text: string, start: number, rules: Gazetteer['rules']): boolean {
  const prev = wordBefore(text, start);
  if (!prev) return false;
  if (prev.word === 'of' || prev.word === 'the') {
    // "University of Southern Indiana", "Bank of the West": the name before "of" owns the place.
    const ofStart = prev.word === 'the' && wordBefore(text, prev.start)?.word === 'of' ? wordBefore(text, prev.start)!.start : prev.start;
    const owner = prev.word === 'of' || ofStart !== prev.start ? wordBefore(text, ofStart) : undefined;
    return !!owner && isCapitalised(owner.word) && !rules.keepBefore.has(owner.word) && !startsSentence(text, owner.start);
  }
  if (!isCapitalised(prev.word) || rules.keepBefore.has(prev.word)) return false;
  // At a sentence's start a capitalised word is any word; only a given name joins ("Michael Jordan").
  if (startsSentence(text, prev.start)) return isGivenName(prev.word) && !isEnglishWord(prev.word.toLowerCase());
  return true;
}

/** Is this mention of a name that needs a cue written with one? */
function hasCue(text: string, start: number, end: number, g: Gazetteer): boolean {
  const prev = wordBefore(text, start);
  if (prev && g.rules.cueBefore.has(prev.word.toLowerCase()) && prev.word === prev.word.toLowerCase()) return true;
  // "north of Santiago", "the outskirts of Hamilton".
  if (prev?.word === 'of') {
    const before = wordBefore(text, prev.start);
    if (before && g.rules.cueBeforeOf.has(before.word.toLowerCase())) return true;
  }
  // "Atlanta, Georgia": a capitalised word and a comma before.
  if (/\p{Lu}[\p{L}.'’-]*,[ \t]+$/u.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "Mendoza, Argentina": a country or region after a comma.
  const after = /^,[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)/u.exec(text.slice(end, end + 50))?.[1];
  if (after) {
    for (const candidate of [after, after.split(/\s+/)[0]!]) {
      const e = g.byForm.get(candidate);
      if (e && (e.kind === 'country' || e.kind === 'region') && !g.rules.needsCue.has(candidate)) return true;
    }
  }
  return false;
}

/** Does any span from index `from` on (sorted by start) overlap [start, end)? */
function overlapsFrom(spans: [number, number][], from: number, start: number, end: number): boolean {
  for (let i = from; i < spans.length && spans[i]![0] < end; i++) if (spans[i]![1] > start) return true;
  return false;
}

interface Tally { entry: GazetteerEntry; score: number; first: number; cued: boolean; needsCue: boolean }

/**
 * The places and organisations a text is about, most mentioned first.
 * @param units the headline first, then each paragraph (the first paragraph is the lead)
 */
export function findPlaces(units: string[], options: PlaceOptions = {}, g: Gazetteer = gazetteer()): FoundPlace[] {
  const { byText, byPrefix } = scannerFor(g);
  const people = options.people ?? [];
  const tallies = new Map<string, Tally>();
  let order = 0;
  const count = (entry: GazetteerEntry, weight: number, cued: boolean, needsCue: boolean) => {
    const t = tallies.get(entry.name) ?? { entry, score: 0, first: order, cued: false, needsCue: true };
    t.score += weight;
    t.cued ||= cued;
    // An entry written even once by a form that needs no cue ("Republic of Chad") needs none.
    t.needsCue &&= needsCue;
    tallies.set(entry.name, t);
  };
  // "ROTTERDAM, Netherlands", "TOKYO/DETROIT": each part of a dateline is a place.
  for (const part of options.dateline?.split(/[,/]/) ?? []) {
    const d = part.trim().replace(/\s+/g, ' ');
    const entry = byText.get(d) ?? [...g.byForm].find(([f]) => f.toUpperCase() === d.toUpperCase())?.[1];
    if (entry) count(entry, 2, true, false);
  }
  units.forEach((raw, unit) => {
    // One space between words, as the gazetteer writes its forms.
    const text = raw.replace(/\s+/g, ' ');
    const cut = personSpans(text, people);
    // Matches come in order, so spans that end before the current match are passed once for all.
    let firstCut = 0;
    let end = 0;
    for (const m of text.matchAll(WORD_START)) {
      const start = m.index;
      // A word inside a longer name already read ("England" in "Bank of England") is not read again.
      if (start < end) continue;
      const written = formAt(text, start, byPrefix);
      if (!written) continue;
      order++;
      end = start + written.length;
      const entry = byText.get(written)!;
      while (firstCut < cut.length && cut[firstCut]![1] <= start) firstCut++;
      if (overlapsFrom(cut, firstCut, start, end)) continue;
      const next = wordAfter(text, end);
      // Short capitals inside shouted text ("JOIN US") are not the acronym.
      if (written.length <= 4 && isShouted(written) && ((next && isShouted(next)) || isShouted(wordBefore(text, start)?.word ?? ''))) continue;
      if (next && isCapitalised(next) && !written.endsWith('.') && !LETTER_OR_DIGIT.test(text[end] ?? '')) {
        if (!g.rules.keepAfter.has(next)) continue;
        // "Colorado State University": a title-like word that goes on into an institution's name.
        const then = wordAfter(text, text.indexOf(next, end) + next.length);
        if (then && g.rules.nameHeads.has(then)) continue;
      }
      if (joinsName(text, start, g.rules)) continue;
      // "pro-Beijing", "anti-Pyongyang": a stance, not the place.
      if (/\p{L}[-‐]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      // A capitalised everyday word opening a sentence ("Turkey sales rose") is a place only with a cue.
      if (/^\p{Lu}\p{Ll}+$/u.test(written) && startsSentence(text, start) && isEnglishWord(written) && !hasCue(text, start, end, g)) continue;
      const needsCue = g.rules.needsCue.has(written);
      count(entry, unit <= 1 ? 2 : 1, needsCue && hasCue(text, start, end, g), needsCue);
    }
  });
  const minMentions = options.minMentions ?? 2;
  return [...tallies.values()]
    .filter((t) => (!t.needsCue || t.cued) && t.score >= minMentions)
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, options.limit ?? PLACES_PER_BRIEFING)
    .map((t) => ({ name: t.entry.name, kind: t.entry.kind }));
}
