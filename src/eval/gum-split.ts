/**
 * The GUM corpus (`corpora/gum`, 123 documents in seven genres) split into a part the
 * summary's weights may be fitted and its rules written on, and a part only ever measured. The
 * split is a stable hash of each file name, so a document never changes sides as the corpus grows;
 * `gum-split.json` writes the result down.
 */
import split from './gum-split.json' with { type: 'json' };

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`: a fixed, well-known hash, the same everywhere. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Which side of the split a GUM file name (without `.md`) falls on. */
export function gumSide(name: string): 'fit' | 'heldout' {
  return fnv1a(name) % split.rule.modulus === split.rule.heldoutWhen ? 'heldout' : 'fit';
}

/** The written-down split: file names (without `.md`) of each part. */
export const GUM_SPLIT: { fit: readonly string[]; heldout: readonly string[] } = { fit: split.fit, heldout: split.heldout };
