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

/**
 * Briefings per figure id and per glossary id, newest first, built in one pass so that figure and
 * glossary pages of a large site do not each scan every briefing.
 */
export function briefingsByReference(all: BriefingEntry[]): { figures: Map<string, BriefingEntry[]>; terms: Map<string, BriefingEntry[]> } {
  const figures = new Map<string, BriefingEntry[]>();
  const terms = new Map<string, BriefingEntry[]>();
  const add = (map: Map<string, BriefingEntry[]>, id: string, b: BriefingEntry) => {
    const list = map.get(id);
    if (!list) map.set(id, [b]);
    else if (list.at(-1) !== b) list.push(b);
  };
  for (const b of all) {
    for (const f of b.data.figures) add(figures, f.id, b);
    for (const g of b.data.glossary) add(terms, g.id, b);
  }
  return { figures, terms };
}
