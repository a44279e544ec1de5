/**
 * Documents that share a title, made distinguishable for the scorer.
 *
 * The scorer (`corpora/eval/score.mjs`, vendored from the shared evaluation kit and kept as it is)
 * matches each gold document to a briefing by title. When two documents of a corpus have the same
 * title (GUM has two sections called "Understand" and two called "Introduction"), both are scored
 * against whichever of the two briefings it read last, so one document is scored against another's
 * people and summary. Before scoring, these helpers give each such document a title of its own
 * (its title followed by its file name in brackets) in scratch copies of the gold and of the
 * briefings or articles; the pipeline itself never sees the changed title, so nothing it writes
 * depends on this.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';

/** A gold file's documents, keyed by file name without extension (only the title is read here). */
type GoldDocs = Record<string, { title?: string; [k: string]: unknown }>;

/** A title as the scorer compares it: accents off, lower case, runs of other characters as one space. */
export function scorerTitleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The keys of the gold documents whose title, as the scorer compares titles, another document also has. */
export function sharedTitleIds(gold: GoldDocs): Set<string> {
  const byTitle = new Map<string, string[]>();
  for (const [id, doc] of Object.entries(gold)) {
    const key = scorerTitleKey(doc.title ?? '');
    byTitle.set(key, [...(byTitle.get(key) ?? []), id]);
  }
  return new Set([...byTitle.values()].filter((ids) => ids.length > 1).flat());
}

/** The title a document of a shared title is scored under: its own title and its file name. */
export function ownTitle(title: string, id: string): string {
  return `${title} [${id}]`;
}

/** The gold with every document of `ids` under its own title (a copy; the rest unchanged). */
export function retitleGold<G extends GoldDocs>(gold: G, ids: Set<string>): G {
  return Object.fromEntries(Object.entries(gold).map(([id, doc]) => [id, ids.has(id) ? { ...doc, title: ownTitle(doc.title ?? '', id) } : doc])) as G;
}

/**
 * Rewrite, in place, the Markdown files of a scratch folder that belong to documents of `ids`,
 * giving each its own title. `idOf` says which document a file belongs to: a briefing by the
 * source file in its frontmatter, an article copy by its own file name.
 * @returns how many files were rewritten.
 */
export function retitleFolder(dir: string, ids: Set<string>, idOf: (file: string, data: Record<string, unknown>) => string): number {
  if (!ids.size) return 0;
  let rewritten = 0;
  for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f))) {
    const path = join(dir, file);
    const page = matter(readFileSync(path, 'utf8'));
    const id = idOf(file, page.data);
    if (!ids.has(id) || typeof page.data.title !== 'string') continue;
    writeFileSync(path, matter.stringify(page.content, { ...page.data, title: ownTitle(page.data.title, id) }));
    rewritten++;
  }
  return rewritten;
}

/** Which document a briefing belongs to: the source file named in its frontmatter, without extension. */
export function briefingDocId(_file: string, data: Record<string, unknown>): string {
  const source = data.source as { file?: unknown } | undefined;
  return typeof source?.file === 'string' ? basename(source.file).replace(/\.(md|txt)$/i, '') : '';
}

/** Which document an article copy belongs to: its file name without extension. */
export function articleDocId(file: string): string {
  return file.replace(/\.(md|txt)$/i, '');
}
