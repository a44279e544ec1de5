/**
 * Authors cited in the author–year style of papers and reports: "(Li, Polat, Scalzo, & Bavelier,
 * 2010)", "(Dye & Bavelier, 2010; Feng et al., 2007)", "Smith and Jones (2010) found…". A family
 * name standing alone is no evidence of a person anywhere else, but in a citation it is an author.
 * A year in brackets after a title ("Leap Year (2010)") is no citation: the bracketed list needs
 * its comma before the year, and a name before "(2010)" needs a verb after it or "et al.".
 */
import { createRequire } from 'node:module';
import type { Token } from './tokens.ts';
import { NAME_PARTICLES, isVerb } from './lexicon.ts';

const DATA = createRequire(import.meta.url)('./data/citations.json') as { reportingVerbs: string[]; colleagueWords: string[] };
/** Words after "Surname (2003)" that report the cited work ("noted", "on", "for"; data/citations.json). */
const REPORTING = new Set(DATA.reportingVerbs);
/** "Kessler and colleagues": nouns for an author's co-workers (data/citations.json). */
const COLLEAGUES = new Set(DATA.colleagueWords);

/**
 * The rule that read a name as a cited author. `citation-list` ("(Dye & Bavelier, 2010)") and
 * `citation-narrative` ("Baker and Moss (2014) found", "Feng et al. (2007)") are sure enough for a
 * family name that is also a word; the others are weaker and count only for a name with no mark
 * of a word, a place or a body: `citation-reporting` ("Spang (1983) noted", "Parry (1929) on
 * Homer"), `citation-series` ("Quilis (1964), Paraíso (2000)"), `citation-page` ("(Jasny, Chin,
 * & Vignieri, 2011, p. 1225)"), `citation-harvard` ("(Senabre 1982)"), `citation-et-al` ("Smith et
 * al. found") and `citation-colleagues` ("Kessler and colleagues").
 */
export type CitationRule = 'citation-list' | 'citation-narrative' | 'citation-reporting' | 'citation-series' | 'citation-page' | 'citation-harvard' | 'citation-et-al' | 'citation-colleagues';
/** The rules sure enough for a family name that is also an everyday word. */
export const STRONG_CITATIONS: ReadonlySet<CitationRule> = new Set(['citation-list', 'citation-narrative']);

const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
const LINK = new Set([',', '&', 'and']);
/** The most tokens a bracketed citation list is read over. */
const MAX_BRACKET = 80;

/** Token indices of name words: capitalised, or a particle inside a name ("de Certeau"). */
const isNameToken = (t: Token | undefined) => !!t && t.word && (t.cap || NAME_PARTICLES.has(t.text)) && !/^\d/.test(t.text);

/** Mark a name's first token with a rule, keeping a stronger rule already there. */
function mark(out: Map<number, CitationRule>, i: number, rule: CitationRule): void {
  const had = out.get(i);
  if (!had || (!STRONG_CITATIONS.has(had) && STRONG_CITATIONS.has(rule))) out.set(i, rule);
}

/**
 * The first token of each name cited as an author in a paragraph's tokens, with the rule that
 * read it: every name of a bracketed author–year list, names right before "(year)" or "et al.",
 * and an author named with their colleagues.
 */
