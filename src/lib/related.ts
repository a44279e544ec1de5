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
 * How many of one person's briefings are examined for one target, the nearest to it in time.
 * Large enough that anyone in a few dozen briefings is scanned in full, and that for anyone in
 * more the four related briefings come from the same stretch of their coverage (two months of
 * daily stories); small enough that a prolific person costs a constant. It was 200: on the bench's
 * archive, whose people are each in about 200 briefings with 25 people a briefing, counting
 * took 1.5 s of every build at 10,000 briefings, a one-article rebuild's included.
 */
export const POSTINGS_PER_PERSON = 64;

interface PeopleIndex {
  /** Person id → positions in the list of the briefings naming them, ascending. */
  postings: Map<string, number[]>;
  /** Briefing → its position in the list. */
  position: Map<WithData, number>;
  /** Slug → position, for a target that is a copy of its entry rather than the entry itself. */
  bySlug: Map<string, number>;
  /**
   * Per position: its place in the order ties are broken in (newest first by placedOn, then by
   * title), computed once, so ranking compares two numbers rather than dates and titles as strings.
   */
  order: Int32Array;
  /** Per position: how many of the target's names it shares (zeroed again after each target). */
  shared: Uint32Array;
  /** Per position: the last name group that counted it, so a name counts once per candidate. */
  lastGroup: Int32Array;
}

// One index per list, built once however many pages ask for it.
const indexes = new WeakMap<readonly WithData[], PeopleIndex>();

function peopleIndex(all: readonly WithData[]): PeopleIndex {
  let index = indexes.get(all);
  if (!index) {
    index = { postings: new Map(), position: new Map(), bySlug: new Map(), order: new Int32Array(all.length), shared: new Uint32Array(all.length), lastGroup: new Int32Array(all.length).fill(-1) };
    const dates = all.map((b) => placedOn(b.data) ?? '');
    const byOrder = all.map((_, i) => i);
    byOrder.sort((a, b) => (dates[a]! < dates[b]! ? 1 : dates[a]! > dates[b]! ? -1 : 0) || (all[a]!.data.title < all[b]!.data.title ? -1 : all[a]!.data.title > all[b]!.data.title ? 1 : 0));
    byOrder.forEach((i, place) => (index!.order[i] = place));
    all.forEach((b, i) => {
      index!.position.set(b, i);
      if (!index!.bySlug.has(b.data.slug)) index!.bySlug.set(b.data.slug, i);
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

/** The bounds [start, end) of the at most `cap` postings of `list` nearest to position `at`. */
function nearest(list: number[], at: number, cap: number): [number, number] {
  if (list.length <= cap) return [0, list.length];
  const start = Math.min(Math.max(0, lowerBound(list, at) - (cap >> 1)), list.length - cap);
  return [start, start + cap];
}

/** A related briefing and the people it shares with the one being read. */
export interface Related<T> {
  briefing: T;
  shared: string[];
}

/**
 * Up to `limit` briefings sharing people with `target`, most shared first, then newest, then by
 * title. A shared person counts once per name (two entries of one name count as one); for a
 * person in more than `cap` briefings only the `cap` nearest count towards the ranking, but a
 * related briefing is listed with every name the two truly share.
 *
 * Candidates are counted in typed arrays kept with the index rather than in a map of name lists:
 * a generated archive of 50,000 briefings with 25 people each examines some 5,000 postings per
 * page, and the map made that minutes of a build; only the final few get their names listed.
 */
export function relatedBriefings<T extends WithData>(target: T, all: readonly T[], limit = 4, cap = POSTINGS_PER_PERSON): Related<T>[] {
  const index = peopleIndex(all);
  const { postings, position, bySlug, order, shared, lastGroup } = index;
  // Found by position, so the loop below never reads another briefing: at 50,000 briefings reading
  // each candidate's slug to skip the target cost more than all the counting.
  const at = position.get(target) ?? bySlug.get(target.data.slug) ?? -1;
  // The target's people grouped by name, in the order they are listed.
  const groups = new Map<string, string[]>();
  for (const f of target.data.figures) {
    const ids = groups.get(f.name);
    if (!ids) groups.set(f.name, [f.id]);
    else if (!ids.includes(f.id)) ids.push(f.id);
  }
  const touched: number[] = [];
  let group = 0;
  for (const ids of groups.values()) {
    for (const id of ids) {
      const list = postings.get(id);
      if (!list) continue;
      const [start, end] = nearest(list, Math.max(at, 0), cap);
      for (let k = start; k < end; k++) {
        const i = list[k]!;
        if (i === at || lastGroup[i] === group) continue;
        if (shared[i] === 0) touched.push(i);
        lastGroup[i] = group;
        shared[i]!++;
      }
    }
    group++;
  }
  // Most shared, then newest, then by title: keep the best `limit` without sorting every candidate.
  const better = (a: number, b: number) => shared[b]! - shared[a]! || order[a]! - order[b]!;
  const top: number[] = [];
  for (const i of touched) {
    if (top.length === limit && better(i, top[limit - 1]!) >= 0) continue;
    top.push(i);
    top.sort(better);
    if (top.length > limit) top.pop();
  }
  const result = top.map((i) => {
    const ids = new Set(all[i]!.data.figures.map((f) => f.id));
    const names = [...groups].filter(([, groupIds]) => groupIds.some((id) => ids.has(id))).map(([name]) => name);
    return { briefing: all[i]!, shared: names };
  });
  for (const i of touched) {
    shared[i] = 0;
    lastGroup[i] = -1;
  }
  return result;
}
