/**
 * Authors cited in the author–year style of papers and reports: "(Li, Polat, Scalzo, & Bavelier,
 * 2010)", "(Dye & Bavelier, 2010; Feng et al., 2007)", "Smith and Jones (2010) found…". A family
 * name standing alone is no evidence of a person anywhere else, but in a citation it is an author.
 * A year in brackets after a title ("Leap Year (2010)") is no citation: the bracketed list needs
 * its comma before the year, and a name before "(2010)" needs a verb after it or "et al.".
 */
import type { Token } from './tokens.ts';
import { NAME_PARTICLES, isVerb } from './lexicon.ts';

const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
const LINK = new Set([',', '&', 'and']);
/** The most tokens a bracketed citation list is read over. */
const MAX_BRACKET = 80;

/** Token indices of name words: capitalised, or a particle inside a name ("de Certeau"). */
const isNameToken = (t: Token | undefined) => !!t && t.word && (t.cap || NAME_PARTICLES.has(t.text)) && !/^\d/.test(t.text);

/**
 * The first token of each name cited as an author in a paragraph's tokens: every name of a
 * bracketed author–year list, and names right before "(year)" or "et al.".
 */
export function citedNames(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
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
    const narrative = tokens[i + 2]?.text === ')' && ((after?.word && !after.cap && isVerb(after.text)) || tokens[i - 2]?.text === 'al');
    if (YEAR.test(tokens[i + 1]?.text ?? '') && narrative) namesBefore(tokens, i, out);
    let start = i + 1;
    for (let j = i + 1; j <= close; j++) {
      if (tokens[j]!.text !== ';' && j !== close) continue;
      segment(tokens, start, j, out);
      start = j + 1;
    }
  }
  return out;
}

/** One citation of a bracketed list, tokens [from, to): names, links, then ", year". */
function segment(tokens: Token[], from: number, to: number, out: Set<number>): void {
  let end = to - 1;
  if (!YEAR.test(tokens[end]?.text ?? '')) return;
  end--;
  // "(Dye & Bavelier, 2010)": the comma tells a citation from a date ("(March 2010)").
  if (tokens[end]?.text !== ',') return;
  end--;
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
  for (const s of starts) if (tokens[s]!.cap) out.add(s);
}

/** "Smith and Jones (2010)", "Smith et al. (2010)": the names right before a bracket. */
function namesBefore(tokens: Token[], open: number, out: Set<number>): void {
  let k = open - 1;
  if (tokens[k]?.text === '.' && tokens[k - 1]?.text === 'al' && tokens[k - 2]?.text === 'et') k -= 3;
  for (let n = 0; n < 3 && k >= 0 && isNameToken(tokens[k]); n++) {
    let s = k;
    while (s - 1 >= 0 && isNameToken(tokens[s - 1]) && !tokens[s - 1]!.sentenceStart) s--;
    if (tokens[s]!.cap) out.add(s);
    k = s - 1;
    if (!LINK.has(tokens[k]?.text ?? '')) break;
    while (k >= 0 && LINK.has(tokens[k]!.text)) k--;
  }
}
