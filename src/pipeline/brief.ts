/**
 * The brief command: every article in the input folder becomes a briefing in the content folder.
 *
 * Per article: read → extract (src/pipeline/extract.ts) → link people to profiles → write.
 * Editors own what is in the content folder: a briefing changed since it was generated is kept,
 * profiles and glossary entries are created once and never overwritten, and an unchanged source
 * is not extracted again.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, type Extraction } from './extract.ts';
import { SourceError } from './errors.ts';
import { contentHash, isUntouched, stringifyGenerated, stringifyMarkdown } from './frontmatter.ts';
import { contentPaths, readBriefings, readGlossary, readProfiles, type ExistingBriefing } from './content-store.ts';
import { ProfileRegistry } from './figures/profiles.ts';
import type { GlossaryRecord } from './glossary/index.ts';
import { slugify, shortHash } from './slug.ts';
import { toMarkdown } from './markdown-text.ts';
import { removeStaleTemporaries, writeFileAtomic } from './write-file.ts';
import { briefingSchema, type Briefing, type FigureRef } from '../schema/briefing.ts';

/**
 * Bumped whenever extraction changes what it writes, so untouched briefings are regenerated
 * with the new pipeline while edited ones stay as they are.
 */
export const PIPELINE_VERSION = '30';

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
}

/** What happened to one source article. */
export type Outcome =
  | { file: string; status: 'written'; slug: string }
  | { file: string; status: 'unchanged'; slug: string }
  | { file: string; status: 'kept'; slug: string; sourceChanged: boolean }
  | { file: string; status: 'skipped'; reason: string };

export interface BriefReport {
  outcomes: Outcome[];
  profilesCreated: string[];
  /** Ids of the draft glossary entries written for acronyms the collection lacked. */
  glossaryDrafted: string[];
}

/** Source article files of a folder: `.txt` and `.md`, sorted by name so runs are reproducible. */
export function listSources(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`input folder not found: ${dir}`);
  return readdirSync(dir)
    .filter((n) => /\.(txt|md)$/i.test(n) && !n.startsWith('.'))
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();
}

/** Run the brief command. */
export function runBrief(options: BriefOptions): BriefReport {
  const log = options.log ?? (() => {});
  const paths = contentPaths(options.outDir);
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

  files.forEach((file, i) => {
    // Progress on long runs only: a line every few seconds, never one per article.
    if (Date.now() - lastProgress > 3000) {
      lastProgress = Date.now();
      log(`… ${i}/${files.length} articles (${((lastProgress - started) / 1000).toFixed(0)} s)`);
    }
    if (lstatSync(join(options.inDir, file)).isSymbolicLink()) {
      // A link could point anywhere on the machine that builds the site (a pull request can add
      // one): its target is never read, let alone published.
      outcomes.push({ file, status: 'skipped', reason: 'is a symbolic link, not a file: copy the article itself into the folder' });
      return;
    }
    const bytes = readFileSync(join(options.inDir, file));
    const sourceHash = contentHash(`${PIPELINE_VERSION}\0${contentHash(bytes)}`);
    const previous = slugs.previousFor(file);
    if (previous && !force.has(previous.slug) && !force.has(file)) {
      const untouched = isUntouched(previous.text, previous.contentHash);
      if (!untouched) {
        outcomes.push({ file, status: 'kept', slug: previous.slug, sourceChanged: previous.sourceHash !== sourceHash });
        slugs.claim(previous.slug, file);
        return;
      }
      if (previous.sourceHash === sourceHash) {
        outcomes.push({ file, status: 'unchanged', slug: previous.slug });
        slugs.claim(previous.slug, file);
        return;
      }
    }
    let extraction: Extraction;
    try {
      extraction = extractArticle(file, bytes, glossary());
    } catch (e) {
      if (e instanceof SourceError) {
        outcomes.push({ file, status: 'skipped', reason: e.reason });
        return;
      }
      throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
    }
    for (const d of extraction.glossaryDrafts) {
      // Later articles match the draft like any entry, so one new acronym gets one entry.
      if (glossary().some((e) => e.id === d.id)) continue;
      glossary().push(d);
      drafted.push(d);
    }
    for (const ref of extraction.glossary) if (fromStarter.delete(ref.id)) adopted.push(ref.id);
    const slug = previous?.slug ?? slugs.allocate(extraction.article.title, file);
    slugs.claim(slug, file);
    const briefing = toBriefing(slug, extraction, registry());
    const text = stringifyGenerated(briefing, toMarkdown(extraction.article.blocks), sourceHash);
    // The stubs this briefing links to go first: a run killed right after the briefing is written
    // must not leave it pointing at profiles or entries that a later run (which finds the source
    // unchanged) would never create.
    writeNewStubs();
    writeFileAtomic(join(paths.briefings, `${slug}.md`), text);
    outcomes.push({ file, status: 'written', slug });
  });
  writeNewStubs();

  /** Write the profiles, drafts and adopted entries added since the last call, never over a file. */
  function writeNewStubs(): void {
    const created = registryCache?.created ?? [];
    for (; stubs.profiles < created.length; stubs.profiles++) {
      const { id, ...data } = created[stubs.profiles];
      const file = join(paths.figures, `${id}.md`);
      if (!existsSync(file)) writeFileAtomic(file, stringifyMarkdown(data, '')); // never overwrite an editor's profile
    }
    for (; stubs.glossary < drafted.length; stubs.glossary++) {
      const { id, ...entry } = drafted[stubs.glossary];
      const file = join(paths.glossary, `${id}.md`);
      if (!existsSync(file)) writeFileAtomic(file, stringifyMarkdown(entry, '')); // never overwrite an editor's entry
    }
    for (; stubs.adopted < adopted.length; stubs.adopted++) {
      const file = join(paths.glossary, `${adopted[stubs.adopted]}.md`);
      if (starter && !existsSync(file)) writeFileAtomic(file, readFileSync(join(starter, `${adopted[stubs.adopted]}.md`), 'utf8'));
    }
  }
  return { outcomes, profilesCreated: (registryCache?.created ?? []).map((p) => p.id), glossaryDrafted: drafted.map((d) => d.id) };
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
function toBriefing(slug: string, x: Extraction, registry: ProfileRegistry): Briefing {
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
    dateline: article.dateline,
    summary: summary.summary,
    keyPoints: summary.keyPoints.map((k) => k.text),
    keyPointParagraphs: summary.keyPoints.map((k) => k.paragraph),
    figures: mergeSameProfile(figures),
    glossary: x.glossary,
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
