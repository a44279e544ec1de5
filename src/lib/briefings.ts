/** Queries over the briefings collection shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { placedOn } from './dates';

export type BriefingEntry = CollectionEntry<'briefings'>;

/**
 * Newest first, by the source's date or else the day the briefing was first briefed; briefings
 * with neither last; ties broken by title so the order is stable.
 */
export function byNewest(a: BriefingEntry, b: BriefingEntry): number {
  const da = placedOn(a.data) ?? '';
  const db = placedOn(b.data) ?? '';
  return db.localeCompare(da) || a.data.title.localeCompare(b.data.title);
}

let all: Promise<BriefingEntry[]> | undefined;

/**
 * All briefings, newest first. A build reads the collection once: every list and index page asks
 * for it, and materialising thousands of entries each time cost seconds per thousand briefings.
 * The dev server reads it afresh, so edits show at once.
 */
export function allBriefings(): Promise<BriefingEntry[]> {
  const read = () => getCollection('briefings').then((entries) => entries.sort(byNewest));
  if (!import.meta.env.PROD) return read();
  return (all ??= read());
}

/** Briefings by the people and terms they reference. */
export interface References {
  figures: Map<string, BriefingEntry[]>;
  terms: Map<string, BriefingEntry[]>;
}

/** The index of each list of briefings, built once however many pages ask for it. */
const references = new WeakMap<BriefingEntry[], References>();

/**
 * Briefings per figure id and per glossary id, newest first, built in one pass so that figure and
 * glossary pages of a large site do not each scan every briefing.
 */
export function briefingsByReference(all: BriefingEntry[]): References {
  const known = references.get(all);
  if (known) return known;
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
  references.set(all, { figures, terms });
  return { figures, terms };
}
