/**
 * Stage: the terms a reader may not know. Entries of the glossary collection that occur in the
 * article are attached with their definitions.
 * (First version: exact matching; issue #5 adds acronym detection and draft entries.)
 */
import type { Article } from '../article.js';
import type { GlossaryEntry } from '../../schema/glossary.js';
import type { GlossaryRef } from '../../schema/briefing.js';

/** A glossary entry together with its id (its file name). */
export interface GlossaryRecord extends GlossaryEntry {
  id: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The glossary entries whose term or an alias appears in the article, in order of first appearance. */
export function matchGlossary(article: Article, entries: GlossaryRecord[]): GlossaryRef[] {
  const text = [article.title, ...article.paragraphs].join('\n');
  const found: { at: number; ref: GlossaryRef }[] = [];
  for (const e of entries) {
    let at = -1;
    for (const form of [e.term, ...e.aliases]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, e.caseSensitive ? 'u' : 'iu');
      const m = re.exec(text);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at >= 0) found.push({ at, ref: { id: e.id, term: e.term, definition: e.definition } });
  }
  return found.sort((a, b) => a.at - b.at || a.ref.id.localeCompare(b.ref.id)).map((f) => f.ref);
}
