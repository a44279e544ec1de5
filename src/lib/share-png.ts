/**
 * A share card's SVG turned into the PNG the cache keeps, and written there. Apart from
 * share-image.ts so that the thread that draws cards while a build renders its pages
 * (src/integrations/share-card-worker.ts) loads sharp and nothing else.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** The card's SVG as PNG. */
export function encodeCard(svg: string): Promise<Buffer> {
  // The card is flat colour and anti-aliased text: 16 palette colours without dithering keep it
  // sharp, where the default 256-colour quantiser took 2.6 times as long (72 against 28 ms a
  // card, which at 10,000 briefings was 11 minutes of a cold build) for a 24 KB file. Deflate at
  // level 4 rather than 9 draws a card in 20 ms instead of 29 (about 90 s of CPU at 10,000) for
  // 18 KB instead of 16; drawing the SVG itself is about 10 ms of that.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 4, palette: true, colours: 16, dither: 0, effort: 1 }).toBuffer();
}

/** Keep `png` as `file`, written aside and renamed, so two builds never read a half-written card. */
export function keepCard(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}
