/**
 * The name index for forgiving search (see src/lib/name-match.ts): the words of every person's
 * name and of their profile's aliases, loaded by the search UI on a reader's first query; with
 * the keys of the people type-ahead's files (src/pages/search-people/), so the search asks only
 * for files that exist.
 */
import { getCollection } from 'astro:content';
import { buildNameIndex } from '../lib/name-match';
import { allBriefings } from '../lib/briefings';
import { personIndexOf } from '../lib/person-index';

export async function GET() {
  const people = (await getCollection('figures')).map((f) => ({ name: f.data.name, aliases: f.data.aliases }));
  const keys = [...personIndexOf(await allBriefings()).keys()].sort();
  return new Response(JSON.stringify({ ...buildNameIndex(people), people: keys }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