export function citedNames(tokens: Token[]): Map<number, CitationRule> {
  const out = new Map<number, CitationRule>();
  /** Bracketed years right after names: [open bracket, close bracket]. */
  const narrativeYears: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Smith et al. found", "Kessler and colleagues [15]": no year needed.
    if (t.text === 'et' && tokens[i + 1]?.text === 'al' && isNameToken(tokens[i - 1])) namesBefore(tokens, i, out, 'citation-et-al');
    if (t.text === 'and' && COLLEAGUES.has(tokens[i + 1]?.text.toLowerCase() ?? '') && isNameToken(tokens[i - 1])) namesBefore(tokens, i, out, 'citation-colleagues');
    if (t.text !== '(') continue;
    // Looked for within MAX_BRACKET tokens only, so a paragraph of thousands of brackets stays linear.
    let close = -1;
    for (let j = i + 1; j < tokens.length && j - i <= MAX_BRACKET; j++)
      if (tokens[j]!.text === ')' || tokens[j]!.text === '(') {
        close = tokens[j]!.text === ')' ? j : -1;
        break;
      }
    if (close < 0) continue;
    // "Smith and Jones (2010) found…", "Feng et al. (2007)": names before a bracketed year, when a
    // verb follows or "et al." precedes — a film's or a book's title takes a year in brackets too
    // ("Leap Year (2010) and …").
    const after = tokens[i + 3];
    const yearOnly = YEAR.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')';
    const narrative = yearOnly && ((after?.word && !after.cap && isVerb(after.text)) || tokens[i - 2]?.text === 'al');
    if (narrative) namesBefore(tokens, i, out, 'citation-narrative');
    else if (yearOnly && after?.word && REPORTING.has(after.text.toLowerCase())) namesBefore(tokens, i, out, 'citation-reporting');
    // "Paraíso, (2000)": some write a comma between the name and the bracket.
    if (yearOnly && isNameToken(tokens[i - 1])) narrativeYears.push([i, i + 2]);
    else if (yearOnly && tokens[i - 1]?.text === ',' && isNameToken(tokens[i - 2])) narrativeYears.push([i - 1, i + 2]);
    let start = i + 1;
    for (let j = i + 1; j <= close; j++) {
      if (tokens[j]!.text !== ';' && j !== close) continue;
      segment(tokens, start, j, out);
      start = j + 1;
    }
  }
  // "Quilis (1964), Paraíso (2000), Spang (1983)": two or more "Name (year)" joined by commas or "and",
  // in a paragraph that cites in another way too — a list of films with their years ("The Lookout
  // (2007), Stoker (2013)") has the same shape. (An entry starts at its bracket, or at the comma
  // before it in "Paraíso, (2000)".)
  if (!out.size) return out;
  for (let n = 0; n + 1 < narrativeYears.length; n++) {
    const [, close] = narrativeYears[n]!;
    const [open] = narrativeYears[n + 1]!;
    const between = tokens.slice(close + 1, open);
    const links = between.filter((t) => !isNameToken(t) || t.text === 'and');
    if (!links.length || links.some((t) => !LINK.has(t.text)) || !between.some((t) => isNameToken(t) && t.text !== 'and')) continue;
    namesBefore(tokens, narrativeYears[n]![0], out, 'citation-series');
    namesBefore(tokens, open, out, 'citation-series');
  }
  return out;
}

/** ", p. 1225", ", pp. 12–14", ": 45": a page reference after a citation's year, tokens [from, to). */
function pageTail(tokens: Token[], from: number, to: number): number {
  let k = to - 1;
  while (k >= from && /^[\d–-]+$/.test(tokens[k]!.text)) k--;
  if (k === to - 1) return to;
  if (tokens[k]?.text === ':' ) return k;
  if (tokens[k]?.text === '.' && /^pp?$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',') return k - 2;
  return to;
}

/** One citation of a bracketed list, tokens [from, to): names, links, then ", year" (or "year" alone). */
function segment(tokens: Token[], from: number, to: number, out: Map<number, CitationRule>): void {
  const paged = pageTail(tokens, from, to);
  let rule: CitationRule = paged < to ? 'citation-page' : 'citation-list';
  let end = paged - 1;
  if (!YEAR.test(tokens[end]?.text ?? '')) return;
  end--;
  // "(Dye & Bavelier, 2010)": the comma tells a citation from a date ("(March 2010)"); without
  // one ("(Senabre 1982)") the name must carry no mark of a month, a place or a word (index.ts).
  if (tokens[end]?.text === ',') end--;
  else rule = 'citation-harvard';
  // "Feng et al., 2007"
  if (tokens[end]?.text === '.' && tokens[end - 1]?.text === 'al' && tokens[end - 2]?.text === 'et') end -= 3;
  const starts: number[] = [];
  let k = end;
  while (k >= from) {
    if (!isNameToken(tokens[k])) break;
    let s = k;
    while (s - 1 >= from && isNameToken(tokens[s - 1])) s--;
    starts.push(s);
    k = s - 1;
    while (k >= from && LINK.has(tokens[k]!.text)) k--;
  }
  // Whatever comes before the names ("see", "e.g.,") is allowed; a name must have been read.
  // "(Senabre 1982)" must hold only names: "(b. March 2009)" is a date.
  if (rule === 'citation-harvard' && (starts.at(-1) !== from || starts.some((s) => MONTH.test(tokens[s]!.text)))) return;
  for (const s of starts) if (tokens[s]!.cap) mark(out, s, rule);
}

/** Month names, which open a date in brackets ("(March 2009)"). */
const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

/** "Smith and Jones (2010)", "Smith et al. (2010)": the names right before a bracket (or "et al."). */
function namesBefore(tokens: Token[], open: number, out: Map<number, CitationRule>, rule: CitationRule): void {
  let k = open - 1;
  if (tokens[k]?.text === '.' && tokens[k - 1]?.text === 'al' && tokens[k - 2]?.text === 'et') k -= 3;
  for (let n = 0; n < 3 && k >= 0 && isNameToken(tokens[k]); n++) {
    let s = k;
    while (s - 1 >= 0 && isNameToken(tokens[s - 1]) && !tokens[s - 1]!.sentenceStart) s--;
    if (tokens[s]!.cap) mark(out, s, rule);
    k = s - 1;
    if (!LINK.has(tokens[k]?.text ?? '')) break;
    while (k >= 0 && LINK.has(tokens[k]!.text)) k--;
  }
}
