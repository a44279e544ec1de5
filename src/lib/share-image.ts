/**
 * Share images: a 1200 × 630 card per briefing (headline, source and date, the site's name, in the
 * site's colours), for social networks and messengers that show a link with a picture. The card's
 * lines are laid out once (share-layout.ts) and drawn glyph by glyph from the machine's fonts
 * (card-glyphs.ts), or as SVG by sharp (libvips, Astro's own image library) when a line needs
 * what only a full text engine does, and written as a 16-colour PNG in the card's own colours
 * (share-png.ts, share-colours.ts). Each image is cached by a hash of what it shows, so a rebuild
 * draws only the cards of new or changed briefings.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDate } from './dates.ts';
import { siteName } from './site.ts';
import { drawCard, keepCard } from './share-png.ts';
import { CARD_COLOURS } from './share-colours.ts';
import type { ShareCard } from './share-layout.ts';

export { SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg, wrapLines, type ShareCard } from './share-layout.ts';

/**
 * A briefing's card from its headline, its source's name and its date (YYYY-MM-DD), as the
 * briefing's page shows them: "Wikinews · 21 July 2017" under the headline.
 */
export function cardOf({ title, source, date }: { title: string; source?: string; date?: string }): ShareCard {
  const byline = [source, date && formatDate(date)].filter(Boolean).join(' · ');
  return { title, byline, siteName };
}

/** Bump when the card's design or its drawing changes, so cached cards are drawn again (a change of colours does that by itself). */
const DESIGN = 5;

/**
 * What a card is drawn from, as a short hash: its text, the design's version and its colours. It
 * names the card in the image cache, so an unchanged card is never drawn again.
 */
export function shareCardKey(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([DESIGN, CARD_COLOURS, card])).digest('hex').slice(0, 20);
}

/** Where a card is kept in the cache folder `cacheDir`, named by its key. */
const cachedCard = (card: ShareCard, cacheDir: string) => join(cacheDir, `${shareCardKey(card)}.png`);

/** The card as PNG, from the cache in `cacheDir` when it was drawn before. */
export async function shareImage(card: ShareCard, cacheDir: string): Promise<Buffer> {
  const file = cachedCard(card, cacheDir);
  if (existsSync(file)) return readFileSync(file);
  return drawShareImage(card, file);
}

/**
 * Put the card at `dest` (a page's `share.png`), drawn into the cache first when it is not there.
 * The file is a hard link to the cached image, so a card costs no bytes written once drawn; a
 * `dest` that already is that image is left as it is (its time stamp too), and where a link
 * cannot be made (another file system) the image is copied. Returns whether it was drawn.
 */
export async function placeShareImage(card: ShareCard, cacheDir: string, dest: string): Promise<boolean> {
  const file = cachedCard(card, cacheDir);
  // One stat a file: at 10,000 briefings every card is looked at on every build.
  let cached = statSync(file, { throwIfNoEntry: false });
  const drawn = !cached;
  if (!cached) {
    await drawShareImage(card, file);
    cached = statSync(file);
  }
  const there = statSync(dest, { throwIfNoEntry: false });
  if (there && there.ino === cached.ino && there.dev === cached.dev) return drawn;
  mkdirSync(dirname(dest), { recursive: true });
  rmSync(dest, { force: true });
  try {
    linkSync(file, dest);
  } catch {
    copyFileSync(file, dest);
  }
  return drawn;
}

/** What drawing a card takes: the card and the cache file it goes to; undefined when it is cached. */
export function cardJob(card: ShareCard, cacheDir: string): { card: ShareCard; file: string } | undefined {
  const file = cachedCard(card, cacheDir);
  return statSync(file, { throwIfNoEntry: false }) ? undefined : { card, file };
}

/** Draw the card, keep it in the cache as `file`, and return it. */
async function drawShareImage(card: ShareCard, file: string): Promise<Buffer> {
  const png = await drawCard(card);
  keepCard(file, png);
  return png;
}
