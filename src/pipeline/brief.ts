/**
 * The brief command: every article in the input folder becomes a briefing in the content folder.
 *
 * Per article: read → extract (src/pipeline/extract.ts: people, places, summary, glossary) → link
 * people to profiles → write.
 * Editors own what is in the content folder: a briefing changed since it was generated is kept,
 * profiles and glossary entries are created once and never overwritten, and an unchanged source
 * is not extracted again.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate } from 'node:timers/promises';
import { matchReading, type Extraction } from './extract.ts';
import { faultReason } from './errors.ts';
import { contentHash, isUntouched, stringifyGenerated, stringifyMarkdown } from './frontmatter.ts';
import { contentPaths, readBriefings, readGlossary, readProfiles, type ExistingBriefing } from './content-store.ts';
import { ProfileRegistry } from './figures/profiles.ts';
import type { GlossaryRecord } from './glossary/index.ts';
import { slugify, shortHash } from './slug.ts';
import { toMarkdown } from './markdown-text.ts';
import { removeStaleTemporaries, writeFileAtomic } from './write-file.ts';
import { acquireLock } from './lock.ts';
import { readSourceFile } from './read-source.ts';
import readTask, { type ReadResult } from './read-task.ts';
import { defaultJobs, ReadPool } from './read-pool.ts';
import { briefingSchema, type Briefing, type FigureRef } from '../schema/briefing.ts';
import { loadSettings } from '../lib/site-settings.ts';
import { todayIn } from '../lib/dates.ts';

/**
 * Bumped whenever extraction changes what it writes, so untouched briefings are regenerated
 * with the new pipeline while edited ones stay as they are.
 */
export const PIPELINE_VERSION = '143';

/**
 * The glossary starter set the project ships (`content/glossary`). Briefing into another content
 * folder still explains the common terms: entries the folder lacks are taken from here and copied
 * into it when a briefing uses them, so that folder stays complete on its own.
 */
export const STARTER_GLOSSARY = fileURLToPath(new URL('../../content/glossary/', import.meta.url));

export interface BriefOptions {
  /** Folder of source articles (`.txt`, `.md`). */
  inDir: string;
  /** Content folder; briefings go to `<outDir>/briefings`. */
  outDir: string;
  /** Slugs (or source file names) to regenerate even when an editor changed them. */
  force?: string[];
  /** Progress and messages; defaults to silence. */
  log?: (line: string) => void;
  /** Glossary entries to fall back on (default STARTER_GLOSSARY); false for none. */
  starterGlossary?: string | false;
  /** Today as YYYY-MM-DD, recorded as `firstBriefed` of an undated article (default: today in the site's time zone). */
  today?: string;
}

/** Options of a run on worker threads. */
export interface ParallelBriefOptions extends BriefOptions {
  /** Worker threads reading articles (default: one per core); 1 reads them in the main thread, as `runBrief` does. */
  jobs?: number;
  /** The worker threads' entry module (default READ_TASK_MODULE); tests pass one that fails on purpose. */
  workerModule?: URL;
  /** Fewer articles to extract than this are read in the main thread (default MIN_ARTICLES_FOR_THREADS). */
  minArticlesForThreads?: number;
}

/** What happened to one source article. */
export type Outcome =
  | { file: string; status: 'written'; slug: string }
  | { file: string; status: 'unchanged'; slug: string }
  | { file: string; status: 'kept'; slug: string; sourceChanged: boolean; editedDuringRun?: boolean }
  | { file: string; status: 'skipped'; reason: string };

export interface BriefReport {
  outcomes: Outcome[];
  profilesCreated: string[];
  /** Ids of the draft glossary entries written for acronyms the collection lacked. */
  glossaryDrafted: string[];
  /** How many worker threads read the articles; absent when the main thread read them. */
  threads?: number;
}

/**
 * Source article files of a folder: `.txt` and `.md`, sorted by name so runs are reproducible.
 * Sub-folders are passed over; anything else with a source's name is listed, so that a link or
 * an unreadable file is reported as skipped rather than silently left out.
 */
