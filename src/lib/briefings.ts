/** Queries over the briefings collection shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { placedOn } from './dates';
import { groupStories, type Story } from './stories';
import { readRevisions, type Revision } from './revisions';
import { contentDir } from './config';
import { basename, join } from 'node:path';

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

/** A briefing's story, and every story, computed once per list of briefings. */
export interface Stories {
  all: Story<BriefingEntry>[];
  bySlug: Map<string, Story<BriefingEntry>>;
}

const stories = new WeakMap<BriefingEntry[], Stories>();

/** The story threads among `all` (see src/lib/stories.ts), grouped once however many pages ask. */
export function storiesOf(all: BriefingEntry[]): Stories {
  let known = stories.get(all);
  if (!known) {
    const grouped = groupStories(all.map((entry) => ({ ...entry.data, date: placedOn(entry.data), entry }))).map((s) => ({ id: s.id, briefings: s.briefings.map((b) => b.entry) }));
    known = { all: grouped, bySlug: new Map(grouped.flatMap((s) => s.briefings.map((b) => [b.data.slug, s] as const))) };
    stories.set(all, known);
  }
  return known;
}

const revisions = new WeakMap<BriefingEntry[], Map<string, Revision>>();

/**
 * Corrections since first publication, by briefing slug, read once per build from git history
 * (see src/lib/revisions.ts).
 */
export function revisionsOf(all: BriefingEntry[]): Map<string, Revision> {
  let known = revisions.get(all);
  if (!known) {
    const byFile = new Map(all.map((b) => [basename(b.filePath ?? `${b.data.slug}.md`), b]));
    const found = readRevisions(join(contentDir, 'briefings'), (file) => byFile.get(file)?.data);
    known = new Map([...found].map(([file, r]) => [byFile.get(file)!.data.slug, r]));
    revisions.set(all, known);
  }
  return known;
}
