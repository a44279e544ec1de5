/**
 * The benchmark: generate an archive of N articles, brief it, then build the same content three
 * ways in the same run, interleaved (project, bare Astro, Hugo; then again), so a busy machine
 * slows all three alike and each round gives its own ratios:
 *
 *   generate → brief (cold, nothing changed, one article changed)
 *   → rounds × [project build + Pagefind | bare Astro 7 + Pagefind | Hugo + Pagefind CLI]
 *   → project rebuild after one briefing changed (warm content store)
 *   → render cost of one body: unified + the plugins, Sätteri + the plugins (the site), bare Sätteri
 *
 * Every build starts from an empty cache folder, so no round reuses another's content store. The
 * share cards have a cache of the bench's own, empty at first: the first round's project build
 * draws every card (as a publishing build does), the later rounds find them drawn; the medians
 * are over those later rounds and the first is reported apart (`cardsDrawnRound`).
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from './generate.ts';
import { measure, type Measured } from './measure.ts';
import { writeBareSite } from './bare-site.ts';
import { findHugo, hugoVersion, writeHugoSite } from './hugo-site.ts';
import { renderCost, type RenderCost } from './render-cost.ts';
import { defaultJobs } from '../pipeline/read-pool.ts';

export interface BenchOptions {
  articles: number;
  projectRoot: string;
  /** Interleaved rounds of the three builds (default 2). */
  rounds?: number;
  /** Skip the bare-Astro yardstick. */
  skipBare?: boolean;
  /** Skip Hugo even when it is installed. */
  skipHugo?: boolean;
  /** Keep the scratch folder for inspection. */
  keep?: boolean;
  /** Worker threads the brief command uses (default: its own default, one per core). */
  jobs?: number;
  /** Stop after the three brief timings (no site builds). */
  briefOnly?: boolean;
  log?: (line: string) => void;
}

export interface StageFigures {
  seconds: number;
  peakMB: number;
  perArticleMs?: number;
}

/** One build of one site in one round. */
export interface BuildFigures {
  /** Wall time of the whole build, Pagefind included. */
  seconds: number;
  /** CPU time of the whole build (see measure.ts); undefined without GNU time. */
  cpuSeconds?: number;
  /** Of which Pagefind's indexing. */
  pagefindSeconds: number;
  peakMB: number;
  pages: number;
  perArticleMs: number;
  /** Share cards the project's build drew (the others were in the bench's card cache). */
  cardsDrawn?: number;
}

export interface Round {
  project: BuildFigures;
  bare?: BuildFigures;
  hugo?: BuildFigures;
  /** project ÷ bare and project ÷ Hugo in this round (whole builds, Pagefind included). */
  ratioToBare?: number;
  ratioToHugo?: number;
  /** The same ratios in CPU time, which other work on the machine disturbs far less. */
  cpuRatioToBare?: number;
  cpuRatioToHugo?: number;
}

export interface BenchResult {
  articles: number;
  date: string;
  node: string;
  cpus: number;
  hugo?: string;
  /** The brief command cold; `jobs` is the worker threads it ran with. */
  brief: StageFigures & { articlesPerSecond: number; jobs: number };
  briefUnchanged: StageFigures;
  briefOneChanged: StageFigures;
  /** The builds: absent when only the brief command was timed (`briefOnly`). */
  rounds?: Round[];
  /**
   * The first round, whose project build drew every share card, as a build after new briefings or
   * a fresh install does, and as the publishing workflow's does every time (it keeps no cache).
   */
  cardsDrawnRound?: Round;
  /** Medians over the rounds whose project build found its share cards drawn (all rounds when none did). */
  median?: { project: BuildFigures; bare?: BuildFigures; hugo?: BuildFigures; ratioToBare?: number; ratioToHugo?: number; cpuRatioToBare?: number; cpuRatioToHugo?: number };
  /** The project rebuilt after one briefing's body changed, its content store kept. */
  rebuildOneChanged?: StageFigures;
  renderCost?: RenderCost;
  sizes?: { distMB: number; briefingPage: ReturnType<typeof pageWeight>; pagefindMB: number };
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
  const size = (hrefs: string[]) => hrefs.filter((h) => existsSync(local(h))).reduce((n, h) => n + statSync(local(h)).size, 0);
  return {
    /** The HTML file, inline styles and scripts included. */
    htmlBytes: Buffer.byteLength(html),
    /** Stylesheets it links to (inline styles are counted in the HTML). */
    cssBytes: size(css),
    /** Script files it loads up front; the search UI loads only when search is opened. */
    jsBytes: size(js),
    totalKB: +((Buffer.byteLength(html) + size(css)) / 1024).toFixed(1),
  };
}