export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => /\.(txt|md)$/i.test(d.name) && !d.name.startsWith('.') && !d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** A folder the command reads or writes must be a real folder, never a link to one elsewhere. */
function assertRealFolder(dir: string, what: string, mustExist: boolean): void {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    if (mustExist) throw new Error(`${what} not found: ${dir}`);
    return;
  }
  if (stat.isSymbolicLink()) throw new Error(`${what} ${dir} is a symbolic link: it must be a real folder (a link could read or publish files from outside the repository)`);
  if (!stat.isDirectory()) throw new Error(`${what} ${dir} is not a folder`);
}

/** Name of the lock file in the content folder while a brief run writes it. */
export const BRIEF_LOCK = '.brief.lock';

/**
 * Run the brief command in the main thread. One run at a time per content folder (a second one
 * fails with a LockedError saying which process holds it).
 */
export function runBrief(options: BriefOptions): BriefReport {
  const { run, release } = openRun(options);
  try {
    for (const file of run.files) {
      const p = run.prepare(file);
      run.finish(p, 'bytes' in p ? readTask(p) : undefined);
    }
    return run.report();
  } finally {
    release();
  }
}

/**
 * Fewer articles to extract than this are read in the main thread even when threads were asked
 * for: a worker thread first loads and warms up the whole pipeline (about a second of CPU on the
 * development machine), which a few articles at about 20 ms each do not pay back.
 */
export const MIN_ARTICLES_FOR_THREADS = 40;

/**
 * Run the brief command with articles read on `jobs` worker threads. The main thread decides
 * which sources are unchanged or kept before handing anything out, then takes the threads'
 * readings in file order and does the rest (glossary, slugs, profiles, writing) exactly as
 * `runBrief` does, so the content folder ends up byte for byte the same.
 */
export async function runBriefParallel(options: ParallelBriefOptions): Promise<BriefReport> {
  const jobs = options.jobs ?? defaultJobs();
  if (jobs <= 1) return runBrief(options);
  const { run, release } = openRun(options);
  let pool: ReadPool | undefined;
  try {
    const prepared = run.files.map((file) => run.prepare(file));
    const toRead = prepared.filter((p): p is ToRead => 'bytes' in p);
    if (toRead.length < (options.minArticlesForThreads ?? MIN_ARTICLES_FOR_THREADS)) {
      for (const p of prepared) run.finish(p, 'bytes' in p ? readTask(p) : undefined);
      return run.report();
    }
    const threads = Math.min(jobs, toRead.length);
    pool = new ReadPool(threads, options.workerModule);
    // Readings are handed out a window ahead of the one being written, not all at once, so a
    // large archive does not hold every reading in memory while the main thread catches up.
    const window = pool.capacity;
    const readings: Promise<ReadResult>[] = [];
    let finished = 0;
    for (const p of prepared) {
      if (!('bytes' in p)) {
        run.finish(p);
        continue;
      }
      while (readings.length < Math.min(toRead.length, finished + window)) {
        const next = toRead[readings.length]!;
        readings.push(pool.read({ file: next.file, bytes: next.bytes }));
        next.bytes = HANDED_OUT; // the task holds the bytes now; this run needs them no more
      }
      const reading = await readings[finished]!;
      delete readings[finished++]; // the reading is written below and no longer needed
      run.finish(p, reading);
      // Let the pool hear from threads that finished while this article was written, so it hands
      // them their next article now rather than once a reading is awaited that is not ready.
      await setImmediate();
    }
    return { ...run.report(), threads };
  } finally {
    try {
      await pool?.close();
    } finally {
      release();
    }
  }
}

