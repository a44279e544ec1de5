/**
 * Corrections readers can see: for each briefing an editor changed after it was published, what
 * changed (in words) and when, read from the repository's git history at build time.
 *
 * A correction is an editor's change: the file no longer matches the hash the brief command
 * recorded when it wrote it. What changed is told against the last version the brief command
 * wrote (a re-brief by a newer pipeline is not a correction), or against the first published
 * version for a briefing an editor wrote by hand. One `git log` over the briefings folder lists
 * the commits of every file; only edited files with two or more commits are looked at further,
 * so the cost follows the number of corrected briefings. Without git, or in a shallow clone
 * (GitHub's checkout fetches one commit unless told `fetch-depth: 0`), no page shows a correction.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { readPlainText } from '../pipeline/read-source.ts';
import { isUntouched, parseMarkdown } from '../pipeline/frontmatter.ts';

/** The reader-visible fields of a briefing that a correction can change. */
export interface VisibleBriefing {
  title?: string;
  summary?: string;
  keyPoints?: string[];
  figures?: { id?: string; name?: string; role?: string; quotes?: string[] }[];
  unattributedQuotes?: { text?: string }[];
  glossary?: { id?: string; term?: string; definition?: string }[];
}

/** A briefing's correction: the date of the last change and what changed since first published. */
export interface Revision {
  /** YYYY-MM-DD of the latest commit that changed the file. */
  date: string;
  /** Each change in words, e.g. `Ana Duarte's role: "councillor" → "mayor"`. */
  changes: string[];
}

const quoted = (s: string | undefined) => (s ? `“${s}”` : 'nothing');

/** What changed between two versions of a briefing, in words; empty when nothing a reader sees did. */
export function describeChanges(before: VisibleBriefing, after: VisibleBriefing): string[] {
  const out: string[] = [];
  if ((before.title ?? '') !== (after.title ?? '')) out.push(`Headline: ${quoted(before.title)} → ${quoted(after.title)}`);
  if ((before.summary ?? '') !== (after.summary ?? '')) out.push(`Summary: ${quoted(before.summary)} → ${quoted(after.summary)}`);
  const oldPoints = before.keyPoints ?? [];
  const newPoints = after.keyPoints ?? [];
  for (let i = 0; i < Math.max(oldPoints.length, newPoints.length); i++) {
    if (oldPoints[i] !== newPoints[i]) out.push(`Key point ${i + 1}: ${quoted(oldPoints[i])} → ${quoted(newPoints[i])}`);
  }
  const key = (f: { id?: string; name?: string }) => f.id ?? f.name ?? '';
  const oldPeople = new Map((before.figures ?? []).map((f) => [key(f), f]));
  const newPeople = new Map((after.figures ?? []).map((f) => [key(f), f]));
  for (const [id, f] of oldPeople) if (!newPeople.has(id)) out.push(`Removed ${f.name ?? id} from the people in the story`);
  for (const [id, f] of newPeople) {
    const was = oldPeople.get(id);
    const name = f.name ?? id;
    if (!was) {
      out.push(`Added ${name}${f.role ? ` (${f.role})` : ''} to the people in the story`);
      continue;
    }
    if ((was.name ?? '') !== (f.name ?? '')) out.push(`Name: ${quoted(was.name)} → ${quoted(f.name)}`);
    if ((was.role ?? '') !== (f.role ?? '')) out.push(`${name}'s role: ${quoted(was.role)} → ${quoted(f.role)}`);
    const oldQuotes = new Set(was.quotes ?? []);
    const newQuotes = new Set(f.quotes ?? []);
    for (const q of oldQuotes) if (!newQuotes.has(q)) out.push(`Removed a quote from ${name}: ${quoted(q)}`);
    for (const q of newQuotes) if (!oldQuotes.has(q)) out.push(`Added a quote from ${name}: ${quoted(q)}`);
  }
  // A quote taken out of the unattributed list was either given to its speaker (told above, as a
  // quote added to that person) or withdrawn.
  const givenTo = new Set((after.figures ?? []).flatMap((f) => f.quotes ?? []));
  const stillLoose = new Set((after.unattributedQuotes ?? []).map((q) => q.text));
  for (const q of before.unattributedQuotes ?? []) {
    if (q.text && !stillLoose.has(q.text) && !givenTo.has(q.text)) out.push(`Removed a quote with no stated speaker: ${quoted(q.text)}`);
  }
  const oldTerms = new Map((before.glossary ?? []).map((g) => [g.id ?? g.term ?? '', g]));
  for (const g of after.glossary ?? []) {
    const was = oldTerms.get(g.id ?? g.term ?? '');
    if (was && (was.definition ?? '') !== (g.definition ?? '')) out.push(`Definition of ${g.term ?? g.id}: ${quoted(was.definition)} → ${quoted(g.definition)}`);
  }
  return out;
}

/** Run git in `cwd`; undefined when git is missing or the folder is not in a repository. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The hash the brief command recorded in a briefing's text, if any. */
function recordedHash(data: Record<string, unknown>): string | undefined {
  const g = data.generator as { contentHash?: unknown } | undefined;
  return typeof g?.contentHash === 'string' ? g.contentHash : undefined;
}

/** A file's text parsed, or undefined when it cannot be. */
function parsed(text: string): Record<string, unknown> | undefined {
  try {
    return parseMarkdown(text).data;
  } catch {
    return undefined;
  }
}

/**
 * Every corrected briefing in `briefingsDir`, keyed by file name (`slug.md`). `current` gives a
 * file's data as the site reads it now.
 */
export function readRevisions(briefingsDir: string, current: (file: string) => VisibleBriefing | undefined): Map<string, Revision> {
  const dir = resolve(briefingsDir);
  const revisions = new Map<string, Revision>();
  const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return revisions;
  const log = git(dir, ['log', '--format=%x00%H %cs', '--name-only', '--no-renames', '--', '.']);
  if (!log) return revisions;
  // Newest commit first, so each file's list runs from its last change back to its publication.
  const history = new Map<string, { hash: string; date: string }[]>();
  for (const entry of log.split('\0').slice(1)) {
    const [head, ...files] = entry.split('\n').filter(Boolean);
    const [hash, date] = head!.split(' ');
    for (const path of files) {
      const list = history.get(path);
      if (list) list.push({ hash: hash!, date: date! });
      else history.set(path, [{ hash: hash!, date: date! }]);
    }
  }
  const prefix = relative(top, dir).replace(/\\/g, '/');
  for (const [path, commits] of history) {
    if (commits.length < 2 || !path.endsWith('.md')) continue;
    const file = prefix ? path.slice(prefix.length + 1) : path;
    const now = current(file);
    // Only a plain file: a link is never followed (the content check refuses it).
    const text = readPlainText(dir, file);
    const data = text === undefined ? undefined : parsed(text);
    // Exactly as the brief command wrote it: a re-brief, not a correction.
    if (!now || text === undefined || !data || isUntouched(text, recordedHash(data))) continue;
    // The last version the brief command wrote, else the first published one.
    let before: Record<string, unknown> | undefined;
    for (const { hash } of commits.slice(1)) {
      const old = git(top, ['show', `${hash}:${path}`]);
      const oldData = old === undefined ? undefined : parsed(old);
      if (!oldData) continue;
      before = oldData;
      if (isUntouched(old!, recordedHash(oldData))) break;
    }
    const changes = before ? describeChanges(before as VisibleBriefing, now) : [];
    if (changes.length) revisions.set(file, { date: commits[0]!.date, changes });
  }
  return revisions;
}
