/**
 * The benchmark: generate an archive of N articles, brief it, then build the same content three
 * ways in the same run, interleaved (project, bare Astro, Hugo; then again), so a busy machine
 * slows all three alike and each round gives its own ratios:
 *
 *   generate → brief (cold, nothing changed, one article changed)
 *   → rounds × [project from nothing + Pagefind | bare Astro 7 + Pagefind | project again
 *                | Hugo + Pagefind CLI]
 *   → project rebuild after one briefing changed (warm content store)
 *   → render cost of one body: unified + the plugins, Sätteri + the plugins (the site), bare Sätteri
 *
 * Every build starts from an empty Astro cache folder, so no round reuses another's content store.
 * The project is built twice a round, on either side of the bare site (the order turns each
 * round, so neither build always runs first): once from nothing, as a fresh clone's first build
 * is (`cold`: the bench's share-card cache emptied, so every card is drawn, and the checkout's
 * records of the bench's folders forgotten), and once as a later build on the same machine is
 * (`project`: the cards drawn before, the records kept). Each has its ratios to the bare site of
 * the same round, and the medians are over the rounds.
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
import { forgetRecords } from '../lib/checkout-record.ts';

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
  /** The project built as a later build on one machine is: share cards drawn before, checkout records kept. */
  project: BuildFigures;
  /** The project built from nothing, as a fresh clone's first build is: every share card drawn, no checkout record. */
  cold?: BuildFigures;
  /** cold ÷ bare, in wall and CPU time. */
  coldRatioToBare?: number;
  coldCpuRatioToBare?: number;
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
  /** Medians over the rounds, figure by figure. */
  median?: Round;
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

