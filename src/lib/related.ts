/**
 * Related briefings: other briefings that name the same people. Scored by how many people they
 * share, newest first among equals, so the list is deterministic.
 *
 * The work per briefing is bounded whatever the archive's size: each person's briefings are
 * looked up in an inverted index (person → positions in the list), and for a person named in
 * more than `POSTINGS_PER_PERSON` briefings only that many, the nearest to the one being read in
 * the list's order (by date on the site), are examined. A head of state in 10,000 briefings would
 * otherwise make every page of theirs scan all 10,000, and the site quadratic.
 */
import type { Briefing } from '../schema/briefing';
import { placedOn } from './dates';

type WithData = { data: Pick<Briefing, 'slug' | 'title' | 'date' | 'firstBriefed' | 'figures'> };

/**
 * How many of one person's briefings are examined for one target. Large enough that anyone in a
 * few dozen briefings is scanned in full; small enough that a prolific person costs a constant.
 */
export const POSTINGS_PER_PERSON = 200;

interface PeopleIndex {
  /** Person id → positions in the list of the briefings naming them, ascending. */
  postings: Map<string, number[]>;
  /** Briefing → its position in the list. */
  position: Map<WithData, number>;
}

// One index per list, built once however many pages ask for it.
const indexes = new WeakMap<readonly WithData[], PeopleIndex>();

function peopleIndex(all: readonly WithData[]): PeopleIndex {
  let index = indexes.get(all);
  if (!index) {
    index = { postings: new Map(), position: new Map() };
    all.forEach((b, i) => {
      index!.position.set(b, i);
      for (const id of new Set(b.data.figures.map((f) => f.id))) {
        const list = index!.postings.get(id);
        if (list) list.push(i);
        else index!.postings.set(id, [i]);
      }
    });
    indexes.set(all, index);
  }
  return index;
}

/** The first index in ascending `list` whose value is ≥ `value`. */
function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** At most `cap` postings of `list`, those nearest to position `at`. */
function nearest(list: number[], at: number, cap: number): number[] {
  if (list.length <= cap) return list;
  const start = Math.min(Math.max(0, lowerBound(list, at) - (cap >> 1)), list.length - cap);
  return list.slice(start, start + cap);
}

/** A related briefing and the people it shares with the one being read. */
export interface Related<T> {
  briefing: T;
  shared: string[];
}

/** Up to `limit` briefings sharing people with `target`, most shared first, then newest. */
export function relatedBriefings<T extends WithData>(target: T, all: readonly T[], limit = 4, cap = POSTINGS_PER_PERSON): Related<T>[] {
  const { postings, position } = peopleIndex(all);
  const at = position.get(target) ?? 0;
  const found = new Map<number, string[]>();
  for (const f of target.data.figures) {
    for (const i of nearest(postings.get(f.id) ?? [], at, cap)) {
      if (all[i]!.data.slug === target.data.slug) continue;
      const names = found.get(i) ?? [];
      if (!names.includes(f.name)) names.push(f.name);
      found.set(i, names);
    }
  }
  // Only the best few are kept, so rank with cheap keys rather than sorting every candidate.
  const ranked = [...found].map(([i, shared]) => ({ briefing: all[i]!, shared, date: placedOn(all[i]!.data) ?? '' }));
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
