/**
 * `npm run build`: brief the sources, check the content, render the pages and index them for
 * search, printing one line per stage with its counts and time and a summary line at the end.
 * Astro's own page-by-page log is shown only with `verbose` (at 10,000 articles it is 31,000 lines).
 */
import { readdirSync } from 'node:fs';
import { build as astroBuild } from 'astro';
import { runBriefParallel } from '../pipeline/brief.ts';
import { checkContent, formatReport } from '../check/index.ts';
import { LOCAL_ADDRESS, loadSettings } from '../lib/site-settings.ts';
import { indexStats } from '../integrations/pagefind.ts';

export interface BuildOptions {
  /** Print every article briefed and Astro's log of every page. */
  verbose?: boolean;
  /** A build to publish: refuse to build without the site's address. */
  production?: boolean;
  /** Source articles (default `seeds`). */
  seedsDir?: string;
  /** Content folder (default `CONTENT_DIR`, else `content`); the site is built from it. */
  contentDir?: string;
  /** Where the site is written (default `dist`). */
  outDir?: string;
  /** Where a line of output goes. */
  log?: (line: string) => void;
}

/** Thrown for a stage that stops the build; its message says why and what to do. */
export class BuildStopped extends Error {}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** HTML pages under `dir`. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/**
 * Run every stage in order.
 * @throws BuildStopped when a stage fails (settings, skipped sources, content errors).
 */
export async function runBuild(options: BuildOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seedsDir = options.seedsDir ?? 'seeds';
  const contentDir = options.contentDir ?? process.env.CONTENT_DIR ?? 'content';
  const outDir = options.outDir ?? 'dist';
  // astro.config.mjs reads the content folder from the environment (src/lib/config.ts).
  process.env.CONTENT_DIR = contentDir;
  const started = performance.now();

  let settings;
  try {
    settings = loadSettings();
  } catch (e) {
    throw new BuildStopped((e as Error).message);
  }
  if (!settings.url && options.production) {
    throw new BuildStopped(
      'no site address: a site to publish needs its address for canonical links, the feeds and the sitemap. ' +
        'Set `url` in site.config.ts (e.g. "https://news.example.com") or the SITE_URL environment variable, then build again.',
    );
  }

  let t = performance.now();
  const brief = await runBriefParallel({ inDir: seedsDir, outDir: contentDir, log: options.verbose ? log : () => {} });
  const count = (s: string) => brief.outcomes.filter((o) => o.status === s).length;
  for (const o of brief.outcomes) {
    if (o.status === 'skipped') log(`  skipped ${o.file}: ${o.reason}`);
    // An edited briefing whose source has changed since needs a decision: always say so.
    else if (o.status === 'kept' && o.sourceChanged) log(`  kept ${o.slug}.md as edited, but its source ${o.file} has changed (npm run brief -- --force ${o.slug} regenerates it)`);
    else if (options.verbose && o.status === 'written') log(`  wrote ${o.slug}.md (${o.file})`);
  }
  log(
    `brief   ${plural(brief.outcomes.length, 'article')}: ${count('written')} written, ${count('unchanged')} unchanged, ` +
      `${count('kept')} kept as edited, ${count('skipped')} skipped (${seconds(t)})`,
  );
  if (count('skipped')) throw new BuildStopped(`${plural(count('skipped'), 'article')} in ${seedsDir}/ could not be briefed (reasons above): fix or remove them`);

  t = performance.now();
  const report = checkContent(contentDir);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  if (report.problems.length) {
    // The report's own last line is the count, printed below in the stage line.
    for (const line of formatReport(report).split('\n').slice(0, -1)) log(`  ${line}`);
  }
  log(`check   ${plural(report.files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${seconds(t)})`);
  if (errors) throw new BuildStopped('the content has errors (listed above): fix them, then build again');

  t = performance.now();
  indexStats.pages = undefined;
  await astroBuild({ logLevel: options.verbose ? 'info' : 'warn', outDir });
  const index = indexStats.pages === undefined ? undefined : { ...indexStats };
  const pagesTime = (performance.now() - t) / 1000 - (index?.seconds ?? 0);
  const pages = countPages(outDir);
  log(`pages   ${plural(pages, 'page')} in ${outDir}/ (${pagesTime.toFixed(1)} s)`);
  if (index) log(`search  ${plural(index.pages ?? 0, 'page')} indexed (${index.seconds.toFixed(1)} s)`);

  const address = settings.url ? `${settings.url}${settings.basePath}` : `${LOCAL_ADDRESS}${settings.basePath}`;
  log(`built ${plural(pages, 'page')} for ${address} in ${seconds(started)}${options.verbose ? '' : ' (--verbose for every page)'}`);
  if (!settings.url) {
    log(
      `note: no site address is set, so links in the feeds, the sitemap and canonical tags point at ${LOCAL_ADDRESS} ` +
        '(what `npm run preview` serves). Before publishing, set `url` in site.config.ts or SITE_URL (README, "Deployment").',
    );
  }
}
