/**
 * The share card's four colours. The card's SVG (share-image.ts) paints with them and nothing
 * else, and its PNG (share-png.ts) is written with a palette made from them, so the two must
 * agree: a fifth colour in the design would be drawn as the nearest of these.
 */
export const CARD_COLOURS = {
  /** The card's ground, painted first over the whole card. */
  paper: '#faf9f6',
  /** The headline. */
  ink: '#1b1b1b',
  /** The bar down the left edge and the site's name. */
  accent: '#a4262c',
  /** The source and date. */
  muted: '#555555',
} as const;

/** The inks in the order the card's palette holds them (share-png.ts): entry 0 is the paper. */
export const INK_ORDER = ['ink', 'accent', 'muted'] as const;

/** Steps from the paper to each ink, the ink itself the last: 3 inks × 5 + the paper = 16 colours, 4 bits a pixel. */
export const INK_STEPS = 5;

/** The palette entry of `ink` at `step` (1 the faintest blend with the paper, INK_STEPS the ink itself). */
export const paletteEntry = (ink: (typeof INK_ORDER)[number], step: number): number => 1 + INK_ORDER.indexOf(ink) * INK_STEPS + step - 1;