/** The folders directly in `dir`. */
const subfolders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name));

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
  // The bench's own share-card cache, emptied before each build from nothing, which then draws
  // every card; the other build of the round finds them drawn (share-cards.ts).
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
    const projectCache = (r: number, kind: string) => join(work, `cache-project-${kind}-${r}`);
    // The cache folder of the last project build, whose output folder the rebuild below starts from
    // (keep-out-dir.ts trusts an output folder's record only with the cache folder that made it).
    let lastCache = '';
    const projectBuild = async (r: number, kind: 'cold' | 'kept'): Promise<BuildFigures> => {
      if (kind === 'cold') {
        rmSync(cards, { recursive: true, force: true });
        forgetRecords(o.projectRoot, [content, ...subfolders(content), dist]);
      }
      rmSync(dist, { recursive: true, force: true });
      lastCache = projectCache(r, kind);
      const p = check('astro build', await measure(node, [bin('astro'), 'build', '--outDir', dist], { cwd: o.projectRoot, env: env(lastCache) }));
      const figures: BuildFigures = { seconds: round2(p.seconds), cpuSeconds: p.cpuSeconds, pagefindSeconds: indexedSeconds(p), peakMB: p.peakMB, pages: htmlPages(dist), perArticleMs: per(p.seconds), cardsDrawn: cardsDrawn(p) };
      log(`  project${kind === 'cold' ? ' from nothing' : ''}: ${figures.seconds} s, CPU ${figures.cpuSeconds ?? '?'} s (Pagefind ${figures.pagefindSeconds} s), ${figures.pages} pages, ${figures.cardsDrawn} share cards drawn, peak ${figures.peakMB} MB`);
      return figures;
    };
    const bareBuild = async (r: number): Promise<BuildFigures> => {
      rmSync(join(bareDir, 'dist'), { recursive: true, force: true });
      const cache = join(work, `cache-bare-${r}`);
      const b = check('bare astro', await measure(node, [bin('astro'), 'build'], { cwd: bareDir, env: env(cache) }));
      rmSync(cache, { recursive: true, force: true });
      const figures: BuildFigures = { seconds: round2(b.seconds), cpuSeconds: b.cpuSeconds, pagefindSeconds: indexedSeconds(b), peakMB: b.peakMB, pages: htmlPages(join(bareDir, 'dist')), perArticleMs: per(b.seconds) };
      log(`  bare Astro: ${figures.seconds} s, CPU ${figures.cpuSeconds ?? '?'} s (Pagefind ${figures.pagefindSeconds} s), ${figures.pages} pages`);
      return figures;
    };
    const ratio = (x: number | undefined, y: number | undefined) => (x && y ? round2(x / y) : undefined);
    const results: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      log(`round ${r + 1} of ${rounds}`);
      // The first round builds from nothing first, so the later build finds the cards drawn;
      // after it the order turns each round, so neither build always runs first.
      const coldFirst = r % 2 === 0;
      const first = await projectBuild(r, coldFirst ? 'cold' : 'kept');
      const bare = o.skipBare ? undefined : await bareBuild(r);
      const second = await projectBuild(r, coldFirst ? 'kept' : 'cold');
      const [cold, project] = coldFirst ? [first, second] : [second, first];
      const round: Round = { project, cold };
      if (bare) {
        Object.assign(round, {
          bare,
          ratioToBare: ratio(project.seconds, bare.seconds),
          cpuRatioToBare: ratio(project.cpuSeconds, bare.cpuSeconds),
          coldRatioToBare: ratio(cold.seconds, bare.seconds),
          coldCpuRatioToBare: ratio(cold.cpuSeconds, bare.cpuSeconds),
        });
        log(`  → ratio to bare ${round.ratioToBare} (CPU ${round.cpuRatioToBare ?? '?'}); from nothing ${round.coldRatioToBare} (CPU ${round.coldCpuRatioToBare ?? '?'})`);
      }
      if (hugo) {
        rmSync(join(hugoDir, 'public'), { recursive: true, force: true });
        const h = check('hugo', await measure(hugo, ['--quiet', '--source', hugoDir], { cwd: hugoDir }));
        const pf = check('pagefind', await measure(bin('pagefind'), ['--site', join(hugoDir, 'public'), '--force-language', 'en', '--silent'], { cwd: hugoDir }));
        const hugoCpu = h.cpuSeconds !== undefined && pf.cpuSeconds !== undefined ? round2(h.cpuSeconds + pf.cpuSeconds) : undefined;
        round.hugo = { seconds: round2(h.seconds + pf.seconds), cpuSeconds: hugoCpu, pagefindSeconds: round2(pf.seconds), peakMB: Math.max(h.peakMB, pf.peakMB), pages: htmlPages(join(hugoDir, 'public')), perArticleMs: per(h.seconds + pf.seconds) };
        round.ratioToHugo = ratio(project.seconds, round.hugo.seconds);
        round.cpuRatioToHugo = ratio(project.cpuSeconds, hugoCpu);
        log(`  Hugo: ${round.hugo.seconds} s, CPU ${round.hugo.cpuSeconds ?? '?'} s (Pagefind ${round.hugo.pagefindSeconds} s), ${round.hugo.pages} pages → ratio ${round.ratioToHugo}, in CPU time ${round.cpuRatioToHugo ?? '?'}`);
      }
      results.push(round);
    }

    // One briefing's body changed, the last build's content store kept: what an editor's fix costs.
    const first = join(content, 'briefings', readdirSync(join(content, 'briefings')).sort()[0]!);
    writeFileSync(first, readFileSync(first, 'utf8') + '\nAn editor added this sentence.\n');
    const rebuild = check('astro rebuild', await measure(node, [bin('astro'), 'build', '--outDir', dist], { cwd: o.projectRoot, env: env(lastCache) }));
    log(`project rebuild, one briefing changed: ${rebuild.seconds.toFixed(1)} s`);

    log('render cost of one body…');
    const cost = await renderCost(content);
    log(`  unified + plugins ${cost.projectMs} ms, Sätteri + plugins (the site) ${cost.siteMs} ms, bare Sätteri ${cost.satteriMs} ms`);

    const firstBriefing = readdirSync(join(dist, 'briefings')).sort()[0]!;
    const medianOf = (k: 'ratioToBare' | 'ratioToHugo' | 'cpuRatioToBare' | 'cpuRatioToHugo' | 'coldRatioToBare' | 'coldCpuRatioToBare') =>
      results.every((r) => r[k] !== undefined) ? round2(median(results.map((r) => r[k]!))) : undefined;
    log(`medians: ratio to bare ${medianOf('ratioToBare') ?? '?'}, from nothing ${medianOf('coldRatioToBare') ?? '?'}, to Hugo ${medianOf('ratioToHugo') ?? '?'}`);
    return {
      ...header,
      ...(hugo ? { hugo: hugoVersion(hugo) } : {}),
      ...briefFigures,
      rounds: results,
      median: {
        project: medianBuild(results.map((r) => r.project)),
        cold: medianBuild(results.map((r) => r.cold!)),
        ...(o.skipBare
          ? {}
          : { bare: medianBuild(results.map((r) => r.bare!)), ratioToBare: medianOf('ratioToBare'), cpuRatioToBare: medianOf('cpuRatioToBare'), coldRatioToBare: medianOf('coldRatioToBare'), coldCpuRatioToBare: medianOf('coldCpuRatioToBare') }),
        ...(hugo ? { hugo: medianBuild(results.map((r) => r.hugo!)), ratioToHugo: medianOf('ratioToHugo'), cpuRatioToHugo: medianOf('cpuRatioToHugo') } : {}),
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
