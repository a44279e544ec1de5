import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardSvg, shareImage, wrapLines } from '../src/lib/share-image';
import { CARD_PALETTE, encodeCard } from '../src/lib/share-png';
import { CARD_COLOURS } from '../src/lib/share-colours';

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
    const full = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
    const drawn = await sharp(await encodeCard(svg)).removeAlpha().raw().toBuffer();
    expect(drawn.length).toBe(full.length);
    let total = 0;
    let worst = 0;
    for (let i = 0; i < full.length; i++) {
      const d = Math.abs(full[i]! - drawn[i]!);
      total += d;
      worst = Math.max(worst, d);
    }
    // Anti-aliased edges fall between two of the five steps to an ink (about 45 levels apart at
    // most); everything else is exact. libimagequant's 16 colours were 0.8 a channel on average.
    expect(total / full.length).toBeLessThan(0.3);
    expect(worst).toBeLessThanOrEqual(30);
  });

  it('have a palette of the paper and five steps to each of the three inks, the inks themselves included', () => {
    const hex = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const palette = CARD_PALETTE.map(hex);
    expect(palette).toHaveLength(16);
    expect(palette[0]).toBe(CARD_COLOURS.paper);
    for (const ink of [CARD_COLOURS.ink, CARD_COLOURS.accent, CARD_COLOURS.muted]) expect(palette).toContain(ink);
  });
});
