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
