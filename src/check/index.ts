/**
 * The content checker behind `npm run check`: every file of a content folder against its
 * schema, the links between them (people, glossary terms), slugs, and bodies — without a site
 * build, so an editor gets an answer in seconds.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { briefingSchema, type Briefing } from '../schema/briefing.ts';
import { figureProfileSchema } from '../schema/figure.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../schema/glossary.ts';
import { formsOf, unusableForm } from '../pipeline/glossary/index.ts';
import { checkBody } from './body-safety.ts';
import { IMAGES_FOLDER } from './body-images.ts';
import { folderEntries, folderProblems } from './folder-layout.ts';
import { describeIssue, fieldName } from './describe-issue.ts';
import type { CheckReport, Problem } from './problems.ts';
import { readEntry } from './read-entry.ts';
import { unknownFieldMessage } from './unknown-field.ts';
import { slugify } from '../pipeline/slug.ts';

export type { CheckReport, Problem } from './problems.ts';
export { formatReport } from './problems.ts';

const FOLDERS = {
  briefings: briefingSchema,
  figures: figureProfileSchema,
  glossary: glossaryEntrySchema,
} as const;
type Folder = keyof typeof FOLDERS;

/**
 * What the checks across files need of a briefing that passed its schema. Only ids and names are
 * kept: the checks of a briefing alone run as it is read, and a line is found by reading the file
 * again, since problems are rare and holding every briefing's fields and positions is not
 * affordable (over 4 GB at 50,000 briefings).
 */
