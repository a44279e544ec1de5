/**
 * Slugs: the file and URL name of a briefing, figure or glossary entry. ASCII, lowercase, hyphens,
 * bounded in length, so no title can name a path outside the output folder or past the file
 * system's 255-byte limit.
 */
import { foldAccents } from '../lib/fold.ts';

/** Longest slug written; leaves room for a dedupe suffix and the extension. */
export const MAX_SLUG = 80;

/** Lowercase ASCII words joined with hyphens; accents folded, everything else dropped. */
export function slugify(text: string, max = MAX_SLUG): string {
  const words = foldAccents(text)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > max) {
      if (!slug) slug = w.slice(0, max);
      break;
    }
    slug = next;
  }
  return slug;
}

/** A short, stable hex hash of a string (FNV-1a, 32 bit): enough to tell names apart in a suffix. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
