/**
 * The benchmark: generate an archive of N articles, then time every stage of a real build the way
 * a newsroom runs it (each stage a separate process, as from the command line).
 *
 *   generate → brief (cold) → brief (nothing changed) → brief (one article changed)
 *   → astro build + Pagefind → bare Astro + Pagefind of as many pages → sizes
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from './generate.ts';
import { measure, type Measured } from './measure.ts';
import { writeBareSite } from './bare-site.ts';
import { parseMarkdown } from '../pipeline/frontmatter.ts';

export interface BenchOptions {
  articles: number;
  projectRoot: string;
  /** Skip the bare-Astro yardstick (it doubles the run time). */
  skipBare?: boolean;
  /** Keep the scratch folder for inspection. */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface StageFigures {
  seconds: number;
  peakMB: number;
  perArticleMs?: number;
}

export interface BenchResult {
  articles: number;
  date: string;
  node: string;
  cpus: number;
  brief: StageFigures & { articlesPerSecond: number };
  briefUnchanged: StageFigures;
  briefOneChanged: StageFigures;
  astroBuild: StageFigures & { pages: number };
  pagefind: { seconds: number; pages: number };
  bare?: { astroSeconds: number; pagefindSeconds: number; pages: number; astroPeakMB: number };
  /** (astro + pagefind) / (bare astro + bare pagefind); the target is ≤ 1.3. */
  buildRatio?: number;
  sizes: { distMB: number; briefingPage: ReturnType<typeof pageWeight> };
}

function du(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? du(p) : statSync(p).size;
  }
  return total;
}

function htmlPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += e.name === 'pagefind' ? 0 : htmlPages(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/** HTML, CSS and JavaScript a reader downloads for one briefing page before opening search. */
function pageWeight(dist: string, pagePath: string) {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const local = (href: string) => join(dist, href.replace(/^\/+/, '').split(/[?#]/)[0]);
  const css = [...html.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + m[1].length, 0);
  const size = (hrefs: string[]) => hrefs.filter((h) => existsSync(local(h))).reduce((n, h) => n + statSync(local(h)).size, 0);
  return {
    /** The HTML file, inline styles and scripts included. */
    htmlBytes: Buffer.byteLength(html),
    /** Stylesheets it links to (inline styles are counted in the HTML). */
    cssBytes: size(css),
    inlineCssBytes: inlineCss,
    /** Script files it loads up front; the search UI loads only when search is opened. */
    jsBytes: size(js),
    /** Inline scripts (structured data excluded): the search launcher's few hundred bytes. */
    inlineScripts: (html.match(/<script\b(?![^>]*type="application\/ld\+json")(?![^>]*\bsrc=)/g) ?? []).length,
    totalKB: +((Buffer.byteLength(html) + size(css)) / 1024).toFixed(1),
  };
}

function check(step: string, m: Measured): Measured {
  if (m.code !== 0 && !(step.startsWith('brief') && m.code === 1)) {
    throw new Error(`${step} failed (exit ${m.code}):\n${m.stderr.slice(-2000)}${m.stdout.slice(-2000)}`);
  }
  return m;
}

/** Run the benchmark and return its figures. */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), `bench-${o.articles}-`));
  const node = process.execPath;
  const bin = (name: string) => join(o.projectRoot, 'node_modules/.bin', name);
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  try {
    log(`generating ${o.articles} articles in ${work}`);
    generateArchive(join(o.projectRoot, 'seeds'), seeds, o.articles);

    const brief = () =>
      measure(node, [join(o.projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content, '--quiet'], { cwd: o.projectRoot });
    log('brief (cold)…');
    const cold = check('brief', await brief());
    log(`  ${cold.seconds.toFixed(1)} s`);
    const unchanged = check('brief unchanged', await brief());
    log(`brief (nothing changed): ${unchanged.seconds.toFixed(2)} s`);
    const one = join(seeds, readdirSync(seeds).sort()[0]);
    appendFileSync(one, '\nA late paragraph was added to this article by the benchmark to change it.\n');
    const changed = check('brief one changed', await brief());
    log(`brief (one changed): ${changed.seconds.toFixed(2)} s`);

    log('astro build + pagefind…');
    const dist = join(work, 'dist');
    const build = check(
      'astro build',
      await measure(node, [bin('astro'), 'build', '--outDir', dist], {
        cwd: o.projectRoot,
        env: { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=16384' },
      }),
    );
    const indexed = /indexed (\d+) pages in ([\d.]+) s/.exec(build.stdout + build.stderr);
    const pagefindSeconds = indexed ? Number(indexed[2]) : 0;
    const pages = htmlPages(dist);
    log(`  ${build.seconds.toFixed(1)} s (Pagefind ${pagefindSeconds} s), ${pages} pages, peak ${build.peakMB} MB`);

    let bare: BenchResult['bare'];
    if (!o.skipBare) {
      log('bare astro + pagefind yardstick…');
      const bareDir = join(work, 'bare');
      const texts = readdirSync(join(content, 'briefings'))
        .slice(0, 200)
        .map((f) => parseMarkdown(readFileSync(join(content, 'briefings', f), 'utf8')).body);
      writeBareSite(bareDir, o.projectRoot, texts, pages);
      const a = check('bare astro', await measure(node, [bin('astro'), 'build'], { cwd: bareDir, env: { ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=16384' } }));
      const p = check('bare pagefind', await measure(node, [bin('pagefind'), '--site', join(bareDir, 'dist')], { cwd: bareDir }));
      bare = { astroSeconds: a.seconds, pagefindSeconds: p.seconds, pages, astroPeakMB: a.peakMB };
      log(`  bare astro ${a.seconds.toFixed(1)} s, pagefind ${p.seconds.toFixed(1)} s`);
    }

    const firstBriefing = readdirSync(join(dist, 'briefings')).sort()[0];
    const per = (s: number) => +((s * 1000) / o.articles).toFixed(2);
    return {
      articles: o.articles,
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      brief: { seconds: +cold.seconds.toFixed(2), peakMB: cold.peakMB, perArticleMs: per(cold.seconds), articlesPerSecond: +(o.articles / cold.seconds).toFixed(1) },
      briefUnchanged: { seconds: +unchanged.seconds.toFixed(2), peakMB: unchanged.peakMB },
      briefOneChanged: { seconds: +changed.seconds.toFixed(2), peakMB: changed.peakMB },
      astroBuild: { seconds: +(build.seconds - pagefindSeconds).toFixed(2), peakMB: build.peakMB, perArticleMs: per(build.seconds - pagefindSeconds), pages },
      pagefind: { seconds: pagefindSeconds, pages: indexed ? Number(indexed[1]) : 0 },
      ...(bare ? { bare, buildRatio: +(build.seconds / (bare.astroSeconds + bare.pagefindSeconds)).toFixed(2) } : {}),
      sizes: { distMB: +(du(dist) / 1e6).toFixed(1), briefingPage: pageWeight(dist, join('briefings', firstBriefing, 'index.html')) },
    };
  } finally {
    if (o.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
