/**
 * The brief command: every article in the input folder becomes a briefing in the content folder.
 *
 * Per article: read → extract (src/pipeline/extract.ts) → link people to profiles → write.
 * Editors own what is in the content folder: a briefing changed since it was generated is kept,
 * profiles and glossary entries are created once and never overwritten, and an unchanged source
 * is not extracted again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, type Extraction } from './extract.js';
import { SourceError } from './errors.js';
import { contentHash, isUntouched, stringifyGenerated, stringifyMarkdown } from './frontmatter.js';
import { contentPaths, readBriefings, readGlossary, readProfiles, type ExistingBriefing } from './content-store.js';
import { ProfileRegistry } from './figures/profiles.js';
import { slugify, shortHash } from './slug.js';
import { toMarkdown } from './markdown-text.js';
import { removeStaleTemporaries, writeFileAtomic } from './write-file.js';
import { briefingSchema, type Briefing } from '../schema/briefing.js';

/**
 * Bumped whenever extraction changes what it writes, so untouched briefings are regenerated
 * with the new pipeline while edited ones stay as they are.
 */
export const PIPELINE_VERSION = '1';

export interface BriefOptions {
  /** Folder of source articles (`.txt`, `.md`). */
  inDir: string;
  /** Content folder; briefings go to `<outDir>/briefings`. */
  outDir: string;
  /** Slugs (or source file names) to regenerate even when an editor changed them. */
  force?: string[];
  /** Progress and messages; defaults to silence. */
  log?: (line: string) => void;
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
  const glossary = readGlossary(paths.glossary, log);
  const registry = new ProfileRegistry(readProfiles(paths.figures, log));
  const existing = readBriefings(paths.briefings);
  const force = new Set(options.force ?? []);
  const slugs = new SlugAllocator(existing);
  const files = listSources(options.inDir);
  const outcomes: Outcome[] = [];
  const started = Date.now();

  files.forEach((file, i) => {
    if (files.length > 50 && i > 0 && i % 100 === 0) log(`… ${i}/${files.length} articles (${((Date.now() - started) / 1000).toFixed(1)} s)`);
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
      extraction = extractArticle(file, bytes, glossary);
    } catch (e) {
      if (e instanceof SourceError) {
        outcomes.push({ file, status: 'skipped', reason: e.reason });
        return;
      }
      throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
    }
    const slug = previous?.slug ?? slugs.allocate(extraction.article.title, file);
    slugs.claim(slug, file);
    const briefing = toBriefing(slug, extraction, registry);
    const text = stringifyGenerated(briefing, toMarkdown(extraction.article.blocks), sourceHash);
    writeFileAtomic(join(paths.briefings, `${slug}.md`), text);
    outcomes.push({ file, status: 'written', slug });
  });

  for (const p of registry.created) {
    const file = join(paths.figures, `${p.id}.md`);
    if (existsSync(file)) continue; // never overwrite an editor's profile
    const { id: _id, ...data } = p;
    writeFileAtomic(file, stringifyMarkdown(data, ''));
  }
  return { outcomes, profilesCreated: registry.created.map((p) => p.id) };
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
    figures: dedupeIds(figures),
    glossary: x.glossary,
  };
  return briefingSchema.parse(dropUndefined(briefing));
}

/** Two names resolved to one profile are one person: keep the first (most important) entry. */
function dedupeIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((f) => !seen.has(f.id) && seen.add(f.id));
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
