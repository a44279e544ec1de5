/**
 * Share cards written beside the pages after the build (src/integrations/share-cards.ts): each
 * briefing's card is a hard link to the drawn image in the cache, an unchanged card is neither
 * drawn nor touched again, and the card of a briefing no longer built goes with its folder. The
 * card's text comes from what the build reads from each briefing file before Astro starts
 * (src/lib/briefing-heads.ts), so the headline and source must read as YAML reads them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { parseHead, type BriefingHead } from '../src/lib/briefing-heads.ts';
import shareCards, { drawCardsInBackground, pruneCardCache, writeShareCards } from '../src/integrations/share-cards.ts';
import { cardOf, SHARE_WIDTH, shareCardKey } from '../src/lib/share-image.ts';

const briefing = (frontmatter: string) => `---\n${frontmatter}---\n\nBody.\n`;

describe('a briefing head for its share card', () => {
  it('reads a quoted headline with its escapes, and the source block’s name', () => {
    const head = parseHead('a.md', briefing(`slug: a\ntitle: "Mayor says \\"no\\": the vote, again"\nsource:\n  file: a.txt\n  name: 'Example Gazette'\ndate: 2024-05-03\n`));
    expect(head).toMatchObject({ slug: 'a', title: 'Mayor says "no": the vote, again', source: 'Example Gazette', date: '2024-05-03' });
  });

  it('reads a headline YAML folds over several lines, trimmed as the schema trims it', () => {
    const head = parseHead('b.md', briefing(`title: >-\n  A headline an editor\n  folded over two lines  \nslug: b\nsource:\n  file: b.txt\n`));
    expect(head.title).toBe('A headline an editor folded over two lines');
    expect(head.source).toBeUndefined();
  });

  it('does not take a nested title, or a key of another block, for the headline', () => {
    const head = parseHead('c.md', briefing(`slug: c\nfigures:\n  - id: x\n    title: Minister\nsource:\n  name: Wire\n`));
    expect(head.title).toBeUndefined();
    expect(head.source).toBe('Wire');
  });

  it('gives the card the byline the page shows: the source, then the date', () => {
    expect(cardOf({ title: 'T', source: 'Example Gazette', date: '2024-05-03' }).byline).toBe('Example Gazette · 3 May 2024');
    expect(cardOf({ title: 'T' }).byline).toBe('');
  });
});

describe('writing the share cards into the output folder', () => {
  it('links each card to its cached image, draws only what is new, and removes the cards of briefings gone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-cards-'));
    const out = join(root, 'dist');
    const cache = join(root, 'cache');
    try {
      const a = { file: 'a.md', slug: 'a', title: 'Council reopens the old bridge', source: 'Example Gazette', date: '2024-05-03' };
      const b = { file: 'b.md', slug: 'b', title: 'Second story' };
      // No headline read: no card rather than an empty one, and the file is named.
      const heads: BriefingHead[] = [a, b, { file: 'c.md', slug: 'c' }];
      expect(await writeShareCards(heads, out, cache, 2)).toEqual({ placed: 2, drawn: 2, removed: 0, unread: ['c.md'] });
      const card = join(out, 'briefings', 'a', 'share.png');
      const cached = join(cache, `${shareCardKey(cardOf(a))}.png`);
      expect(statSync(card).ino).toBe(statSync(cached).ino);
      expect((await sharp(card).metadata()).width).toBe(SHARE_WIDTH);
      expect(existsSync(join(out, 'briefings', 'c'))).toBe(false);

      // A page folder that stays, with a card no briefing has any more; and b's headline changed.
      mkdirSync(join(out, 'briefings', 'old-page'), { recursive: true });
      writeFileSync(join(out, 'briefings', 'old-page', 'index.html'), '<p>kept</p>');
      writeFileSync(join(out, 'briefings', 'old-page', 'share.png'), 'x');
      mkdirSync(join(out, 'briefings', 'gone'), { recursive: true });
      writeFileSync(join(out, 'briefings', 'gone', 'share.png'), 'x');
      const before = statSync(card).mtimeMs;
      const next = [a, { ...b, title: 'Second story, corrected' }];
      expect(await writeShareCards(next, out, cache, 2)).toEqual({ placed: 2, drawn: 1, removed: 2, unread: [] });
      expect(statSync(card).mtimeMs).toBe(before);
      expect(statSync(join(out, 'briefings', 'b', 'share.png')).ino).toBe(statSync(join(cache, `${shareCardKey(cardOf(next[1]!))}.png`)).ino);
      expect(existsSync(join(out, 'briefings', 'gone'))).toBe(false);
      expect(readdirSync(join(out, 'briefings', 'old-page'))).toEqual(['index.html']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the card cache the publishing workflow keeps between runs', () => {
  it('keeps the cards of the site as it is and removes the rest, with the leftovers of a stopped write', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-prune-'));
    const out = join(root, 'dist');
    const cache = join(root, 'cache');
    try {
      const a = { file: 'a.md', slug: 'a', title: 'Council reopens the old bridge' };
      const b = { file: 'b.md', slug: 'b', title: 'Second story' };
      await writeShareCards([a, b], out, cache, 2);
      const edited = { ...b, title: 'Second story, corrected' };
      await writeShareCards([a, edited], out, cache, 2);
      const key = (h: { title: string }) => `${shareCardKey(cardOf(h))}.png`;
      writeFileSync(join(cache, `${key(a)}.1234.abcdef.tmp`), 'half a card');
      writeFileSync(join(cache, 'README'), 'not a card');
      expect(readdirSync(cache).sort()).toEqual([key(a), key(b), key(edited), `${key(a)}.1234.abcdef.tmp`, 'README'].sort());

      expect(pruneCardCache(cache, [a, edited].map(cardOf))).toBe(2);
      expect(readdirSync(cache).sort()).toEqual([key(a), key(edited), 'README'].sort());
      // The published card is a link to the cached file, not the file itself: it outlives a prune.
      expect(pruneCardCache(cache, [])).toBe(2);
      expect((await sharp(join(out, 'briefings', 'a', 'share.png')).metadata()).width).toBe(SHARE_WIDTH);
      expect(pruneCardCache(join(root, 'none'), [])).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('drawing the cards while the pages are built', () => {
  it('draws the cards not yet cached on a thread of its own, then says how many it drew', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-drawer-'));
    const cache = join(root, 'cache');
    try {
      const cards = ['Ferry returns to the island', 'Library saved by a late vote', 'Pier reopens'].map((title) => cardOf({ title, source: 'Example Gazette', date: '2024-05-03' }));
      const first = drawCardsInBackground(cards.slice(0, 2), cache);
      expect(await first.finish(2)).toMatchObject({ drawn: 2 });
      const files = cards.map((c) => join(cache, `${shareCardKey(c)}.png`));
      expect((await sharp(files[0]!).metadata()).width).toBe(SHARE_WIDTH);
      // The two drawn are found in the cache: only the third is drawn now.
      const before = statSync(files[0]!).mtimeMs;
      expect(await drawCardsInBackground(cards, cache).finish(2)).toMatchObject({ drawn: 1 });
      expect(statSync(files[0]!).mtimeMs).toBe(before);
      expect(existsSync(files[2]!)).toBe(true);
      // And a build then places them without drawing any.
      const heads = cards.map((c, i) => ({ file: `${i}.md`, slug: `s${i}`, title: c.title, source: 'Example Gazette', date: '2024-05-03' }));
      expect((await writeShareCards(heads, join(root, 'dist'), cache, 2)).drawn).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports a card it could not draw, with the file, when the build asks for the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-drawer-'));
    try {
      // The cache folder's place is taken by a file: no card can be written there.
      const cache = join(root, 'not-a-folder');
      writeFileSync(cache, 'x');
      const drawer = drawCardsInBackground([cardOf({ title: 'A headline' })], cache);
      await expect(drawer.finish(1)).rejects.toThrow(/a share card could not be drawn: .*not-a-folder/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('share cards under npm run dev', () => {
  it('serves a briefing’s card under the base path from its file as it is now, and leaves other paths to Astro', async () => {
    const root = mkdtempSync(join(tmpdir(), 'share-dev-'));
    try {
      const briefingsDir = join(root, 'briefings');
      mkdirSync(briefingsDir);
      writeFileSync(join(briefingsDir, 'a.md'), briefing(`slug: a\ntitle: Headline written after the server started\n`));
      type Middleware = (req: { url?: string }, res: unknown, next: (e?: unknown) => void) => void;
      let middleware: Middleware | undefined;
      const hooks = shareCards({ heads: [], briefingsDir }).hooks as Record<string, (o: unknown) => void>;
      hooks['astro:config:setup']({ command: 'dev' });
      hooks['astro:config:done']({ config: { root: pathToFileURL(`${root}/`), base: '/news' } });
      hooks['astro:server:setup']({ server: { middlewares: { use: (m: Middleware) => (middleware = m) } } });
      const ask = (url: string) =>
        new Promise<{ type?: string; body?: Buffer; passed: boolean }>((resolve) => {
          const got: { type?: string; body?: Buffer; passed: boolean } = { passed: false };
          const res = { setHeader: (_: string, v: string) => (got.type = v), end: (b: Buffer) => resolve({ ...got, body: b }) };
          middleware!({ url }, res, () => resolve({ ...got, passed: true }));
        });
      const card = await ask('/news/briefings/a/share.png?v=1');
      expect(card.type).toBe('image/png');
      expect((await sharp(card.body!).metadata()).width).toBe(SHARE_WIDTH);
      expect((await ask('/news/briefings/missing/share.png')).passed).toBe(true);
      expect((await ask('/briefings/a/share.png')).passed).toBe(true);
      expect((await ask('/news/briefings/a/')).passed).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
