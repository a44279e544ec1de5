/**
 * Team line-ups as match reports print them under the story: the team's name, a colon, then the
 * players by family name, the lines of the formation parted by semicolons and the players of a
 * line by commas, a substitute in brackets after the one replaced with the minute he came on:
 *
 *   Harrowgate: Lund; Cairns, Adeyemi, Foley, E Berg; Whitlock, Osei (Quayle 70), Marsh; Tanaka, J Berg, Pryor.
 *
 * Every name of such a list is a player, a person, though most stand alone as a family name with
 * nothing around it that says so. The form, not any list of names, is what is read: enough names
 * (MIN_PLAYERS) in at least MIN_LINES lines, each name one to four capitalised words, initials or
 * a family name's particles ("De Ávila"), and nothing else in the paragraph.
 */
import { NAME_PARTICLES } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Fewest names a line-up lists: a side's eleven, less a few left out of a short report. */
const MIN_PLAYERS = 9;
/** Fewest semicolons: a formation has at least three lines after the goalkeeper. */
const MIN_LINES = 3;
/** Most words of the team's name before the colon. */
const MAX_TEAM_WORDS = 5;
/** Most words of one player's name. */
const MAX_NAME_WORDS = 4;

/** A word that may stand in a player's name: capitalised, or a family name's lower-case particle ("de", "van"). */
const nameWord = (t: Token | undefined) => !!t?.word && (t.cap || NAME_PARTICLES.has(t.text.toLowerCase())) && !/^\p{N}/u.test(t.text);

/**
 * The players' names of a paragraph that is a team line-up, as [first, last] token spans, in
 * order; undefined for any other paragraph.
 */
export function lineUpNames(tokens: readonly Token[]): [number, number][] | undefined {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > MAX_TEAM_WORDS || !tokens.slice(0, colon).every((t) => t.word && t.cap)) return undefined;
  const names: [number, number][] = [];
  let semicolons = 0;
  let i = colon + 1;
  /** Read one name from token i on; false when none stands there. */
  const readName = (): boolean => {
    const start = i;
    while (i < tokens.length && i - start < MAX_NAME_WORDS && (nameWord(tokens[i]) || (tokens[i]!.text === '.' && i > start && /^\p{Lu}$/u.test(tokens[i - 1]!.text)))) i++;
    // A name opens and closes on a capitalised word ("De Ávila", not "de").
    let end = i - 1;
    while (end >= start && !tokens[end]!.cap) end--;
    if (end < start || !tokens[start]!.cap) return false;
    names.push([start, end]);
    return true;
  };
  while (i < tokens.length) {
    if (!readName()) return undefined;
    // "(Quayle 70)": the substitute and the minute he came on.
    if (tokens[i]?.text === '(') {
      i++;
      if (!readName()) return undefined;
      if (/^\d+$/.test(tokens[i]?.text ?? '')) i++;
      if (tokens[i]?.text === '+' && /^\d+$/.test(tokens[i + 1]?.text ?? '')) i += 2;
      if (tokens[i]?.text !== ')') return undefined;
      i++;
    }
    const mark = tokens[i]?.text;
    if (mark === undefined || (mark === '.' && i === tokens.length - 1)) break;
    if (mark === ';') semicolons++;
    else if (mark !== ',') return undefined;
    i++;
  }
  return names.length >= MIN_PLAYERS && semicolons >= MIN_LINES ? names : undefined;
}
