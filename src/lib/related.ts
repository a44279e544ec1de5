/**
 * Related briefings: other briefings that name the same people. Scored by how many people they
 * share, newest first among equals, so the list is deterministic.
 */
import type { Briefing } from '../schema/briefing';
import { placedOn } from './dates';

type WithData = { data: Pick<Briefing, 'slug' | 'title' | 'date' | 'firstBriefed' | 'figures'> };

// One person → briefings index per list, so a site of thousands of briefings does not compare
// every briefing with every other.
const indexes = new WeakMap<readonly WithData[], Map<string, WithData[]>>();

function peopleIndex<T extends WithData>(all: readonly T[]): Map<string, T[]> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map();
    for (const b of all) {
      for (const id of new Set(b.data.figures.map((f) => f.id))) {
        const list = index.get(id);
        if (list) list.push(b);
        else index.set(id, [b]);
      }
    }
    indexes.set(all, index);
  }
  return index as Map<string, T[]>;
}

/** A related briefing and the people it shares with the one being read. */
export interface Related<T> {
  briefing: T;
  shared: string[];
}

/** Up to `limit` briefings sharing people with `target`, most shared first, then newest. */
export function relatedBriefings<T extends WithData>(target: T, all: readonly T[], limit = 4): Related<T>[] {
  const index = peopleIndex(all);
  const found = new Map<T, string[]>();
  for (const f of target.data.figures) {
    for (const other of index.get(f.id) ?? []) {
      if (other.data.slug === target.data.slug) continue;
      const names = found.get(other) ?? [];
      if (!names.includes(f.name)) names.push(f.name);
      found.set(other, names);
    }
  }
  // Only the best few are kept, so rank with cheap keys rather than sorting every candidate.
  const ranked = [...found].map(([briefing, shared]) => ({ briefing, shared, date: placedOn(briefing.data) ?? '' }));
  const better = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    b.shared.length - a.shared.length || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.briefing.data.title < b.briefing.data.title ? -1 : a.briefing.data.title > b.briefing.data.title ? 1 : 0);
  const top: typeof ranked = [];
  for (const r of ranked) {
    if (top.length === limit && better(r, top[limit - 1]!) >= 0) continue;
    top.push(r);
    top.sort(better);
    if (top.length > limit) top.pop();
  }
  return top.map(({ briefing, shared }) => ({ briefing, shared }));
}