interface CheckedBriefing {
  file: string;
  slug: string;
  sourceFile: string;
  figures: { id: string; name: string }[];
  glossary: { id: string; term: string }[];
  /** The line of a field or list item, e.g. `['figures', 2, 'id']`. */
  line: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * The line of a field, found by reading the file again. Made outside the loop that reads the
 * files: a closure made there would keep that loop's whole scope alive (the entry, its text).
 */
function lineFromFile(file: string): CheckedBriefing['line'] {
  return (path) => {
    const again = readEntry(readFileSync(file, 'utf8'));
    return again.ok ? again.lineAt(path) : undefined;
  };
}

/** Lowercase letters, digits and single hyphens: what ids and slugs (and so file names) look like. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Check a content folder (the one holding `briefings/`, `figures/`, `glossary/`). */
export function checkContent(contentDir: string): CheckReport {
  const problems: Problem[] = [];
  const display = (file: string) => relative(join(contentDir, '..'), file) || file;
  const ids: Record<Folder, Set<string>> = { briefings: new Set(), figures: new Set(), glossary: new Set() };
  const briefings: CheckedBriefing[] = [];
  const named = new Set<string>();
  const terms: { file: string; entry: GlossaryEntry }[] = [];
  let files = 0;
  // A briefing that cannot be read names nobody we can see: warning that its people's profiles are
  // unused would tell the editor to delete files that are in use.
  let unreadableBriefings = 0;

  const layout = folderProblems(contentDir);
  for (const p of layout) problems.push({ file: display(p.path), severity: p.severity, message: p.message });
  if (layout.some((p) => p.severity === 'error')) return { files: 0, problems };

  for (const p of folderEntries(contentDir, IMAGES_FOLDER).problems) problems.push({ file: display(p.path), severity: p.severity, message: p.message });
  for (const folder of Object.keys(FOLDERS) as Folder[]) {
    const entries = folderEntries(contentDir, folder);
    for (const p of entries.problems) problems.push({ file: display(p.path), severity: p.severity, message: p.message });
    for (const file of entries.files) {
      const name = basename(file);
      const shown = display(file);
      const add = (p: Omit<Problem, 'file'>) => problems.push({ file: shown, ...p });
      files++;
      const id = name.slice(0, -3);
      ids[folder].add(id);
      if (!SLUG.test(id)) {
        add({ severity: 'error', message: `the file name must be lowercase letters, digits and hyphens (e.g. "${suggestSlug(id)}.md")` });
      }
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        add({ severity: 'error', message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
        continue;
      }
      const entry = readEntry(text);
      if (!entry.ok) {
        add({ severity: 'error', line: entry.line, message: entry.message });
        if (folder === 'briefings') unreadableBriefings++;
        continue;
      }
      const schema = FOLDERS[folder] as z.ZodType;
      const parsed = schema.safeParse(entry.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (issue.code === 'unrecognized_keys') {
            // One problem per unknown field, at its own line, with the nearest known field.
            for (const key of issue.keys) {
              // A profile's or a glossary entry's `slug` has its own message below.
              if (folder !== 'briefings' && issue.path.length === 0 && key === 'slug') continue;
              const path = [...issue.path, key];
              add({ severity: 'error', field: fieldName(path), line: entry.lineAt(path), message: unknownFieldMessage(schema, issue.path, key) });
            }
            continue;
          }
          add({
            severity: 'error',
            field: fieldName(issue.path) || undefined,
            line: entry.lineAt(issue.path),
            message: describeIssue(issue, entry.data),
          });
        }
      }
      if (folder !== 'briefings' && entry.data.slug !== undefined) {
        // The site's loader would otherwise take the entry's id from it and give the entry another one's page.
        add({ severity: 'error', field: 'slug', line: entry.lineAt(['slug']), message: `a ${folder === 'figures' ? 'profile' : 'glossary entry'} takes its address from its file name: remove the slug field (rename the file instead)` });
      }
      const body = checkBody(entry.body, { file, contentDir });
      for (const f of body.findings) {
        add({ severity: f.severity, line: f.line === undefined ? undefined : entry.bodyLine + f.line - 1, message: `the text ${f.message}` });
      }
      // People a briefing names count even when another of its fields is broken.
      if (folder === 'briefings' && Array.isArray(entry.data.figures)) {
        for (const f of entry.data.figures as unknown[]) if (f && typeof (f as { id?: unknown }).id === 'string') named.add((f as { id: string }).id);
      }
      if (folder === 'glossary' && parsed.success) {
        const glossaryEntry = parsed.data as GlossaryEntry;
        terms.push({ file: shown, entry: glossaryEntry });
        [glossaryEntry.term, ...glossaryEntry.aliases].forEach((form, i) => {
          const why = unusableForm(form, glossaryEntry.caseSensitive);
          if (why) {
            const field = i === 0 ? 'term' : fieldName(['aliases', i - 1]);
            add({ severity: 'error', field, line: entry.lineAt(i === 0 ? ['term'] : ['aliases', i - 1]), message: `"${form}" ${why}: the entry would be attached to nearly every briefing; use a distinctive form` });
          }
        });
      }
      if (folder === 'briefings' && parsed.success) {
        const data = parsed.data as Briefing;
        problems.push(...ownProblems(data, name, body.paragraphs, shown, entry.lineAt));
        briefings.push({
          file: shown,
          slug: data.slug,
          sourceFile: data.source.file,
          figures: data.figures.map(({ id, name }) => ({ id, name })),
          glossary: data.glossary.map(({ id, term }) => ({ id, term })),
          line: lineFromFile(file),
        });
      }
    }
  }

  problems.push(...checkBriefingLinks(briefings, ids));
  problems.push(...sharedForms(terms));
  if (!unreadableBriefings) problems.push(...unreferencedProfiles(named, ids.figures, (id) => display(join(contentDir, 'figures', `${id}.md`))));
  return { files, problems };
}

/**
 * Glossary entries that claim the same form ("UN" as one entry's term and another's alias): an
 * article using it is given one of them, and the editor should say which by removing the other.
 * Forms that differ only in case clash unless both entries match case exactly.
 */
function sharedForms(terms: { file: string; entry: GlossaryEntry }[]): Problem[] {
  const byForm = new Map<string, { file: string; text: string; exact: boolean }[]>();
  for (const { file, entry } of terms) {
    const seen = new Set<string>();
    // The forms and case rules the brief command matches with (an entry naming a form twice claims it once).
    for (const { text, caseSensitive } of formsOf({ ...entry, id: file })) {
      if (seen.has(text)) continue;
      seen.add(text);
      const key = text.toLowerCase();
      byForm.set(key, [...(byForm.get(key) ?? []), { file, text, exact: caseSensitive }]);
    }
  }
  const problems: Problem[] = [];
  for (const claims of byForm.values()) {
    for (const [i, a] of claims.entries()) {
      const other = claims.find((b, j) => j !== i && b.file !== a.file && (a.text === b.text || !a.exact || !b.exact));
      if (other) {
        problems.push({
          file: a.file,
          severity: 'warning',
          message: `"${a.text}" is also a form of ${other.file}: an article using it gets only one of the two entries; keep it in one`,
        });
      }
    }
  }
  return problems;
}

/**
 * Profiles that no briefing names: left behind when a person is taken out of every briefing (by
 * an editor, or by a re-brief that no longer finds them). The site publishes no page for them.
 */
function unreferencedProfiles(named: Set<string>, figureIds: Set<string>, fileOf: (id: string) => string): Problem[] {
  return [...figureIds]
    .filter((id) => !named.has(id))
    .map((id) => ({
      file: fileOf(id),
      severity: 'warning' as const,
      message: 'no briefing names this person, so the site has no page for them: delete the file, or name them in a briefing',
    }));
}

/** Slugs and sources shared between briefings, and references to people and terms without a file. */
function checkBriefingLinks(briefings: CheckedBriefing[], ids: Record<Folder, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string[]>();
  for (const b of briefings) bySlug.set(b.slug, [...(bySlug.get(b.slug) ?? []), b.file]);
  const bySource = new Map<string, string[]>();
  for (const b of briefings) bySource.set(b.sourceFile, [...(bySource.get(b.sourceFile) ?? []), b.file]);

  for (const b of briefings) {
    const { file } = b;
    const add = (p: Omit<Problem, 'file'>) => problems.push({ file, ...p });
    const others = bySlug.get(b.slug)!.filter((f) => f !== file);
    if (others.length) {
      add({ severity: 'error', field: 'slug', line: b.line(['slug']), message: `"${b.slug}" is also the slug of ${others.join(', ')}: every briefing needs its own slug` });
    }
    const sameSource = bySource.get(b.sourceFile)!.filter((f) => f !== file);
    if (sameSource.length) {
      add({
        severity: 'error',
        field: 'source › file',
        line: b.line(['source', 'file']),
        message: `"${b.sourceFile}" is also the source of ${sameSource.join(', ')}: the site would publish the story twice; keep one of the briefings`,
      });
    }
    b.figures.forEach((f, i) => {
      if (!ids.figures.has(f.id)) {
        add({
          severity: 'error',
          field: fieldName(['figures', i, 'id']),
          line: b.line(['figures', i, 'id']),
          message: `"${f.id}" (${f.name}) has no profile: create content/figures/${f.id}.md or use the id of an existing profile`,
        });
      }
    });
    b.glossary.forEach((g, i) => {
      if (!ids.glossary.has(g.id)) {
        add({
          severity: 'error',
          field: fieldName(['glossary', i, 'id']),
          line: b.line(['glossary', i, 'id']),
          message: `"${g.id}" (${g.term}) has no glossary entry: create content/glossary/${g.id}.md or use the id of an existing entry`,
        });
      }
    });
  }
  return problems;
}

/** A briefing's own problems: its slug against its file name, its quotes and its paragraph numbers. */
function ownProblems(
  data: Briefing,
  fileName: string,
  paragraphs: number,
  file: string,
  line: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Omit<Problem, 'file'>) => problems.push({ file, ...p });
  if (`${data.slug}.md` !== fileName) {
    add({
      severity: 'warning',
      field: 'slug',
      line: line(['slug']),
      message: `is "${data.slug}" but the file is ${fileName}: the page is published at /briefings/${data.slug}/; make the two agree`,
    });
  }
  // An editor who learns who said an unattributed quote moves it to that person; a copy left
  // behind would show the quote twice, once as nobody's.
  const quoteOwner = new Map<string, string>();
  for (const f of data.figures) for (const q of f.quotes) quoteOwner.set(q.trim(), f.name);
  data.unattributedQuotes.forEach((q, i) => {
    const owner = quoteOwner.get(q.text.trim());
    if (owner) {
      add({
        severity: 'warning',
        field: fieldName(['unattributedQuotes', i]),
        line: line(['unattributedQuotes', i, 'text']),
        message: `is also one of ${owner}'s quotes: remove it from unattributedQuotes now that its speaker is known`,
      });
    }
    if (q.paragraph > paragraphs) {
      add({
        severity: 'warning',
        field: fieldName(['unattributedQuotes', i, 'paragraph']),
        line: line(['unattributedQuotes', i, 'paragraph']),
        message: `points to paragraph ${q.paragraph}, but the text has ${paragraphs} paragraphs`,
      });
    }
  });
  if (data.keyPointParagraphs.length !== data.keyPoints.length) {
    add({
      severity: 'warning',
      field: 'keyPointParagraphs',
      line: line(['keyPointParagraphs']),
      message: `lists ${data.keyPointParagraphs.length} paragraph numbers for ${data.keyPoints.length} key points: give one number per key point, in the same order`,
    });
  }
  data.keyPointParagraphs.forEach((n, i) => {
    if (n > paragraphs) {
      add({
        severity: 'warning',
        field: fieldName(['keyPointParagraphs', i]),
        line: line(['keyPointParagraphs', i]),
        message: `points to paragraph ${n}, but the text has ${paragraphs} paragraphs`,
      });
    }
  });
  return problems;
}

/** The name the brief command would give the file. */
function suggestSlug(name: string): string {
  return slugify(name) || 'name';
}
