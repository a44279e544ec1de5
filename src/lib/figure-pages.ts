/**
 * Which people get a page of their own. A page costs a build step, an entry in the search index
 * and a sitemap line, so at 100,000 briefings it must help a reader: a person gets one when named
 * in two or more briefings (the page gathers what one briefing cannot), or when central to the one
 * story that names them (its first person, or mentioned at least three times). Everyone else is
 * shown, unlinked, in the people panel of their briefing, and counted on the people index.
 *
 * The same rule serves the pages (from the content collection) and the annotation plugin (from
 * the briefing files, before Astro has read them), so a mark never links to a page that was not
 * built.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkoutRecordFile } from './checkout-record.ts';
import { readPlainText } from '../pipeline/read-source.ts';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

/** A person is given a page when named in at least this many briefings. */
export const PAGE_MIN_BRIEFINGS = 2;
/** …or mentioned at least this many times in one briefing. */
export const CENTRAL_MIN_MENTIONS = 3;

/** The fields of a briefing's person that the rule reads. */
export interface PersonRef {
  id: string;
  mentions?: number;
}

/** Whether the person at `position` of a briefing's people list is central to that story. */
export function isCentral(ref: PersonRef, position: number): boolean {
  return position === 0 || (ref.mentions ?? 0) >= CENTRAL_MIN_MENTIONS;
}

/** Ids of the people who get a page, from each briefing's list of people (in their order). */
export function figuresWithPages(casts: Iterable<readonly PersonRef[]>): Set<string> {
  const seen = new Map<string, number>();
  const pages = new Set<string>();
  for (const cast of casts) {
    const inThis = new Set<string>();
    cast.forEach((ref, i) => {
      if (inThis.has(ref.id)) return;
      inThis.add(ref.id);
      const n = (seen.get(ref.id) ?? 0) + 1;
      seen.set(ref.id, n);
      if (n >= PAGE_MIN_BRIEFINGS || isCentral(ref, i)) pages.add(ref.id);
    });
  }
  return pages;
}

const memo = new WeakMap<readonly unknown[], Set<string>>();

/** {@link figuresWithPages} of a list of collection entries, computed once per list. */
export function figurePagesOf(entries: readonly { data: { figures: readonly PersonRef[] } }[]): Set<string> {
  let pages = memo.get(entries);
  if (!pages) memo.set(entries, (pages = figuresWithPages(entries.map((e) => e.data.figures))));
  return pages;
}

/** The `figures:` block of a frontmatter, as the brief command writes it. */
const FIGURES_BLOCK = /^figures:.*\n(?:[ \t]+.*\n|-.*\n)*/m;
const FRONTMATTER = /^---\n([\s\S]*?\n)---[ \t]*(?:\n|$)/;

/** A `figures:` block's people, as [id, mentions] pairs, by the block's hash. */
type CastCache = Record<string, [string, number][]>;

function readCastCache(file: string | undefined): CastCache {
  if (!file || !existsSync(file)) return {};
  try {
    const cache: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return cache && typeof cache === 'object' && !Array.isArray(cache) ? (cache as CastCache) : {};
  } catch {
    return {};
  }
}

/**
 * The people of every briefing in a folder, read from the files themselves (only the `figures:`
 * block is parsed: at 10,000 briefings the whole frontmatter would cost several times more). A
 * file whose frontmatter cannot be read adds nobody; `npm run check` reports it.
 *
 * With `cacheFile`, each block's people are kept there by the block's hash, so a later build
 * parses only the blocks that changed: every build reads the casts before Astro starts, and at
 * 10,000 briefings parsing them all was 2.6 s of a 26 s rebuild after one article changed.
 */
export function readCasts(briefingsDir: string, cacheFile?: string): PersonRef[][] {
  if (!existsSync(briefingsDir)) return [];
  const cached = readCastCache(cacheFile);
  const used: CastCache = {};
  let parsed = 0;
  const casts: PersonRef[][] = [];
  for (const name of readdirSync(briefingsDir).sort()) {
    if (!name.endsWith('.md') || name.startsWith('.')) continue;
    const text = readPlainText(briefingsDir, name)?.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (text === undefined) continue;
    const fm = FRONTMATTER.exec(text)?.[1];
    const block = fm && FIGURES_BLOCK.exec(fm)?.[0];
    if (!block) continue;
    const key = createHash('sha1').update(block).digest('base64url');
    const known = cached[key];
    if (known) {
      used[key] = known;
      casts.push(known.map(([id, mentions]) => ({ id, mentions })));
      continue;
    }
    try {
      // js-yaml, as Astro's loader reads frontmatter: the same values, and a tenth of the time of
      // the yaml package here (1.8 ms a briefing, 1.8 s of every 1,000-briefing build).
      const figures: unknown = (loadYaml(block, { schema: CORE_SCHEMA }) as { figures?: unknown } | undefined)?.figures;
      if (!Array.isArray(figures)) continue;
      const cast = figures
        .filter((f) => f && typeof f.id === 'string')
        .map((f) => ({ id: f.id as string, mentions: typeof f.mentions === 'number' ? f.mentions : 0 }));
      casts.push(cast);
      used[key] = cast.map((f) => [f.id, f.mentions]);
      parsed++;
    } catch {
      // Broken YAML: the check command names the file; the build goes on without its people.
    }
  }
  // Written when a block was parsed or one is no longer used, so the file holds this folder's blocks only.
  if (cacheFile && (parsed > 0 || Object.keys(used).length !== Object.keys(cached).length)) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(used));
  }
  return casts;
}

/** Where the casts of the briefings under `contentDir` are kept between builds: the checkout's `.astro/` folder. */
export function castCacheFile(root: string, contentDir: string): string {
  return checkoutRecordFile(root, 'casts', contentDir);
}

/** A short hash of a set of ids, for cache keys: rendered bodies link only to built pages. */
export function hashIds(ids: Iterable<string>): string {
  return createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 12);
}
