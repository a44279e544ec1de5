/** RSS 2.0 feed of the newest briefings. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allBriefings } from '../lib/briefings';
import { feedText, rssItem } from '../lib/feed';
import { absoluteUrl, briefingHref, href } from '../lib/urls';
import { feedCount, siteDescription, siteName } from '../lib/site';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL('http://localhost/');
  const briefings = (await allBriefings()).slice(0, feedCount);
  return rss({
    title: feedText(siteName),
    description: feedText(siteDescription),
    site: absoluteUrl(href(), site),
    items: briefings.map((b) => rssItem(b.data, absoluteUrl(briefingHref(b.data.slug), site))),
    customData: '<language>en</language>',
  });
}
