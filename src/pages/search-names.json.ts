/**
 * The name index for forgiving search (see src/lib/name-match.ts): the words of every person's
 * name and of their profile's aliases, loaded by the search UI on a reader's first query.
 */
import { getCollection } from 'astro:content';
import { buildNameIndex } from '../lib/name-match';

export async function GET() {
  const people = (await getCollection('figures')).map((f) => ({ name: f.data.name, aliases: f.data.aliases }));
  return new Response(JSON.stringify(buildNameIndex(people)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
