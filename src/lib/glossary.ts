/** Glossary look-ups shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type GlossaryEntry = CollectionEntry<'glossary'>;

let byId: Promise<Map<string, GlossaryEntry>> | undefined;

/** Every glossary entry by id, read once per build. */
export function glossaryById(): Promise<Map<string, GlossaryEntry>> {
  byId ??= getCollection('glossary').then((all) => new Map(all.map((e) => [e.id, e])));
  return byId;
}

/** Kinds of glossary entry that name a place or an organisation: the search's "place" filter. */
export const PLACE_OR_ORGANISATION = new Set(['place', 'organisation', 'agency']);
