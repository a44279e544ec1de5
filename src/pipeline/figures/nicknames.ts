/**
 * Nicknames written in quotation marks inside a name: `Callum "Cal" Adeyinka`, `Dean 'The Miner'
 * Hollings`, `Luis "El Toro" Mendoza` (rule `quoted-nickname`). Sport and tabloid style puts them
 * between the given and the family name, where they would otherwise cut the name in two and be
 * read as a quotation. The people finder reads the paragraph with the nickname blanked out (same
 * length, so every offset stays right) and keeps the nickname as another form of the name ("Cal
 * said…" is Callum Adeyinka).
 */
import { foldWord } from './coreference.ts';
import { isFirstName, isGivenName, isPlainVocabulary } from './lexicon.ts';

/** A nickname and the full name it was written in. */
export interface Nickname {
  /** The nickname's words ("Cal", "The Miner"). */
  nickname: string;
  /** The name without it: given name, family name. */
  name: [string, string];
  /** Offset of the opening quotation mark in the paragraph. */
  at: number;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * A capitalised word, white space, a quoted run of one to three capitalised words, white space, a
 * capitalised word. Matched quote pairs only: "…", “…”, '…', ‘…’.
 */
const NICKNAME_RE = new RegExp(String.raw`(${WORD})(\s+)(["“'‘])(${WORD}(?:\s+${WORD}){0,2})(["”'’])(?=\s+(${WORD}))`, 'gu');
const CLOSE: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

/**
 * The paragraph with each quoted nickname inside a name replaced by spaces, and the nicknames
 * found. Only after a given name, or between two words that are no everyday words, so a quoted
 * title between two capitalised words ("Spielberg's 'Jaws' Sequel") is left alone.
 */
export function blankNicknames(text: string): { text: string; nicknames: Nickname[] } {
  const nicknames: Nickname[] = [];
  let out = text;
  for (const m of text.matchAll(NICKNAME_RE)) {
    const [, given, space, open, nick, close, family] = m;
    if (CLOSE[open!] !== close) continue;
    // A given name the lexicon knows, or at least no everyday word on either side ("Callum", not "Big").
    const known = isGivenName(given!) || isFirstName(given!);
    if (!known && (isPlainVocabulary(given!) || isPlainVocabulary(family!))) continue;
    const at = m.index! + given!.length + space!.length;
    const length = open!.length + nick!.length + close!.length;
    out = out.slice(0, at) + ' '.repeat(length) + out.slice(at + length);
    nicknames.push({ nickname: nick!, name: [given!, family!.replace(/['’]s$/u, '')], at });
  }
  return { text: out, nicknames };
}

/** Folded one-word nickname → the folded full name it stands for (a nickname two people share is left out). */
export function nicknameIndex(found: Nickname[]): Map<string, string> {
  const index = new Map<string, string>();
  const clash = new Set<string>();
  for (const n of found) {
    if (/\s/.test(n.nickname)) continue;
    const key = foldWord(n.nickname);
    const full = n.name.map(foldWord).join(' ');
    if (index.has(key) && index.get(key) !== full) clash.add(key);
    index.set(key, full);
  }
  for (const k of clash) index.delete(k);
  return index;
}
