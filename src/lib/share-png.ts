/**
 * A share card drawn into the PNG the cache keeps, and written there. Apart from share-image.ts
 * so that the thread that draws cards while a build renders its pages
 * (src/integrations/share-card-worker.ts) loads this and what it draws with, nothing else.
 *
 * The card is its paper and three inks laid on it with anti-aliased edges, so every pixel is
 * paper, an ink, or a blend of the two: sixteen colours (the paper and five steps to each ink)
 * hold it with no visible loss, and the PNG is written with that palette, known in advance. The
 * card's lines are drawn glyph by glyph (card-glyphs.ts, about 3 ms a card in all); a card with a
 * line that needs a full text engine is drawn as SVG by sharp (librsvg) and each pixel mapped to
 * the nearest palette colour (about 11 ms). sharp's own palette output would first quantise every
 * pixel with libimagequant to find the colours, 12 ms more. PNG's indexed form is the standard's
 * own (signature, IHDR, PLTE, IDAT, IEND); Node's zlib does the compression.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { drawLines } from './card-glyphs.ts';
import { CARD_COLOURS, INK_ORDER, INK_STEPS, paletteEntry } from './share-colours.ts';
import { ACCENT_BAR_WIDTH, cardLines, SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg, type ShareCard } from './share-layout.ts';

type Rgb = readonly [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

/** The card's palette: the paper first, then each ink's blends with it, lightest first. */
export const CARD_PALETTE: readonly Rgb[] = (() => {
  const paper = rgb(CARD_COLOURS.paper);
  const inks = INK_ORDER.map((ink) => rgb(CARD_COLOURS[ink]));
  const blends = inks.flatMap((ink) => Array.from({ length: INK_STEPS }, (_, k) => paper.map((p, c) => Math.round(p + ((ink[c]! - p) * (k + 1)) / INK_STEPS)) as unknown as Rgb));
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

/** Each pixel of `rgba` (sharp's raw output, four bytes a pixel; alpha is not read: the paper covers the card) as its nearest palette entry. */
function paletteIndices(rgba: Buffer, pixels: number): Uint8Array {
  const indices = new Uint8Array(pixels);
  const entryOf = new Map<number, number>();
  let last = -1;
  let entry = 0;
  for (let i = 0, p = 0; i < pixels; i++, p += 4) {
    // Most of a card is paper: one comparison a pixel while the colour does not change.
    const colour = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
    if (colour !== last) {
      last = colour;
      entry = entryOf.get(colour) ?? -1;
      if (entry < 0) entryOf.set(colour, (entry = nearestEntry(rgba[p]!, rgba[p + 1]!, rgba[p + 2]!)));
    }
    indices[i] = entry;
  }
  return indices;
}

/** One row of palette indices, `width` pixels from `start`, packed into `rows` at `row` (after its filter byte). */
function packRow(indices: Uint8Array, start: number, width: number, rows: Buffer, row: number): void {
  for (let x = 0; x + 1 < width; x += 2) rows[row + (x >> 1)] = (indices[start + x]! << 4) | indices[start + x + 1]!;
  if (width & 1) rows[row + (width >> 1)] = indices[start + width - 1]! << 4;
}

/** An image as palette indices and as the packed rows PNG wants (paletteRows). */
interface Canvas {
  indices: Uint8Array;
  rows: Buffer;
}

/** PNG's bytes a row for 4-bit palette indices: a filter byte and two pixels a byte. */
const rowBytesOf = (width: number) => Math.ceil(width / 2) + 1;

/**
 * The image's rows as PNG wants them for 4-bit palette indices: each row a filter byte (0, none:
 * the usual choice for palette images) and two pixels a byte, the left one in the high half.
 * With `ground` (a background the image was drawn on) the rows are packed into `into`, and a row
 * the same as the background's is copied from it rather than packed again: most of a card's rows
 * hold no letter.
 */
function paletteRows(indices: Uint8Array, width: number, height: number, ground?: Canvas, into?: Buffer): Buffer {
  const rowBytes = rowBytesOf(width);
  const rows = into ?? Buffer.alloc(rowBytes * height);
  if (ground) rows.set(ground.rows);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    if (ground && Buffer.compare(indices.subarray(start, start + width), ground.indices.subarray(start, start + width)) === 0) continue;
    packRow(indices, start, width, rows, y * rowBytes + 1);
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

/** Palette indices, `width` a row, as a 16-colour palette PNG; `ground` and `into` as paletteRows takes them. */
function palettePng(indices: Uint8Array, width: number, height: number, ground?: Canvas, into?: Buffer): Buffer {
  const header = Buffer.alloc(13); // compression, filter and interlace methods stay 0
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = BIT_DEPTH;
  header[9] = COLOUR_TYPE_PALETTE;
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(CARD_PALETTE.flat())),
    // Deflate level 3: 0.8 ms and about 17 KB a card; level 4 takes 1.1 ms for 2 KB less, level 6 2.5 ms for 3 KB less.
    chunk('IDAT', deflateSync(paletteRows(indices, width, height, ground, into), { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A card's SVG drawn by sharp (librsvg), as a 16-colour palette PNG. */
export async function encodeCard(svg: string): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return palettePng(paletteIndices(data, info.width * info.height), info.width, info.height);
}

/** The paper with the accent bar down its left edge, as palette indices and as packed rows: what every card's lines are drawn on. */
const CARD_GROUND: Canvas = (() => {
  const indices = new Uint8Array(SHARE_WIDTH * SHARE_HEIGHT);
  const bar = paletteEntry('accent', INK_STEPS);
  for (let y = 0; y < SHARE_HEIGHT; y++) indices.fill(bar, y * SHARE_WIDTH, y * SHARE_WIDTH + ACCENT_BAR_WIDTH);
  return { indices, rows: paletteRows(indices, SHARE_WIDTH, SHARE_HEIGHT) };
})();

/**
 * Canvases of cards drawn, kept for the next: a card's 1.1 MB of indices and rows, allocated
 * anew for each, cost the thread that draws cards more in memory mapped and unmapped (system
 * time, felt by the build's other threads) than the drawing itself. One per card drawn at once.
 */
const spareCanvases: Canvas[] = [];

/** The card as a 16-colour palette PNG: drawn glyph by glyph, or as SVG when a line needs a text engine (card-glyphs.ts). */
export async function drawCard(card: ShareCard): Promise<Buffer> {
  const canvas = spareCanvases.pop() ?? { indices: new Uint8Array(SHARE_WIDTH * SHARE_HEIGHT), rows: Buffer.alloc(rowBytesOf(SHARE_WIDTH) * SHARE_HEIGHT) };
  try {
    canvas.indices.set(CARD_GROUND.indices);
    if (await drawLines(cardLines(card), canvas.indices, SHARE_WIDTH)) return palettePng(canvas.indices, SHARE_WIDTH, SHARE_HEIGHT, CARD_GROUND, canvas.rows);
    return await encodeCard(shareCardSvg(card));
  } finally {
    spareCanvases.push(canvas);
  }
}

/** Keep `png` as `file`, written aside and renamed, so two builds never read a half-written card. */
export function keepCard(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}
