/**
 * Values of the search's "places and organisations" filter for one briefing. The page already
 * offers its dateline's place and its glossary terms of a place or organisation kind; to these
 * the briefing's `places` (found by the brief command, src/pipeline/places/) add the ones not
 * already offered under another way of writing them (the glossary's "EU" is the places stage's
 * "European Union").
 */
import { lookUpPlace } from '../pipeline/places/gazetteer.ts';

/** One name's key: the gazetteer's name for it when it knows the name, else the name itself. */
const keyOf = (name: string) => (lookUpPlace(name)?.name ?? name).toLowerCase();

/**
 * The `places` names that the page does not already offer as filter values.
 * @param places the briefing's places, most mentioned first
 * @param offered the filter values the page gives otherwise (dateline place, glossary terms)
 */
export function extraPlaceFilters(places: { name: string }[], offered: string[]): string[] {
  const seen = new Set(offered.map(keyOf));
  const out: string[] = [];
  for (const p of places) {
    const key = keyOf(p.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p.name);
  }
  return out;
}
