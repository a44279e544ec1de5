/**
 * A share card's lines drawn glyph by glyph, without a text engine per card.
 *
 * Drawn as SVG, a card costs about 7 ms of librsvg and Pango, most of it shaping and rasterising
 * the same few dozen letters again for every headline. Here each line is laid out by fontkit (the
 * font's own advances, kerning and ligatures) in the font file fontconfig picks for the card's
 * family list, the file librsvg would use, and each glyph is rasterised once per size and
 * quarter-pixel offset, by sharp from the glyph's outline, then kept: a card is then the glyphs'
 * coverage copied into the palette indices (about 1 ms).
 *
 * Lines only a full text engine draws right go back to the SVG drawing (`undefined`): scripts
 * other than Latin, Greek and Cyrillic (shaping and right-to-left order), combining marks, format
 * characters and pictographs, and any character the font has no glyph for (Pango would take it
 * from another font). So does a machine without fontconfig's `fc-match`.
 */
import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { INK_STEPS, paletteEntry } from './share-colours.ts';
import { CARD_FACES, type CardFace, type CardLine } from './share-layout.ts';

/** Horizontal positions a glyph is rasterised at within a pixel: quarter pixels keep the spacing of the font's advances. */
const SUBPIXELS = 4;

/**
 * fontconfig's pattern for a CSS font-family list and weight ("Georgia,DejaVu Serif,serif:weight=bold"):
 * quotes taken off, and the characters fontconfig's names reserve escaped.
 */
export function fontPattern(family: string, weight: number): string {
  const families = family.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, '').replace(/[-:,\\]/g, (c) => `\\${c}`));
  return `${families.join(',')}:weight=${weight >= 600 ? 'bold' : 'regular'}`;
}

const fonts = new Map<CardFace, fontkit.Font | null>();

/** The font a face is drawn in, as fontconfig resolves it; undefined when it cannot be found or read. */
export function cardFont(face: CardFace): fontkit.Font | undefined {
  if (!fonts.has(face)) {
    let font: fontkit.Font | null = null;
    try {
      const { family, weight } = CARD_FACES[face];
      const [file, index] = execFileSync('fc-match', ['--format=%{file}\n%{index}', fontPattern(family, weight)], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
      const opened = fontkit.openSync(file!);
      font = ('fonts' in opened ? opened.fonts[Number(index) || 0] : opened) ?? null;
    } catch {
      // No fc-match, or a font fontkit cannot read: the SVG drawing serves.
    }
    fonts.set(face, font);
  }
  return fonts.get(face) ?? undefined;
}

/** Text every character of which fontkit lays out as Pango would: no shaping, no reordering, no marks to place. */
const SIMPLE_TEXT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]*$/u;
const NEEDS_ENGINE = /[\p{M}\p{Cf}\p{Emoji_Presentation}\p{Co}\p{Cs}]/u;

/**
 * A glyph as rasterised: `steps` is `width` × `height`, each pixel's coverage as the nearest ink
 * step (0, the paper, to INK_STEPS), its top left at (left, top) from the glyph's origin.
 */
interface GlyphImage {
  left: number;
  top: number;
  width: number;
  height: number;
  steps: Uint8Array;
}

/** The ink step nearest each coverage from 0 to 255: 0 (the paper) to INK_STEPS (the ink itself). */
const STEP_OF = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * INK_STEPS) / 255));

/** Rasterised glyphs by face, size, glyph and quarter pixel; null for a glyph with no outline (a space). */
const images = new Map<string, GlyphImage | null>();

/** A glyph placed on the card: its origin in whole pixels and the quarter pixel it is drawn at. */
interface Placed {
  key: string;
  glyph: fontkit.Glyph;
  scale: number;
  quarter: number;
  x: number;
  y: number;
}

