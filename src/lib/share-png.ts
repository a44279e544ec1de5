/**
 * A share card's SVG turned into the PNG the cache keeps, and written there. Apart from
 * share-image.ts so that the thread that draws cards while a build renders its pages
 * (src/integrations/share-card-worker.ts) loads sharp and this, nothing else.
 *
 * sharp (libvips, through librsvg) draws the SVG; the PNG is written here, with a palette known in
 * advance. The card is its paper and three inks laid on it with anti-aliased edges, so every
 * pixel is paper, an ink, or a blend of the two: sixteen colours (the paper and five steps to each
 * ink) hold it with no visible loss. sharp's own palette output first quantises every pixel
 * with libimagequant to find the colours, 12 of a card's 20 ms; mapping to the known palette
 * takes about 2 ms, so a card is drawn in about 10 ms, and a cold build's cards fit on the
 * core its pages leave idle (docs/scaling.md, "Share cards"). PNG's indexed form is the
 * standard's own (signature, IHDR, PLTE, IDAT, IEND); Node's zlib does the compression.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { CARD_COLOURS } from './share-colours.ts';

type Rgb = readonly [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** Steps from the paper to each ink, the ink itself the last: 3 inks × 5 + the paper = 16 colours, 4 bits a pixel. */
const STEPS = 5;

/** The card's palette: the paper first, then each ink's blends with it, lightest first. */
export const CARD_PALETTE: readonly Rgb[] = (() => {
  const paper = rgb(CARD_COLOURS.paper);
  const inks = [CARD_COLOURS.ink, CARD_COLOURS.accent, CARD_COLOURS.muted].map(rgb);
  const blends = inks.flatMap((ink) => Array.from({ length: STEPS }, (_, k) => paper.map((p, c) => Math.round(p + ((ink[c]! - p) * (k + 1)) / STEPS)) as unknown as Rgb));
  return [paper, ...blends];
})();

/** The palette entry nearest to a colour (squared distance in RGB). */
function nearestEntry(r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  CARD_PALETTE.forEach(([pr, pg, pb], i) => {
    const d = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * The image's rows as PNG wants them for 4-bit palette indices: each row a filter byte (0, none:
 * the usual choice for palette images) and two pixels a byte, the left one in the high half.
 * `rgba` is sharp's raw output, four bytes a pixel; alpha is not read (the paper covers the card).
 */
function paletteRows(rgba: Buffer, width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 2) + 1;
  const rows = Buffer.alloc(rowBytes * height);
  const entryOf = new Map<number, number>();
  let last = -1;
  let entry = 0;
  for (let y = 0, p = 0; y < height; y++) {
    const row = y * rowBytes + 1;
    for (let x = 0; x < width; x++, p += 4) {
      // Most of a card is paper: one comparison a pixel while the colour does not change, and
      // nothing to write for entry 0, which the zeroed rows already hold.
      const colour = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
      if (colour !== last) {
        last = colour;
        entry = entryOf.get(colour) ?? -1;
        if (entry < 0) entryOf.set(colour, (entry = nearestEntry(rgba[p]!, rgba[p + 1]!, rgba[p + 2]!)));
      }
      if (entry) rows[row + (x >> 1)]! |= x & 1 ? entry : entry << 4;
    }
  }
  return rows;
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, data.length + 8)), data.length + 8);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Indexed colour (PNG colour type 3) at 4 bits a pixel. */
const COLOUR_TYPE_PALETTE = 3;
const BIT_DEPTH = 4;

/** The card's SVG as a 16-colour palette PNG. */
export async function encodeCard(svg: string): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const header = Buffer.alloc(13); // compression, filter and interlace methods stay 0
  header.writeUInt32BE(info.width, 0);
  header.writeUInt32BE(info.height, 4);
  header[8] = BIT_DEPTH;
  header[9] = COLOUR_TYPE_PALETTE;
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(CARD_PALETTE.flat())),
    // Deflate level 4: 1.3 ms and 17 KB a card, where level 6 takes twice as long for 1 KB less.
    chunk('IDAT', deflateSync(paletteRows(data, info.width, info.height), { level: 4 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Keep `png` as `file`, written aside and renamed, so two builds never read a half-written card. */
export function keepCard(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}
