import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './helpers/site.ts';

// Astro's chunked content store (the default; CONTENT_STORE=single-file turns it off) splits the store into files of at most
// a given number of UTF-8 bytes. patches/astro+7.3.5.patch replaces its byte counting, which ran
// TextEncoder on one character at a time, with arithmetic on the UTF-16 code unit. These tests
// hold the patched function to the meaning of the original and to its speed.
const writer = (await import(
  pathToFileURL(join(projectRoot, 'node_modules/astro/dist/content/data-store-writer.js')).href
)) as { chunkString: (text: string, maxBytes: number) => string[] };

/** Chunks as the unpatched Astro made them: whole characters, each chunk's bytes measured by Buffer. */
function referenceChunks(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of text) {
    // A lone surrogate is written as U+FFFD, three bytes, as TextEncoder does.
    const size = Buffer.byteLength(char.isWellFormed() ? char : '\uFFFD');
    if (chunk && bytes + size > maxBytes) {
      chunks.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
    if (bytes >= maxBytes) {
      chunks.push(chunk);
      chunk = '';
      bytes = 0;
    }
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

describe('the content store chunker (patched Astro)', () => {
  it('cuts at the same places as byte counting by Buffer, for any text including astral and lone surrogates', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\uD83D', '\uDE00', 'é', '東', '😀'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (parts, maxBytes) => {
        const text = parts.join('');
        const chunks = writer.chunkString(text, maxBytes);
        expect(chunks.join('')).toBe(text);
        expect(chunks).toEqual(referenceChunks(text, maxBytes));
      }),
      { numRuns: 400 },
    );
  });

  it('measures bytes at the speed of a plain loop over the text, not a character at a time through an encoder', () => {
    const text = 'Die Ministerin sagte: „Wir prüfen das.“ 東京 😀 and a briefing body. '.repeat(30_000);
    const time = (f: () => void) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        f();
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    let sink = 0;
    const loop = time(() => {
      for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i) & 1;
    });
    const chunker = time(() => {
      sink += writer.chunkString(text, 1 << 20).length;
    });
    expect(sink).toBeGreaterThan(0);
    // Patched: about 1–3 times the loop. The unpatched chunker took about 300 times as long.
    expect(chunker / Math.max(loop, 0.5)).toBeLessThan(30);
  });
});
