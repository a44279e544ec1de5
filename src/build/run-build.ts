/**
 * `npm run build`: brief the sources, check the content, render the pages and index them for
 * search, printing one line per stage with its counts and time and a summary line at the end.
 * Astro's own page-by-page log is shown only with `verbose` (at 10,000 articles it is 31,000 lines).
 */
import { readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { totalmem } from 'node:os';
import { runBriefParallel } from '../pipeline/brief.ts';
import { checkContent, formatReport } from '../check/index.ts';
import { LOCAL_ADDRESS, loadSettings } from '../lib/site-settings.ts';
import { indexInBuild } from '../integrations/pagefind.ts';
import { describeIndex, indexSite } from '../integrations/search-delta.ts';

export interface BuildOptions {
  /** Print every article briefed and Astro's log of every page. */
  verbose?: boolean;
  /** A build to publish: refuse to build without the site's address. */
  production?: boolean;
  /** Render every page again, ignoring the incremental build's cache (`astro build --force`). */
  force?: boolean;
  /** Seconds between progress lines of a long stage (default 30); `verbose` prints everything instead. */
  progressEvery?: number;
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
 * Node's heap limit for Astro's process: three quarters of the machine's memory, unless
 * NODE_OPTIONS sets one. Node's default (4 GB here) is half of what Astro held at 50,000
 * briefings (8.3 GB); a higher limit reserves nothing until it is used.
 */
export function heapLimit(nodeOptions = process.env.NODE_OPTIONS ?? '', memory = totalmem()): string[] {
  if (/--max-old-space-size/.test(nodeOptions)) return [];
  return [`--max-old-space-size=${Math.floor((memory * 0.75) / 2 ** 20)}`];
}

/**
 * Run Astro's build in a child process (src/build/astro-child.ts) and wait for it to exit. Astro
 * keeps what it built in memory until its process ends: at 50,000 briefings 8.3 GB, which left the
 * search indexer (about 19 GB for those pages) too little of a 24 GB machine when it ran inside the
 * build (docs/scaling.md, "The second 50,000 run"). Run one after the other, the peak is the
 * larger of the two, not their sum.
 * @throws BuildStopped when Astro's build fails or its process is killed.
 */
async function buildPages(outDir: string, verbose: boolean, force: boolean, progressEvery: number): Promise<void> {
  const script = fileURLToPath(new URL('./astro-child.ts', import.meta.url));
  // The integration leaves the index to this script (`after`, src/integrations/pagefind.ts).
  const child = spawn(process.execPath, [...heapLimit(), script, outDir, verbose ? 'verbose' : String(progressEvery), ...(force ? ['--force'] : [])], { stdio: 'inherit', env: { ...process.env, SEARCH_INDEX: 'after' } });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (c, s) => done([c, s]));
  });
  if (signal) {
    throw new BuildStopped(`the site build was stopped by ${signal} before it finished, most likely killed for want of memory (see \`dmesg\`); ${outDir}/ is incomplete`);
  }
  if (code !== 0) throw new BuildStopped(`the site build failed (Astro's message above); ${outDir}/ is incomplete`);
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

  // Long stages say where they are every so often; a small site is done before the first line.
  const progressEvery = options.progressEvery ?? 30;
  let lastProgress = performance.now();
  const progress = (line: string) => {
    if (!line.startsWith('… ') || performance.now() - lastProgress < progressEvery * 1000) return;
    lastProgress = performance.now();
    log(`  ${line}`);
  };

  let t = performance.now();
  const brief = await runBriefParallel({ inDir: seedsDir, outDir: contentDir, log: options.verbose ? log : progress });
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
  await buildPages(outDir, options.verbose ?? false, options.force ?? false, progressEvery);
  const pages = countPages(outDir);
  log(`pages   ${plural(pages, 'page')} in ${outDir}/ (${seconds(t)})`);

  // SEARCH_INDEX=separate: the index is left to `npm run index`, as with `astro build`.
  if (indexInBuild()) {
    t = performance.now();
    let index;
    try {
      index = await indexSite(outDir, options.force ?? false);
    } catch (e) {
      throw new BuildStopped((e as Error).message);
    }
    log(`search  ${describeIndex(index)} (${seconds(t)})`);
  } else {
    log(`search  not indexed (SEARCH_INDEX=separate): run \`npm run index -- --dist ${outDir}\``);
  }

  const address = settings.url ? `${settings.url}${settings.basePath}` : `${LOCAL_ADDRESS}${settings.basePath}`;
  log(`built ${plural(pages, 'page')} for ${address} in ${seconds(started)}${options.verbose ? '' : ' (--verbose for every page)'}`);
  if (!settings.url) {
    log(
      `note: no site address is set, so links in the feeds, the sitemap and canonical tags point at ${LOCAL_ADDRESS} ` +
        '(what `npm run preview` serves). Before publishing, set `url` in site.config.ts or SITE_URL (README, "Deployment").',
    );
  }
}
