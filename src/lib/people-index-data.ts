/**
 * The people index's data, read once per build for the top page and every letter page
 * (src/pages/figures/): who is named in the briefings, who of them has a page
 * (src/lib/figure-pages.ts), grouped and paged by src/lib/people-index.ts.
 */
import { getCollection } from 'astro:content';
import { allBriefings, briefingsByReference } from './briefings';
import { figurePagesOf } from './figure-pages';
import { peopleIndex, type PeopleIndex } from './people-index';

/** A person as the index shows them. */
export interface IndexedPerson {
  id: string;
  name: string;
  role: string;
  /** Briefings that name them. */
  count: number;
}

let memo: Promise<PeopleIndex<IndexedPerson>> | undefined;

/** The people index, its initials and their people; computed once per build (afresh in dev). */
export function peopleIndexOfSite(): Promise<PeopleIndex<IndexedPerson>> {
  const read = async () => {
    const all = await allBriefings();
    const { figures: byFigure } = briefingsByReference(all);
    const withPage = figurePagesOf(all);
    // A profile no briefing names (the person was dropped from every briefing) has nothing to show.
    const named = (await getCollection('figures'))
      .map((f) => ({ id: f.id, name: f.data.name, role: f.data.role ?? '', count: byFigure.get(f.id)?.length ?? 0 }))
      .filter((f) => f.count > 0);
    return peopleIndex(
      named.filter((f) => withPage.has(f.id)),
      named.filter((f) => !withPage.has(f.id)),
      (f) => f.name,
    );
  };
  if (!import.meta.env.PROD) return read();
  return (memo ??= read());
}