function check(step: string, m: Measured): Measured {
  if (m.code !== 0 && !(step.startsWith('brief') && m.code === 1)) {
    throw new Error(`${step} failed (exit ${m.code}):\n${m.stderr.slice(-2000)}${m.stdout.slice(-2000)}`);
  }
  return m;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round2 = (x: number) => +x.toFixed(2);

function medianBuild(builds: BuildFigures[]): BuildFigures {
  const m = (k: keyof BuildFigures) => round2(median(builds.map((b) => b[k] ?? NaN)));
  const cpu = builds.every((b) => b.cpuSeconds !== undefined) ? { cpuSeconds: m('cpuSeconds') } : {};
  return { seconds: m('seconds'), ...cpu, pagefindSeconds: m('pagefindSeconds'), peakMB: m('peakMB'), pages: m('pages'), perArticleMs: m('perArticleMs') };
}

/** Run the benchmark and return its figures. */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? (() => {});
  const rounds = o.rounds ?? 2;
  const work = mkdtempSync(join(tmpdir(), `bench-${o.articles}-`));
  const node = process.execPath;
  const bin = (name: string) => join(o.projectRoot, 'node_modules/.bin', name);
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  const hugo = o.skipHugo ? undefined : findHugo();
  const per = (s: number) => round2((s * 1000) / o.articles);
  // The bench's own share-card cache, empty at first: the first round draws every card, the
  // later ones find them drawn (share-cards.ts), and the figures say which is which.
  const cards = join(work, 'share-cards');
  const env = (cache: string) => ({ CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SHARE_CARD_CACHE: cards, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=16384' });
  // The share-card integration's line: "1000 share card(s) in place (1000 drawn, …".
  const cardsDrawn = (m: Measured) => Number(/share card\(s\) in place \((\d+) drawn/.exec(m.stdout + m.stderr)?.[1] ?? 0);
  // The search integration's line: "… pages indexed whole (…) in 39.6 s", or a delta's (search-delta.ts).
  const indexedSeconds = (m: Measured) => Number(/\[briefings-pagefind\] [^\n]* in ([\d.]+) s/.exec(m.stdout + m.stderr)?.[1] ?? 0);
  try {
    log(`generating ${o.articles} articles in ${work}`);
    generateArchive(join(o.projectRoot, 'seeds'), seeds, o.articles);

    const jobs = o.jobs ?? defaultJobs();
    const brief = () => measure(node, [join(o.projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content, '--quiet', '--jobs', String(jobs)], { cwd: o.projectRoot });
    log(`brief on ${jobs} worker thread${jobs === 1 ? '' : 's'} (--jobs ${jobs})`);
    log('brief (cold)…');
    const cold = check('brief', await brief());
    log(`  ${cold.seconds.toFixed(1)} s`);
    const unchanged = check('brief unchanged', await brief());
    log(`brief (nothing changed): ${unchanged.seconds.toFixed(2)} s`);
    appendFileSync(join(seeds, readdirSync(seeds).sort()[0]!), '\nA late paragraph was added to this article by the benchmark to change it.\n');
    const changed = check('brief one changed', await brief());
    log(`brief (one changed): ${changed.seconds.toFixed(2)} s`);
    const briefFigures = {
      brief: { seconds: round2(cold.seconds), peakMB: cold.peakMB, perArticleMs: per(cold.seconds), articlesPerSecond: +(o.articles / cold.seconds).toFixed(1), jobs },
      briefUnchanged: { seconds: round2(unchanged.seconds), peakMB: unchanged.peakMB },
      briefOneChanged: { seconds: round2(changed.seconds), peakMB: changed.peakMB },
    };
    const header = { articles: o.articles, date: new Date().toISOString(), node: process.version, cpus: cpus().length };
    if (o.briefOnly) return { ...header, ...briefFigures };

    const bareDir = join(work, 'bare');
    if (!o.skipBare) writeBareSite(bareDir, o.projectRoot, content);
    const hugoDir = join(work, 'hugo');
    if (hugo) writeHugoSite(hugoDir, content);

    const dist = join(work, 'dist');
    const projectCache = (r: number) => join(work, `cache-project-${r}`);
    const results: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      log(`round ${r + 1} of ${rounds}`);
      rmSync(dist, { recursive: true, force: true });
      const p = check('astro build', await measure(node, [bin('astro'), 'build', '--outDir', dist], { cwd: o.projectRoot, env: env(projectCache(r)) }));
      const project: BuildFigures = { seconds: round2(p.seconds), cpuSeconds: p.cpuSeconds, pagefindSeconds: indexedSeconds(p), peakMB: p.peakMB, pages: htmlPages(dist), perArticleMs: per(p.seconds), cardsDrawn: cardsDrawn(p) };
      log(`  project: ${project.seconds} s, CPU ${project.cpuSeconds ?? '?'} s (Pagefind ${project.pagefindSeconds} s), ${project.pages} pages, ${project.cardsDrawn} share cards drawn, peak ${project.peakMB} MB`);
      const round: Round = { project };
      if (!o.skipBare) {
        rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
        const cache = join(work, `cache-bare-${r}`);
        const b = check('bare astro', await measure(node, [bin('astro'), 'build'], { cwd: bareDir, env: env(cache) }));
        rmSync(cache, { recursive: true, force: true });
        round.bare = { seconds: round2(b.seconds), cpuSeconds: b.cpuSeconds, pagefindSeconds: indexedSeconds(b), peakMB: b.peakMB, pages: htmlPages(join(bareDir, 'dist')), perArticleMs: per(b.seconds) };
        round.ratioToBare = round2(project.seconds / round.bare.seconds);
        if (project.cpuSeconds && b.cpuSeconds) round.cpuRatioToBare = round2(project.cpuSeconds / b.cpuSeconds);
        log(`  bare Astro: ${round.bare.seconds} s, CPU ${round.bare.cpuSeconds ?? '?'} s (Pagefind ${round.bare.pagefindSeconds} s), ${round.bare.pages} pages → ratio ${round.ratioToBare}, in CPU time ${round.cpuRatioToBare ?? '?'}`);
      }
      if (hugo) {
        rmSync(join(hugoDir, 'public'), { recursive: true, force: true });
        const h = check('hugo', await measure(hugo, ['--quiet', '--source', hugoDir], { cwd: hugoDir }));
        const pf = check('pagefind', await measure(bin('pagefind'), ['--site', join(hugoDir, 'public'), '--force-language', 'en', '--silent'], { cwd: hugoDir }));
        const hugoCpu = h.cpuSeconds !== undefined && pf.cpuSeconds !== undefined ? round2(h.cpuSeconds + pf.cpuSeconds) : undefined;
        round.hugo = { seconds: round2(h.seconds + pf.seconds), cpuSeconds: hugoCpu, pagefindSeconds: round2(pf.seconds), peakMB: Math.max(h.peakMB, pf.peakMB), pages: htmlPages(join(hugoDir, 'public')), perArticleMs: per(h.seconds + pf.seconds) };
        round.ratioToHugo = round2(project.seconds / round.hugo.seconds);
        if (project.cpuSeconds && hugoCpu) round.cpuRatioToHugo = round2(project.cpuSeconds / hugoCpu);
        log(`  Hugo: ${round.hugo.seconds} s, CPU ${round.hugo.cpuSeconds ?? '?'} s (Pagefind ${round.hugo.pagefindSeconds} s), ${round.hugo.pages} pages → ratio ${round.ratioToHugo}, in CPU time ${round.cpuRatioToHugo ?? '?'}`);
      }
      results.push(round);
    }

    // One briefing's body changed, the last round's content store kept: what an editor's fix costs.
    const first = join(content, 'briefings', readdirSync(join(content, 'briefings')).sort()[0]!);
    writeFileSync(first, readFileSync(first, 'utf8') + '\nAn editor added this sentence.\n');
    const rebuild = check('astro rebuild', await measure(node, [bin('astro'), 'build', '--outDir', dist], { cwd: o.projectRoot, env: env(projectCache(rounds - 1)) }));
    log(`project rebuild, one briefing changed: ${rebuild.seconds.toFixed(1)} s`);

    log('render cost of one body…');
    const cost = await renderCost(content);
    log(`  unified + plugins ${cost.projectMs} ms, Sätteri + plugins (the site) ${cost.siteMs} ms, bare Sätteri ${cost.satteriMs} ms`);

    const firstBriefing = readdirSync(join(dist, 'briefings')).sort()[0]!;
    // Medians over the builds that found their cards drawn, as every build after the first on one
    // machine does; the first round's, which drew them all, is reported on its own.
    const cached = results.filter((r) => !r.project.cardsDrawn);
    const rows = cached.length ? cached : results;
    const ratios = (k: 'ratioToBare' | 'ratioToHugo' | 'cpuRatioToBare' | 'cpuRatioToHugo') => (rows.every((r) => r[k] !== undefined) ? round2(median(rows.map((r) => r[k]!))) : undefined);
    const drewAll = results.find((r) => r.project.cardsDrawn);
    if (drewAll && cached.length) log(`with every share card drawn: ratio to bare ${drewAll.ratioToBare ?? '?'}; with the cards drawn before: median ${ratios('ratioToBare') ?? '?'}`);
    return {
      ...header,
      ...(hugo ? { hugo: hugoVersion(hugo) } : {}),
      ...briefFigures,
      rounds: results,
      ...(drewAll ? { cardsDrawnRound: drewAll } : {}),
      median: {
        project: medianBuild(rows.map((r) => r.project)),
        ...(o.skipBare ? {} : { bare: medianBuild(rows.map((r) => r.bare!)), ratioToBare: ratios('ratioToBare'), cpuRatioToBare: ratios('cpuRatioToBare') }),
        ...(hugo ? { hugo: medianBuild(rows.map((r) => r.hugo!)), ratioToHugo: ratios('ratioToHugo'), cpuRatioToHugo: ratios('cpuRatioToHugo') } : {}),
      },
      rebuildOneChanged: { seconds: round2(rebuild.seconds), peakMB: rebuild.peakMB },
      renderCost: cost,
      sizes: { distMB: +(du(dist) / 1e6).toFixed(1), briefingPage: pageWeight(dist, join('briefings', firstBriefing, 'index.html')), pagefindMB: +(du(join(dist, 'pagefind')) / 1e6).toFixed(1) },
    };
  } finally {
    if (o.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
