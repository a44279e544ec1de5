/**
 * The people index's data, read once per build for the top page and every letter page
 * (src/pages/figures/): who is named in the briefings, who of them has a page
 * (src/lib/figure-pages.ts), grouped and paged by src/lib/people-index.ts.
 */
import { getCollection } from 'astro:content';
import { allBriefings, briefingsByReference, type BriefingEntry } from './briefings';
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

/** The index of each list of briefings: one per build, since a build reads the list once (allBriefings). */
const indexes = new WeakMap<BriefingEntry[], Promise<PeopleIndex<IndexedPerson>>>();

/**
 * The people index, its initials and their people; computed once per list of briefings, so once
 * per build and afresh whenever the dev server reads the briefings afresh.
 */
export async function peopleIndexOfSite(): Promise<PeopleIndex<IndexedPerson>> {
  const all = await allBriefings();
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = indexOf(all)));
  return index;
}

async function indexOf(all: BriefingEntry[]): Promise<PeopleIndex<IndexedPerson>> {
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
}
