import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg, shareImage, wrapLines } from '../src/lib/share-image';
import { CARD_PALETTE, drawCard, encodeCard } from '../src/lib/share-png';
import { CARD_COLOURS } from '../src/lib/share-colours';
import { cardFont, drawLines, fontPattern } from '../src/lib/card-glyphs';
import { cardLines } from '../src/lib/share-layout';

/** The mean and the largest difference of two images' colour channels. */
async function difference(a: Buffer, b: Buffer): Promise<{ mean: number; worst: number; overOneStep: number }> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  expect(x!.length).toBe(y!.length);
  let total = 0;
  let worst = 0;
  let overOneStep = 0;
  for (let i = 0; i < x!.length; i++) {
    const d = Math.abs(x![i]! - y![i]!);
    total += d;
    worst = Math.max(worst, d);
    // The widest step from the paper to an ink is 45 levels (the headline's near-black).
    if (d > 47) overOneStep++;
  }
  return { mean: total / x!.length, worst, overOneStep: overOneStep / x!.length };
}

/** Whether this machine has the fonts the card names, found through fontconfig (without them every card is drawn as SVG). */
const fontsFound = !!cardFont('headline') && !!cardFont('label') && !!cardFont('byline');

describe('share images', () => {
  it('wrap a headline at spaces, and cut it with an ellipsis when it runs past the last line', () => {
    expect(wrapLines('Council votes to reopen the old bridge', 20, 3)).toEqual(['Council votes to', 'reopen the old', 'bridge']);
    const cut = wrapLines('one two three four five six seven eight nine ten', 9, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
  });

  it('draw the headline as text, never as markup', () => {
    const svg = shareCardSvg({ title: 'A <script>alert(1)</script> & "quotes"', byline: 'Source · 1 May 2024', siteName: 'Briefings' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });

  it('leave out characters XML cannot carry, so any headline renders', async () => {
    const card = { title: 'Budget\u0001 approved\u001b[31m \uD800]]>', byline: 'News\u0085', siteName: 'Briefings' };
    expect(shareCardSvg(card)).not.toMatch(/[\u0000-\u0008\u001b\u0085\uD800]/);
    const dir = mkdtempSync(join(tmpdir(), 'share-'));
    try {
      expect((await sharp(await shareImage(card, dir)).metadata()).width).toBe(SHARE_WIDTH);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are 1200 × 630 PNGs, drawn once and then read from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-'));
    try {
      const card = { title: 'Council votes to reopen the old bridge after two years of repairs', byline: 'Example Gazette · 3 May 2024', siteName: 'Briefings' };
      const png = await shareImage(card, dir);
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', SHARE_WIDTH, SHARE_HEIGHT]);
      // Small enough that 10,000 of them stay a fraction of a static host's quota (16 palette
      // colours at 4 bits a pixel; deflate level 4, chosen for drawing speed, makes it about 17 KB).
      expect(png.length).toBeLessThan(20 * 1024);
      // A palette PNG, not full colour (which is three times the size).
      expect(meta.isPalette).toBe(true);
      expect(meta.bitsPerSample).toBe(4);
      expect(readdirSync(dir)).toHaveLength(1);
      expect((await shareImage(card, dir)).equals(png)).toBe(true);
      await shareImage({ ...card, title: 'Another headline' }, dir);
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keep, in 16 colours, what the SVG draws: every pixel within a shade of the full-colour rendering', async () => {
    const svg = shareCardSvg({ title: 'Élan vital: Zoë Ångström’s “quiet” café — 42% of the vote & a recount', byline: 'Example Gazette · 3 May 2024', siteName: 'Briefings' });
    const { mean, worst } = await difference(await sharp(Buffer.from(svg)).png().toBuffer(), await encodeCard(svg));
    // Anti-aliased edges fall between two of the five steps to an ink (about 45 levels apart at
    // most); everything else is exact. libimagequant's 16 colours were 0.8 a channel on average.
    expect(mean).toBeLessThan(0.3);
    expect(worst).toBeLessThanOrEqual(30);
  });

  it('have a palette of the paper and five steps to each of the three inks, the inks themselves included', () => {
    const hex = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const palette = CARD_PALETTE.map(hex);
    expect(palette).toHaveLength(16);
    expect(palette[0]).toBe(CARD_COLOURS.paper);
    for (const ink of [CARD_COLOURS.ink, CARD_COLOURS.accent, CARD_COLOURS.muted]) expect(palette).toContain(ink);
  });

  it('name the card\'s font families to fontconfig as it reads them: quotes off, reserved characters escaped, a weight', () => {
    expect(fontPattern("Georgia, 'DejaVu Serif', serif", 700)).toBe('Georgia,DejaVu Serif,serif:weight=bold');
    expect(fontPattern("'Noto Sans-Display', Arial", 400)).toBe('Noto Sans\\-Display,Arial:weight=regular');
  });

  it.runIf(fontsFound)('are drawn glyph by glyph in the fonts the SVG names, as the SVG draws them: the same words in the same places', async () => {
    const cards = [
      // Kerned capitals, letters with accents, curly quotes, a dash, and letters ligatures would join.
      { title: 'AVAST: Zoë Ångström’s “quiet” café — 42% of the vote, fifty-five officials', byline: 'Example Gazette · 3 May 2024', siteName: 'Briefings' },
      // Cyrillic, Greek, Latin Extended, signs; and a headline long enough to be set smaller.
      { title: 'Москва и Αθήνα: Łódź, İstanbul and Ðakovo report ½ of € £ ¥ № © receipts in a long year of audits and recounts and more', byline: 'Ελληνικά Νέα · 1 June 2025', siteName: 'Noticias' },
    ];
    for (const card of cards) {
      // Drawn glyph by glyph, not by the SVG path below it.
      expect(await drawLines(cardLines(card), new Uint8Array(SHARE_WIDTH * SHARE_HEIGHT), SHARE_WIDTH)).toBe(true);
      const { mean, worst, overOneStep } = await difference(await drawCard(card), await encodeCard(shareCardSvg(card)));
      // Outlines filled without the font's hinting, at quarter-pixel places: an edge pixel may
      // take the next of the five steps to its ink, and one in many thousands two steps more;
      // none is ink in one drawing and paper in the other (223 levels).
      expect(mean).toBeLessThan(0.5);
      expect(overOneStep).toBeLessThan(1e-4);
      expect(worst).toBeLessThan(135);
    }
  });

  it.runIf(fontsFound)('leave to the SVG drawing a line that needs a text engine or a font the card does not name', async () => {
    const ground = new Uint8Array(SHARE_WIDTH * SHARE_HEIGHT);
    const lines = (title: string) => cardLines({ title, byline: 'Gazette', siteName: 'Briefings' });
    // Right to left and joined letters; an emoji; a character the serif has no glyph for; a combining accent.
    for (const title of ['مرحبا بالعالم', 'Party time 🎉', 'Tokyo 東京 opens', 'Cafe\u0301 reopens']) {
      expect(await drawLines(lines(title), ground, SHARE_WIDTH)).toBe(false);
      expect(ground.every((e) => e === 0)).toBe(true);
      // Such a card is the SVG's drawing, exactly.
      const card = { title, byline: 'Gazette', siteName: 'Briefings' };
      expect((await drawCard(card)).equals(await encodeCard(shareCardSvg(card)))).toBe(true);
    }
  });

  it('are the same drawn several at once as one by one, though the canvases are kept from card to card', async () => {
    // Glyph cards and an SVG card (the emoji) mixed, so a card that waits on sharp is overtaken.
    const cards = ['Harbour board backs night ferry', 'Party time 🎉 on the quay', 'Mayor Ödön Kállay opens the bridge', 'Vote on the budget is put off'].map((title) => ({ title, byline: 'Gazette · 2 May 2025', siteName: 'Briefings' }));
    const oneByOne: Buffer[] = [];
    for (const card of cards) oneByOne.push(await drawCard(card));
    const atOnce = await Promise.all([...cards, ...cards].map((card) => drawCard(card)));
    atOnce.forEach((png, i) => expect(png.equals(oneByOne[i % cards.length]!)).toBe(true));
    // And each card is its own: no two headlines give the same image.
    expect(new Set(oneByOne.map((png) => png.toString('base64'))).size).toBe(cards.length);
  });
});
