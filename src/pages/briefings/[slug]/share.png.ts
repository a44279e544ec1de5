/**
 * A briefing's share image (`/briefings/<slug>/share.png`), referenced by the page's OpenGraph and
 * Twitter tags and its JSON-LD (see src/lib/share-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { allBriefings, type BriefingEntry } from '../../../lib/briefings';
import { formatDate } from '../../../lib/dates';
import { siteName } from '../../../lib/site';
import { inThisShard } from '../../../lib/shard';
import { shareCardKey, shareImage, type ShareCard } from '../../../lib/share-image';

/** The card's text: the headline, the source and date, the site's name. */
function cardOf({ data }: BriefingEntry): ShareCard {
  const byline = [data.source.name, data.date && formatDate(data.date)].filter(Boolean).join(' · ');
  return { title: data.title, byline, siteName };
}

// The card is the page's only prop, and its key the card's own (its text and design), so an
// incremental build keeps an unchanged image.
export const getStaticPaths = (async () =>
  (await allBriefings())
    .filter((b) => inThisShard(b.data.slug))
    .map((b) => {
      const card = cardOf(b);
      return { params: { slug: b.data.slug }, props: { card }, cacheKey: shareCardKey(card) };
    })) satisfies GetStaticPaths;

/** Cards are kept between builds beside Astro's own cache. */
const cacheDir = join(process.cwd(), 'node_modules/.cache/share-images');

export const GET: APIRoute = async ({ props }) => {
  const png = await shareImage((props as { card: ShareCard }).card, cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