/** A line's glyphs where they fall, or undefined when the line needs a text engine (above). */
function placeLine(line: CardLine): Placed[] | undefined {
  if (!SIMPLE_TEXT.test(line.text) || NEEDS_ENGINE.test(line.text)) return undefined;
  const font = cardFont(line.face);
  if (!font) return undefined;
  // Without ligatures, as librsvg sets the card's SVG ("fi" stays two letters).
  const run = font.layout(line.text, { liga: false, clig: false });
  if (run.glyphs.some((g) => g.id === 0)) return undefined;
  const scale = line.size / font.unitsPerEm;
  const placed: Placed[] = [];
  let pen = line.x;
  run.glyphs.forEach((glyph, i) => {
    const { xAdvance, xOffset, yOffset } = run.positions[i]!;
    const at = pen + xOffset * scale;
    let x = Math.floor(at);
    let quarter = Math.round((at - x) * SUBPIXELS);
    if (quarter === SUBPIXELS) [x, quarter] = [x + 1, 0];
    placed.push({ key: `${line.face}|${line.size}|${glyph.id}|${quarter}`, glyph, scale, quarter, x, y: Math.round(line.y - yOffset * scale) });
    pen += xAdvance * scale + line.letterSpacing;
  });
  return placed;
}

/** Rasterise the glyphs of `placed` not yet kept, all in one SVG side by side, and keep them. */
async function rasterise(placed: readonly Placed[]): Promise<void> {
  const cells: { key: string; image: Omit<GlyphImage, 'steps'>; offset: number }[] = [];
  const seen = new Set<string>();
  let paths = '';
  let width = 0;
  let height = 1;
  for (const p of placed) {
    if (images.has(p.key) || seen.has(p.key)) continue;
    seen.add(p.key);
    if (!p.glyph.path.commands.length) {
      images.set(p.key, null);
      continue;
    }
    const shift = p.quarter / SUBPIXELS;
    const { minX, minY, maxX, maxY } = p.glyph.bbox;
    // A pixel of margin on each side for anti-aliasing.
    const left = Math.floor(shift + minX * p.scale) - 1;
    const top = Math.floor(-maxY * p.scale) - 1;
    const image = { left, top, width: Math.ceil(shift + maxX * p.scale) + 1 - left, height: Math.ceil(-minY * p.scale) + 1 - top };
    paths += `<path transform="translate(${width + shift - left} ${-top}) scale(${p.scale} ${-p.scale})" d="${p.glyph.path.toSVG()}"/>`;
    cells.push({ key: p.key, image, offset: width });
    width += image.width;
    height = Math.max(height, image.height);
  }
  if (!cells.length) return;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${paths}</svg>`;
  const alpha = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
  for (const { key, image, offset } of cells) {
    const steps = new Uint8Array(image.width * image.height);
    for (let r = 0; r < image.height; r++) {
      for (let c = 0; c < image.width; c++) steps[r * image.width + c] = STEP_OF[alpha[r * width + offset + c]!]!;
    }
    images.set(key, { ...image, steps });
  }
}

/**
 * Draw `lines` into `indices` (palette entries, `width` a row, the background already in it),
 * each glyph pixel as the step of its line's ink nearest its coverage. Returns false, leaving
 * `indices` as it was, when a line needs the SVG drawing.
 */
export async function drawLines(lines: readonly CardLine[], indices: Uint8Array, width: number): Promise<boolean> {
  const placements = lines.map(placeLine);
  if (placements.some((p) => p === undefined)) return false;
  await rasterise(placements.flat() as Placed[]);
  const height = indices.length / width;
  lines.forEach((line, n) => {
    const first = paletteEntry(line.ink, 1);
    for (const p of placements[n]!) {
      const image = images.get(p.key);
      if (!image) continue;
      // The glyph's columns that fall on the card.
      const left = p.x + image.left;
      const fromC = Math.max(0, -left);
      const toC = Math.min(image.width, width - left);
      for (let r = 0; r < image.height; r++) {
        const y = p.y + image.top + r;
        if (y < 0 || y >= height) continue;
        const from = r * image.width;
        const at = y * width + left;
        for (let c = fromC; c < toC; c++) {
          const step = image.steps[from + c]!;
          if (!step) continue;
          // Where two glyphs of a line touch (a kerned pair), the darker coverage wins.
          const entry = first + step - 1;
          const there = indices[at + c]!;
          if (there === 0 || (there >= first && there < entry)) indices[at + c] = entry;
        }
      }
    }
  });
  return true;
}
