/** RSS 2.0 feed of the newest briefings. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allBriefings, revisionsOf } from '../lib/briefings';
import { feedText, rssItem } from '../lib/feed';
import { absoluteUrl, briefingHref, href } from '../lib/urls';
import { feedCount, settings, siteDescription, siteName } from '../lib/site';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL('http://localhost/');
  const all = await allBriefings();
  const briefings = all.slice(0, feedCount);
  const corrections = revisionsOf(all);
  return rss({
    title: feedText(siteName),
    description: feedText(siteDescription),
    site: absoluteUrl(href(), site),
    items: briefings.map((b) => rssItem(b.data, absoluteUrl(briefingHref(b.data.slug), site), corrections.get(b.data.slug)?.date)),
    // A self link lets feed readers and validators know the feed's own address.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${settings.locale.toLowerCase()}</language><atom:link href="${absoluteUrl(href('rss.xml'), site)}" rel="self" type="application/rss+xml"/>`,
  });
}
