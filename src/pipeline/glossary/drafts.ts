/**
 * Draft glossary entries for acronyms an article defines and the collection lacks. A draft is
 * marked `draft: true` so editors can find, rewrite and approve it; the brief command writes it
 * once and never overwrites an existing file.
 */
import type { GlossaryEntry } from '../../schema/glossary.ts';
import { slugify } from '../slug.ts';
import type { DefinedAcronym } from './acronyms.ts';
import { foldAccents } from '../../lib/fold.ts';

/** A glossary entry together with its id (its file name). */
export interface GlossaryRecord extends GlossaryEntry {
  id: string;
}

/** Lower-case words only, for comparing a long form with an entry's wording. */
export const normalise = (s: string) =>
  foldAccents(s)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Does an entry mean what the article says the acronym stands for? */
export function agreesWith(entry: GlossaryEntry, acronym: DefinedAcronym): boolean {
  const long = normalise(acronym.long);
  return [entry.term, ...entry.aliases].some((f) => normalise(f) === long) || normalise(entry.definition).includes(long);
}

/** The entries that spell this acronym exactly, as term or alias. */
export function entriesFor(short: string, entries: GlossaryRecord[]): GlossaryRecord[] {
  return entries.filter((e) => e.term === short || e.aliases.includes(short));
}

/** A draft entry for an acronym; its id avoids every id in `taken`. */
export function draftEntry(acronym: DefinedAcronym, taken: Set<string>): GlossaryRecord {
  let id = slugify(acronym.short) || 'term';
  if (taken.has(id)) id = slugify(`${acronym.short} ${acronym.long}`);
  for (let n = 2; taken.has(id); n++) id = `${slugify(`${acronym.short} ${acronym.long}`)}-${n}`;
  return {
    id,
    term: acronym.short,
    definition: `Short for ${acronym.long}.`,
    aliases: [acronym.long],
    kind: 'other',
    draft: true,
    caseSensitive: true,
  };
}
