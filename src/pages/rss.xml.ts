/** RSS 2.0 feed of the newest briefings. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allBriefings, revisionsOf } from '../lib/briefings';
import { escapeHtml, feedItem } from '../lib/feed';
import { absoluteUrl, briefingHref, href } from '../lib/urls';
import { feedCount, settings, siteDescription, siteName } from '../lib/site';

export async function GET(context: APIContext) {
  const site = context.site ?? new URL('http://localhost/');
  const all = await allBriefings();
  const briefings = all.slice(0, feedCount);
  const corrections = revisionsOf(all);
  return rss({
    title: siteName,
    description: siteDescription,
    site: absoluteUrl(href(), site),
    items: briefings.map((b) => {
      const item = feedItem(b.data, absoluteUrl(briefingHref(b.data.slug), site));
      return {
        title: item.title,
        link: item.url,
        // Feed readers render <description> as HTML: the text is escaped for HTML here, and the
        // library escapes it again for XML, so a reader shows source text, never source markup.
        description: escapeHtml(item.summary || item.text),
        pubDate: item.date,
        categories: item.people,
        ...(item.sourceUrl ? { source: { title: b.data.source.name ?? 'Source', url: item.sourceUrl } } : {}),
        // A corrected briefing says when it was updated, so feed readers can show it again.
        ...(corrections.has(b.data.slug) ? { customData: `<atom:updated>${corrections.get(b.data.slug)!.date}T00:00:00Z</atom:updated>` } : {}),
      };
    }),
    // A self link lets feed readers and validators know the feed's own address.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${settings.locale.toLowerCase()}</language><atom:link href="${absoluteUrl(href('rss.xml'), site)}" rel="self" type="application/rss+xml"/>`,
  });
}
