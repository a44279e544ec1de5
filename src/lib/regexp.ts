/**
 * Text made safe to put inside a regular expression: every character with a meaning there is
 * escaped, so "Mr. O'Neil (Jr)" matches itself and nothing else.
 */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
