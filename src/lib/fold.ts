/**
 * Accent folding, the one way every comparison in the project ignores accents: "Zurbarán" and
 * "Zurbaran" are one name, file under Z, and slug alike. Compatibility forms are folded too
 * ("ﬁ" → "fi", full-width letters → ASCII), as NFKD does.
 */

/** Combining marks left by NFKD decomposition (the accents of Latin, Greek and Cyrillic letters). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `text` without accents; plain ASCII (the common case) is returned as it is, without work. */
export function foldAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text;
}
