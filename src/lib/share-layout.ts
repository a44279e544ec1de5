/**
 * What a share card shows and where: its lines of text, each with its face, size, position and
 * ink. One layout, drawn two ways: as SVG (librsvg, through sharp) and glyph by glyph from a font
 * file (card-glyphs.ts), so the two drawings of a card put the same words in the same places.
 */
import { feedText } from './feed.ts';
import { CARD_COLOURS } from './share-colours.ts';

/** What a card shows. */
export interface ShareCard {
  title: string;
  /** "Wikinews · 21 July 2017" */
  byline: string;
  siteName: string;
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The bar of the accent colour down the card's left edge, in pixels. */
export const ACCENT_BAR_WIDTH = 16;

/** The card's typefaces: a font-family list as CSS and SVG write it, and a weight. */
export const CARD_FACES = {
  /** The headline: a wide bold serif; any will do. */
  headline: { family: "Georgia, 'DejaVu Serif', serif", weight: 700 },
  /** The site's name above it. */
  label: { family: "'DejaVu Sans', Arial, sans-serif", weight: 700 },
  /** The source and date below it. */
  byline: { family: "'DejaVu Sans', Arial, sans-serif", weight: 400 },
} as const;

export type CardFace = keyof typeof CARD_FACES;

/** Which of the card's colours (share-colours.ts) a line is written in. */
export type CardInk = 'ink' | 'accent' | 'muted';

/** One line of the card: its text from the baseline's start at (x, y), in pixels. */
export interface CardLine {
  text: string;
  x: number;
  y: number;
  face: CardFace;
  size: number;
  /** Extra space after each character, in pixels (CSS and SVG `letter-spacing`). */
  letterSpacing: number;
  ink: CardInk;
}

/**
 * The headline in lines of at most `perLine` characters, breaking at spaces (a word longer than a
 * line is cut), and at most `maxLines` lines, the last ending in an ellipsis when text is left.
 */
export function wrapLines(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.length > perLine ? `${words[i]!.slice(0, perLine - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,;:.–—-]+$/, '')}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The card's lines: the site's name, the headline (headlines of any length fit: longer ones are
 * set smaller, then cut) and the byline. Text is without the characters XML cannot carry (an
 * editor may write them as YAML escapes), so both drawings see the same characters.
 */
export function cardLines(card: ShareCard): CardLine[] {
  // Characters per line assume a wide bold serif (about 0.62 em a character) in 1,040 px.
  const title = feedText(card.title);
  const long = title.length > 84;
  const size = long ? 48 : 60;
  const lineHeight = Math.round(size * 1.18);
  const headline = wrapLines(title, long ? 34 : 27, long ? 6 : 5).map(
    (text, i): CardLine => ({ text, x: 80, y: 170 + i * lineHeight, face: 'headline', size, letterSpacing: 0, ink: 'ink' }),
  );
  return [
    { text: `${feedText(card.siteName).toUpperCase()} · BRIEFING`, x: 80, y: 96, face: 'label', size: 30, letterSpacing: 3, ink: 'accent' },
    ...headline,
    { text: feedText(card.byline), x: 80, y: 570, face: 'byline', size: 30, letterSpacing: 0, ink: 'muted' },
  ];
}

/** Text for the SVG, escaped. */
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card as SVG: its lines (share-layout.ts) on the paper, beside the accent bar. */
export function shareCardSvg(card: ShareCard): string {
  const text = cardLines(card)
    .map(({ text, x, y, face, size, letterSpacing, ink }) => {
      const { family, weight } = CARD_FACES[face];
      const spacing = letterSpacing ? ` letter-spacing="${letterSpacing}"` : '';
      return `<text x="${x}" y="${y}" font-family="${family}" font-weight="${weight}" font-size="${size}"${spacing} fill="${CARD_COLOURS[ink]}">${escapeXml(text)}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${CARD_COLOURS.paper}"/><rect width="${ACCENT_BAR_WIDTH}" height="100%" fill="${CARD_COLOURS.accent}"/>` +
    text +
    `</svg>`
  );
}
