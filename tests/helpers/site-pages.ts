/**
 * Sample pages of each page type from a built `dist/`, chosen from what the build wrote (the
 * briefing with the most people and terms, a person in the most briefings), so the browser tests
 * run on whatever content the site was built from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Page type → path under the site root (no leading slash). */
export type PageTypes = Record<'home' | 'briefing' | 'figure' | 'figures' | 'glossary' | 'search' | 'about' | 'archive' | '404', string> &
  Partial<Record<'term' | 'people-letter', string>>;

const dirs = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []);

/** Count how often `re` matches a page's HTML. */
function count(file: string, re: RegExp): number {
  return existsSync(file) ? (readFileSync(file, 'utf8').match(re) ?? []).length : 0;
}

/** One page of every type in `dist`. */
export function pageTypes(dist: string): PageTypes {
  const briefings = dirs(join(dist, 'briefings'));
  if (!briefings.length) throw new Error(`${dist} has no briefings: run \`npm run build\` first`);
  const richest = (names: string[], folder: string, re: RegExp) =>
    names.map((n) => ({ n, c: count(join(dist, folder, n, 'index.html'), re) })).sort((a, b) => b.c - a.c || a.n.localeCompare(b.n))[0]?.n;
  const briefing = richest(briefings, 'briefings', /href="[^"]*\/(?:figures|glossary)\//g)!;
  const figure = richest(dirs(join(dist, 'figures')).filter((d) => d !== 'letter'), 'figures', /href="[^"]*\/briefings\/[^"]+"/g);
  const term = richest(dirs(join(dist, 'glossary')), 'glossary', /href="[^"]*\/briefings\/[^"]+"/g);
  // The initial of the people index that lists the most people (src/pages/figures/letter/).
  const letter = richest(dirs(join(dist, 'figures', 'letter')), 'figures/letter', /href="[^"]*\/figures\/[a-z0-9-]+\/"/g);
  return {
    home: '',
    briefing: `briefings/${briefing}/`,
    figure: figure ? `figures/${figure}/` : 'figures/',
    figures: 'figures/',
    glossary: 'glossary/',
    ...(term ? { term: `glossary/${term}/` } : {}),
    ...(letter ? { 'people-letter': `figures/letter/${letter}/` } : {}),
    search: 'search/',
    about: 'about/',
    archive: 'archive/',
    '404': 'no-such-page/',
  };
}

/** All briefing page paths in `dist`. */
export function briefingPaths(dist: string): string[] {
  return dirs(join(dist, 'briefings')).map((n) => `briefings/${n}/`);
}
