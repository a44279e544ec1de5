/** JSON Feed 1.1 of the newest briefings (https://jsonfeed.org/version/1.1). */
import type { APIContext } from 'astro';
import { allBriefings, revisionsOf } from '../lib/briefings';
import { feedItem } from '../lib/feed';
import { absoluteUrl, briefingHref, href } from '../lib/urls';
import { feedCount, settings, siteDescription, siteName } from '../lib/site';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL('http://localhost/');
  const all = await allBriefings();
  const briefings = all.slice(0, feedCount);
  const corrections = revisionsOf(all);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: siteName,
    description: siteDescription,
    home_page_url: absoluteUrl(href(), site),
    feed_url: absoluteUrl(href('feed.json'), site),
    language: settings.locale,
    items: briefings.map((b) => {
      const item = feedItem(b.data, absoluteUrl(briefingHref(b.data.slug), site));
      return {
        id: item.url,
        url: item.url,
        ...(item.sourceUrl ? { external_url: item.sourceUrl } : {}),
        title: item.title,
        summary: item.summary || undefined,
        content_text: item.text,
        ...(item.date ? { date_published: item.date.toISOString() } : {}),
        ...(corrections.has(b.data.slug) ? { date_modified: `${corrections.get(b.data.slug)!.date}T00:00:00Z` } : {}),
        ...(item.people.length ? { tags: item.people } : {}),
      };
    }),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