/** Check the folders, take the lock and start a run; `release` gives the lock back. */
function openRun(options: BriefOptions): { run: BriefRun; release: () => void } {
  assertRealFolder(options.inDir, 'input folder', true);
  assertRealFolder(options.outDir, 'content folder', false);
  const paths = contentPaths(options.outDir);
  for (const [name, dir] of Object.entries(paths)) assertRealFolder(dir, `content folder's ${name}/`, false);
  const release = acquireLock(options.outDir, BRIEF_LOCK, 'npm run brief');
  try {
    return { run: startRun(options, paths), release };
  } catch (e) {
    release();
    throw e;
  }
}

/** What a source's bytes are replaced by once they are handed to a worker thread. */
const HANDED_OUT = new Uint8Array(0);

/** A source to extract: its bytes as read, and what the main thread knows of it. */
interface ToRead {
  file: string;
  bytes: Uint8Array;
  sourceHash: string;
  previous?: ExistingBriefing;
}

/** What the main thread decided about a source before any extraction. */
type Prepared = ToRead | { file: string; outcome: Outcome };

/** One run over the sources, file by file in name order. */
interface BriefRun {
  /** The source files, sorted by name. */
  files: string[];
  /**
   * Read a source and decide, in the main thread and without extracting, whether it is
   * unchanged, kept as edited, unreadable, or to be briefed. Changes nothing.
   */
  prepare(file: string): Prepared;
  /** Complete one source, in file order, with its reading when it is to be briefed. */
  finish(p: Prepared, reading?: ReadResult): void;
  report(): BriefReport;
}

