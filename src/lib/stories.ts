/**
 * Story threads: briefings about the same developing story, grouped so a reader can follow it.
 *
 * Two briefings are linked when they were published within `windowDays` of each other and share
 * enough of what they are about (see `linkScore`): a person central to both, or a person and the
 * terms around them. A story is a connected group of linked briefings (two or more). Linking
 * goes through an inverted index (person or term → briefings in date order) and only looks inside
 * the time window, so the cost grows with the archive, not with its square; a person in very many
 * briefings inside one window (a head of state) counts only when something else is shared too, so
 * such a name does not chain unrelated stories together.
 */

/** What grouping needs of a briefing. */
export interface StoryInput {
  slug: string;
  title: string;
  /** YYYY-MM-DD; undated briefings join no story. */
  date?: string;
  figures: { id: string; name: string; mentions?: number }[];
  glossary: { id: string }[];
}

/** Grouping settings. */
export interface StoryOptions {
  /** Days between two briefings that can still be the same story. */
  windowDays: number;
  /** People counted as central: the first N of a briefing's figures (they come most important first). */
  centralPeople: number;
  /** A name in more briefings than this inside the window counts only as support, not as a link. */
  commonName: number;
}

export const defaultStoryOptions: StoryOptions = { windowDays: 21, centralPeople: 3, commonName: 12 };

/** A story: its briefings oldest first, and an id derived from the first one. */
export interface Story<T> {
  id: string;
  briefings: T[];
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/** The people a briefing is mainly about. */
export function centralPeople(b: StoryInput, n = defaultStoryOptions.centralPeople): string[] {
  return b.figures.slice(0, n).map((f) => f.id);
}

/**
 * How strongly two briefings are about the same thing: 2 for each person central to both (1 when
 * that person is common in the window), 1 for each shared term, capped at 2 from terms so that
 * general terms ("UN", "police") never link on their own. A score of 2 or more links them.
 */
export function linkScore(a: StoryInput, b: StoryInput, isCommon: (id: string) => boolean = () => false, opts = defaultStoryOptions): number {
  const bPeople = new Set(centralPeople(b, opts.centralPeople));
  let people = 0;
  let sharedCommon = 0;
  for (const id of centralPeople(a, opts.centralPeople)) {
    if (!bPeople.has(id)) continue;
    if (isCommon(id)) sharedCommon++;
    else people += 2;
  }
  const bTerms = new Set(b.glossary.map((g) => g.id));
  const terms = Math.min(2, a.glossary.filter((g) => bTerms.has(g.id)).length);
  // A common name links only together with a second shared person or a shared term.
  const common = sharedCommon > 0 && (people > 0 || sharedCommon > 1 || terms > 0) ? sharedCommon : 0;
  return people + common + (people + common > 0 ? terms : 0);
}

/** Group briefings into stories of two or more, newest story first. */
export function groupStories<T extends StoryInput>(all: readonly T[], opts: StoryOptions = defaultStoryOptions): Story<T>[] {
  const dated = all.filter((b) => b.date && !Number.isNaN(dayOf(b.date!)));
  const order = [...dated].sort((a, b) => a.date!.localeCompare(b.date!) || a.slug.localeCompare(b.slug));
  const day = order.map((b) => dayOf(b.date!));

  // Person → positions of the briefings where they are central, in date order.
  const postings = new Map<string, number[]>();
  order.forEach((b, i) => {
    for (const id of centralPeople(b, opts.centralPeople)) {
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  });

  const parent = order.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };

  for (const [id, list] of postings) {
    // Each posting is compared with the later postings inside the window only. A person is common
    // around a posting when more than `commonName` of their briefings fall within the window on
    // either side of it; then only the next few are compared, so the work stays linear.
    let start = 0;
    let end = 0;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      while (day[i]! - day[list[start]!]! > opts.windowDays) start++;
      end = Math.max(end, k + 1);
      while (end < list.length && day[list[end]!]! - day[i]! <= opts.windowDays) end++;
      const common = end - start > opts.commonName;
      const isCommon = (pid: string) => common && pid === id;
      const last = common ? Math.min(end, k + 1 + opts.commonName) : end;
      for (let m = k + 1; m < last; m++) {
        const j = list[m]!;
        if (find(i) === find(j)) continue;
        if (linkScore(order[i]!, order[j]!, isCommon, opts) >= 2) union(i, j);
      }
    }
  }

  const groups = new Map<number, T[]>();
  order.forEach((b, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(b);
    else groups.set(root, [b]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((briefings) => ({ id: briefings[0]!.slug, briefings }))
    .sort((a, b) => b.briefings.at(-1)!.date!.localeCompare(a.briefings.at(-1)!.date!) || a.id.localeCompare(b.id));
}

/** What a briefing adds to its story: the people it brings in that earlier briefings did not name. */
export interface StoryStep<T> {
  briefing: T;
  newPeople: { id: string; name: string }[];
}

/** The story as a timeline of steps, each with the people new to the story at that step. */
export function storyTimeline<T>(story: Story<T>, data: (b: T) => StoryInput = (b) => b as StoryInput): StoryStep<T>[] {
  const seen = new Set<string>();
  return story.briefings.map((briefing, i) => {
    const { figures } = data(briefing);
    const newPeople = figures.filter((f) => !seen.has(f.id)).map(({ id, name }) => ({ id, name }));
    for (const f of figures) seen.add(f.id);
    return { briefing, newPeople: i === 0 ? [] : newPeople };
  });
}

/** The people across a story, most briefings first, then by name. */
export function storyPeople<T>(story: Story<T>, data: (b: T) => StoryInput = (b) => b as StoryInput): { id: string; name: string; count: number }[] {
  const people = new Map<string, { id: string; name: string; count: number }>();
  for (const b of story.briefings)
    for (const f of data(b).figures) {
      const p = people.get(f.id) ?? { id: f.id, name: f.name, count: 0 };
      p.count++;
      people.set(f.id, p);
    }
  return [...people.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
