/**
 * Share images: a 1200 × 630 card per briefing (headline, source and date, the site's name, in the
 * site's colours), for social networks and messengers that show a link with a picture. The card
 * is drawn as SVG, rendered by sharp (libvips), Astro's own image library, with the machine's
 * fonts (a serif for the headline; any will do), and written as a 16-colour PNG in the card's own
 * colours (share-png.ts, share-colours.ts). Each image is cached by a hash of what it shows, so a
 * rebuild draws only the cards of new or changed briefings.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDate } from './dates.ts';
import { feedText } from './feed.ts';
import { siteName } from './site.ts';
import { encodeCard, keepCard } from './share-png.ts';
import { CARD_COLOURS } from './share-colours.ts';

/** What a card shows. */
export interface ShareCard {
  title: string;
  /** "Wikinews · 21 July 2017" */
  byline: string;
  siteName: string;
}

/**
 * A briefing's card from its headline, its source's name and its date (YYYY-MM-DD), as the
 * briefing's page shows them: "Wikinews · 21 July 2017" under the headline.
 */
export function cardOf({ title, source, date }: { title: string; source?: string; date?: string }): ShareCard {
  const byline = [source, date && formatDate(date)].filter(Boolean).join(' · ');
  return { title, byline, siteName };
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Bump when the card's design or its encoding changes, so cached cards are drawn again (a change of colours does that by itself). */
const DESIGN = 4;

/** Text for the SVG: without the characters XML cannot carry (an editor may write them as YAML escapes), then escaped. */
const escapeXml = (s: string) => feedText(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

/** The card as SVG. Headlines of any length fit: longer ones are set smaller, then cut. */
export function shareCardSvg(card: ShareCard): string {
  // Characters per line assume a wide bold serif (about 0.62 em a character) in 1,040 px.
  const long = card.title.length > 84;
  const size = long ? 48 : 60;
  const lines = wrapLines(card.title, long ? 34 : 27, long ? 6 : 5);
  const lineHeight = Math.round(size * 1.18);
  const text = lines
    .map((l, i) => `<text x="80" y="${170 + i * lineHeight}" font-family="Georgia, 'DejaVu Serif', serif" font-weight="700" font-size="${size}" fill="${CARD_COLOURS.ink}">${escapeXml(l)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${CARD_COLOURS.paper}"/><rect width="16" height="100%" fill="${CARD_COLOURS.accent}"/>` +
    `<text x="80" y="96" font-family="'DejaVu Sans', Arial, sans-serif" font-weight="700" font-size="30" letter-spacing="3" fill="${CARD_COLOURS.accent}">${escapeXml(card.siteName.toUpperCase())} · BRIEFING</text>` +
    text +
    `<text x="80" y="570" font-family="'DejaVu Sans', Arial, sans-serif" font-size="30" fill="${CARD_COLOURS.muted}">${escapeXml(card.byline)}</text>` +
    `</svg>`
  );
}

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

/** What drawing a card takes: its SVG and the cache file it goes to; undefined when it is cached. */
export function cardJob(card: ShareCard, cacheDir: string): { svg: string; file: string } | undefined {
  const file = cachedCard(card, cacheDir);
  return statSync(file, { throwIfNoEntry: false }) ? undefined : { svg: shareCardSvg(card), file };
}

/** Draw the card, keep it in the cache as `file`, and return it. */
async function drawShareImage(card: ShareCard, file: string): Promise<Buffer> {
  const png = await encodeCard(shareCardSvg(card));
  keepCard(file, png);
  return png;
}