function startRun(options: BriefOptions, paths: ReturnType<typeof contentPaths>): BriefRun {
  const log = options.log ?? (() => {});
  for (const dir of Object.values(paths)) removeStaleTemporaries(dir);
  // Profiles and the glossary are read only once an article needs extracting: a re-run over an
  // unchanged archive of thousands of briefings then reads nothing but the briefings themselves.
  let glossaryCache: GlossaryRecord[] | undefined;
  let registryCache: ProfileRegistry | undefined;
  /** Ids of starter entries not yet in the content folder: copied there once a briefing uses them. */
  const fromStarter = new Set<string>();
  const starter = options.starterGlossary ?? STARTER_GLOSSARY;
  const glossary = () => (glossaryCache ??= readGlossaryWithStarter(paths.glossary, starter, fromStarter, log));
  const registry = () => (registryCache ??= new ProfileRegistry(readProfiles(paths.figures, log)));
  const existing = readBriefings(paths.briefings);
  const force = new Set(options.force ?? []);
  const slugs = new SlugAllocator(existing);
  const files = listSources(options.inDir);
  const outcomes: Outcome[] = [];
  const drafted: GlossaryRecord[] = [];
  /** Starter entries a briefing uses, to be copied into the content folder as they are. */
  const adopted: string[] = [];
  /** How many of the profiles created, the drafts and the adopted entries are on disk. */
  const stubs = { profiles: 0, glossary: 0, adopted: 0 };
  const started = Date.now();
  let lastProgress = started;

  function prepare(file: string): Prepared {
    let bytes: Uint8Array;
    try {
      bytes = readSourceFile(options.inDir, file);
    } catch (e) {
      return { file, outcome: { file, status: 'skipped', reason: faultReason(e) } };
    }
    const sourceHash = contentHash(`${PIPELINE_VERSION}\0${contentHash(bytes)}`);
    const previous = slugs.previousFor(file);
    if (previous && !force.has(previous.slug) && !force.has(file)) {
      if (!isUntouched(previous.text, previous.contentHash)) {
        return { file, outcome: { file, status: 'kept', slug: previous.slug, sourceChanged: previous.sourceHash !== sourceHash } };
      }
      if (previous.sourceHash === sourceHash) return { file, outcome: { file, status: 'unchanged', slug: previous.slug } };
    }
    return { file, bytes, sourceHash, previous };
  }

  function finish(p: Prepared, reading?: ReadResult): void {
    // Progress on long runs only: a line every few seconds, never one per article.
    if (Date.now() - lastProgress > 3000) {
      lastProgress = Date.now();
      log(`… ${outcomes.length}/${files.length} articles (${((lastProgress - started) / 1000).toFixed(0)} s)`);
    }
    if ('outcome' in p) {
      if (p.outcome.status !== 'skipped') slugs.claim(p.outcome.slug, p.file);
      outcomes.push(p.outcome);
      return;
    }
    try {
      outcomes.push(briefOne(p, reading ?? { ok: false, reason: 'could not be briefed: it was never read (a fault of the brief command)' }));
    } catch (e) {
      // One article's failure is that article's: the run goes on with the others.
      outcomes.push({ file: p.file, status: 'skipped', reason: faultReason(e) });
    }
  }

  /** Brief one source file; throws when it cannot be used. */
  function briefOne(p: ToRead, reading: ReadResult): Outcome {
    const { file, previous } = p;
    if (!reading.ok) return { file, status: 'skipped', reason: reading.reason };
    const collection = glossary();
    const extraction: Extraction = matchReading(reading.reading, collection);
    for (const d of extraction.glossaryDrafts) {
      // Later articles match the draft like any entry, so one new acronym gets one entry.
      if (collection.some((e) => e.id === d.id)) continue;
      collection.push(d);
      drafted.push(d);
    }
    for (const ref of extraction.glossary) if (fromStarter.delete(ref.id)) adopted.push(ref.id);
    const slug = previous?.slug ?? slugs.allocate(extraction.article.title, file);
    slugs.claim(slug, file);
    // An undated article keeps the day it was first briefed, so it does not jump to the top of
    // the home page every time it is regenerated.
    const firstBriefed = extraction.article.date ? undefined : (previous?.firstBriefed ?? (options.today ??= todayIn(loadSettings().timeZone)));
    const briefing = toBriefing(slug, extraction, registry(), firstBriefed);
    const text = stringifyGenerated(briefing, toMarkdown(extraction.article.blocks), p.sourceHash);
    // The stubs this briefing links to go first: a run killed right after the briefing is written
    // must not leave it pointing at profiles or entries that a later run (which finds the source
    // unchanged) would never create.
    writeNewStubs();
    // Written only if the file still holds what this run read (or still does not exist): an
    // edit saved while the run was extracting is kept.
    const target = join(paths.briefings, `${slug}.md`);
    const expected = previous?.slug === slug ? previous.text : existing.get(slug)?.text ?? null;
    if (!writeFileAtomic(target, text, { expect: expected })) {
      return { file, status: 'kept', slug, sourceChanged: true, editedDuringRun: true };
    }
    return { file, status: 'written', slug };
  }

  /** Write the profiles, drafts and adopted entries added since the last call, never over a file. */
  function writeNewStubs(): void {
    const created = registryCache?.created ?? [];
    for (; stubs.profiles < created.length; stubs.profiles++) {
      const { id, ...data } = created[stubs.profiles];
      const file = join(paths.figures, `${id}.md`);
      writeFileAtomic(file, stringifyMarkdown(data, ''), { expect: null }); // never overwrite an editor's profile
    }
    for (; stubs.glossary < drafted.length; stubs.glossary++) {
      const { id, ...entry } = drafted[stubs.glossary];
      const file = join(paths.glossary, `${id}.md`);
      writeFileAtomic(file, stringifyMarkdown(entry, ''), { expect: null }); // never overwrite an editor's entry
    }
    for (; stubs.adopted < adopted.length; stubs.adopted++) {
      const file = join(paths.glossary, `${adopted[stubs.adopted]}.md`);
      if (starter && !existsSync(file)) writeFileAtomic(file, readFileSync(join(starter, `${adopted[stubs.adopted]}.md`), 'utf8'), { expect: null });
    }
  }

  return {
    files,
    prepare,
    finish,
    report() {
      writeNewStubs();
      return { outcomes, profilesCreated: (registryCache?.created ?? []).map((p) => p.id), glossaryDrafted: drafted.map((d) => d.id) };
    },
  };
}

