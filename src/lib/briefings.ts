/** Queries over the briefings collection shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type BriefingEntry = CollectionEntry<'briefings'>;

/** Newest first; undated briefings last; ties broken by title so the order is stable. */
export function byNewest(a: BriefingEntry, b: BriefingEntry): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  return db.localeCompare(da) || a.data.title.localeCompare(b.data.title);
}

/** All briefings, newest first. */
export async function allBriefings(): Promise<BriefingEntry[]> {
  return (await getCollection('briefings')).sort(byNewest);
}
