/**
 * How a role found in the text is worded for a reader: short titles spelled out ("Sen." →
 * Senator) and a plural title made one person's ("photographers" → photographer).
 */
import { TITLE_ABBREVIATIONS, isPersonNoun, isRoleWord } from './lexicon.ts';


/**
 * A role ending in short titles, spelled out: "Sen" → "Senator", "Lt. Gen" → "Lieutenant General",
 * "Florida Gov" → "Florida Governor". Short titles elsewhere in a role are left as written.
 */
export function spelledOut(role: string): string {
  const words = role.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    // A role of "Sen" tells a reader little: abbreviated titles are spelled out (data/titles.json).
    const full = TITLE_ABBREVIATIONS.get(words[i]!.replace(/\.$/, '').toLowerCase());
    if (!full) break;
    words[i] = full;
  }
  return words.join(' ');
}

/** A number of people, in figures or words ("seven", "12", "several"): what counts a list. */
export const NUMBER_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)$/i;

/** Words that count a plural role's holders ("Two …", "both …", "some other …") and open no one person's title. */
const isCountWord = (w: string) => NUMBER_WORD.test(w) || /^(?:both|some|other)$/i.test(w);

/** "photographers" → "photographer", "celebrity guests" → "celebrity guest": one person's title. */
export function singularRole(role: string): string {
  const m = /^(.*?)(\p{L}+)$/u.exec(role);
  if (!m) return role;
  const [, before, last] = m as unknown as [string, string, string];
  const title = (w: string) => isRoleWord(w) || isPersonNoun(w);
  if (!/s$/i.test(last) || !(isRoleWord(last) || isPersonNoun(last.slice(0, -1)) || isPersonNoun(last.replace(/ives$/i, 'ife')))) return role;
  // "head of governors": the plural is whom the title is over, not the title.
  if (/\b(?:of|for|to|at)\s+(?:the\s+)?$/i.test(before)) return role;
  // ("wives", "housewives": the plural in -ves of a noun in -fe.)
  for (const one of [last.replace(/ies$/i, 'y'), last.replace(/(?:ss|ch|sh|x)es$/i, (e) => e.slice(0, -2)), last.replace(/ives$/i, 'ife'), last.slice(0, -1)]) {
    // "Two pan-democratic veteran politicians" counts the list; one of them is not "Two …".
    if (one !== last && title(one) && !/s$/i.test(one)) return (before + one).replace(/^(\S+)\s+/, (all, w: string) => (isCountWord(w) ? '' : all));
  }
  return role;
}