/**
 * The content folder's glossary, completed with the starter entries it lacks; the ids of those
 * are added to `fromStarter`.
 */
function readGlossaryWithStarter(dir: string, starter: string | false, fromStarter: Set<string>, log: (line: string) => void): GlossaryRecord[] {
  const own = readGlossary(dir, log);
  if (!starter || resolve(starter) === resolve(dir)) return own;
  const ids = new Set(own.map((e) => e.id));
  const added = readGlossary(starter, log).filter((e) => !ids.has(e.id));
  for (const e of added) fromStarter.add(e.id);
  return [...own, ...added];
}

/** Assemble and validate the briefing frontmatter (the same schema the site reads with). */
function toBriefing(slug: string, x: Extraction, registry: ProfileRegistry, firstBriefed: string | undefined): Briefing {
  const { article, summary } = x;
  const url = article.meta.url && /^https?:\/\/[^\s]+$/i.test(article.meta.url) ? article.meta.url : undefined;
  const figures = x.figures.map((f) => {
    const profile = registry.resolve(f);
    return { id: profile.id, name: f.name, role: f.role, quotes: f.quotes, mentions: f.mentions };
  });
  const briefing = {
    title: article.title,
    slug,
    source: {
      file: article.file,
      name: article.meta.source ?? article.dateline?.agency,
      url,
      license: article.meta.license,
      author: article.meta.author,
    },
    date: article.date,
    firstBriefed,
    dateline: article.dateline,
    summary: summary.summary,
    keyPoints: summary.keyPoints.map((k) => k.text),
    keyPointParagraphs: summary.keyPoints.map((k) => k.paragraph),
    figures: mergeSameProfile(figures),
    unattributedQuotes: x.unattributedQuotes.map((q) => ({ text: q.text, paragraph: q.paragraph + 1 })),
    glossary: x.glossary,
    places: x.places,
  };
  return briefingSchema.parse(dropUndefined(briefing));
}

/**
 * Two names that resolve to one profile are one person: the first (most important) entry stays
 * and takes over the other's quotes, mentions and, when it has none, role.
 */
function mergeSameProfile(figures: FigureRef[]): FigureRef[] {
  const byId = new Map<string, FigureRef>();
  for (const f of figures) {
    const first = byId.get(f.id);
    if (!first) byId.set(f.id, { ...f, quotes: [...f.quotes] });
    else {
      first.mentions += f.mentions;
      first.role ||= f.role;
      for (const q of f.quotes) if (!first.quotes.includes(q)) first.quotes.push(q);
    }
  }
  return [...byId.values()];
}

/** YAML has no undefined: drop such keys so the written file has no empty fields. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, dropUndefined(v)]),
    ) as T;
  }
  return value;
}

/**
 * Hands out briefing slugs. A source keeps the slug it had; a new source gets its title's slug,
 * or that slug with a short hash of its file name when another source already has it.
 */
class SlugAllocator {
  private owner = new Map<string, string>();
  private bySource = new Map<string, ExistingBriefing>();

  constructor(existing: Map<string, ExistingBriefing>) {
    for (const b of existing.values()) {
      this.owner.set(b.slug, b.sourceFile ?? `(edited file ${b.slug})`);
      if (b.sourceFile && !this.bySource.has(b.sourceFile)) this.bySource.set(b.sourceFile, b);
    }
  }

  /** The briefing an earlier run wrote for this source file. */
  previousFor(file: string): ExistingBriefing | undefined {
    return this.bySource.get(file);
  }

  claim(slug: string, file: string): void {
    this.owner.set(slug, file);
  }

  allocate(title: string, file: string): string {
    const base = slugify(title) || slugify(file.replace(/\.[^.]+$/, '')) || 'briefing';
    const owner = this.owner.get(base);
    if (owner === undefined || owner === file) return base;
    return `${base}-${shortHash(file)}`;
  }
}
