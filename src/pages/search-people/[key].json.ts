/**
 * The people type-ahead's files, one per two-letter prefix (src/lib/person-index.ts): fetched by
 * the search UI only as a reader types in its people box.
 */
import type { GetStaticPaths } from 'astro';
import { allBriefings } from '../../lib/briefings';
import { personIndexOf, type PersonEntry } from '../../lib/person-index';
import { cacheKeyOf } from '../../lib/cache-key';

export const getStaticPaths = (async () => {
  const all = await allBriefings();
  const files = personIndexOf(all);
  // The file is its list of people, so the list is its key: an incremental build keeps an unchanged file.
  return [...files].map(([key, people]) => ({ params: { key }, props: { people }, cacheKey: cacheKeyOf(people) }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { people: PersonEntry[] } }) {
  return new Response(JSON.stringify(props.people), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
