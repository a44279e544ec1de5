/**
 * Stage: the terms a reader may not know. Entries of the glossary collection that occur in the
 * article (by term or alias) are attached with their definitions; acronyms the article defines
 * and the collection lacks become draft entries.
 */
import type { Article } from '../article.ts';
import type { GlossaryRef } from '../../schema/briefing.ts';
import type { DefinedAcronym } from './acronyms.ts';
import { agreesWith, draftEntry, entriesFor, type GlossaryRecord } from './drafts.ts';
import { findMentions, needsExactCase, type TermForm } from './mentions.ts';
import { isFunctionWord } from '../summary/text.ts';

export type { GlossaryRecord } from './drafts.ts';
export { detectAcronyms, type DefinedAcronym } from './acronyms.ts';

/** What the glossary stage found in one article. */
export interface GlossaryMatch {
  /** The briefing's glossary, in order of first mention. */
  refs: GlossaryRef[];
  /** New draft entries for acronyms the article defines (not yet in the collection). */
  drafts: GlossaryRecord[];
}

/**
 * Why a term or alias cannot be matched in articles, or undefined when it can: a form without
 * two letters or digits ("," or "-") or that is a function word ("the", "of") occurs in nearly
 * every article and would attach the entry to all of them.
 */
export function unusableForm(text: string, caseSensitive = false): string | undefined {
  if ((text.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return 'has fewer than two letters or digits';
  // An acronym matched with its exact case ("WHO", "US") is not the everyday word.
  const acronym = needsExactCase(text, caseSensitive) && text === text.toUpperCase() && text !== text.toLowerCase();
  if (!acronym && isFunctionWord(text.trim())) return 'is a common word that occurs in nearly every article';
  return undefined;
}

/** Every form under which an entry is matched, with its case rule; unusable forms are left out. */
export function formsOf(entry: GlossaryRecord): TermForm[] {
  return [entry.term, ...entry.aliases]
    .filter((text) => unusableForm(text, entry.caseSensitive) === undefined)
    .map((text) => ({ id: entry.id, text, caseSensitive: needsExactCase(text, entry.caseSensitive) }));
}

/** The text the stage searches: title, body blocks and the dateline's agency ("MOSCOW (AA)"). */
function searchText(article: Article): string {
  return [article.title, ...article.blocks.map((b) => b.text), article.dateline?.agency ?? ''].join('\n');
}

/**
 * Match the collection against an article. An acronym the article defines differently from the
 * collection's entry (the article's "AA" is not the collection's "AA") drops that entry for this
 * article and gets a draft of its own.
 */
export function matchGlossary(article: Article, entries: GlossaryRecord[], acronyms: DefinedAcronym[] = []): GlossaryMatch {
  const excluded = new Set<string>();
  const drafts: GlossaryRecord[] = [];
  const taken = new Set(entries.map((e) => e.id));
  for (const a of acronyms) {
    const same = entriesFor(a.short, entries);
    if (same.some((e) => agreesWith(e, a))) continue;
    // The collection may hold the long form under its own name ("Internet Explorer"): no draft.
    if (same.length === 0 && entries.some((e) => agreesWith({ ...e, definition: '' }, a))) continue;
    for (const e of same) excluded.add(e.id);
    const draft = draftEntry(a, taken);
    taken.add(draft.id);
    drafts.push(draft);
  }
  const usable = [...entries.filter((e) => !excluded.has(e.id)), ...drafts];
  const byId = new Map(usable.map((e) => [e.id, e]));
  const refs: GlossaryRef[] = [];
  const seen = new Set<string>();
  for (const m of findMentions(searchText(article), usable.flatMap(formsOf))) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const e = byId.get(m.id)!;
    refs.push({ id: e.id, term: e.term, definition: e.definition });
  }
  return { refs, drafts: drafts.filter((d) => seen.has(d.id)) };
}
