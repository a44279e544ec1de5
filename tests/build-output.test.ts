/**
 * `npm run build` prints a line per stage with its counts and time and a summary line, not a line
 * per page; `--verbose` brings Astro's page-by-page log back; `--production` refuses to build a
 * site to publish without its address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers/site.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-output-'));
  mkdirSync(join(dir, 'seeds'));
  for (const f of readdirSync(join(projectRoot, 'seeds')).sort().slice(0, 3)) cpSync(join(projectRoot, 'seeds', f), join(dir, 'seeds', f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a scratch build: its own content, cache and no address from the CI. */
function buildEnv(env: Record<string, string>) {
  const environment: Record<string, string | undefined> = {
    ...process.env,
    CONTENT_DIR: join(dir, 'content'),
    ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  };
  // The build must not take its address from the CI that runs this test.
  for (const key of ['SITE_URL', 'GITHUB_ACTIONS', 'NETLIFY', 'VERCEL', 'CF_PAGES']) if (!(key in env)) delete environment[key];
  return environment;
}

const buildArgs = (args: string[]) => [join(projectRoot, 'scripts/build.ts'), '--in', join(dir, 'seeds'), '--out-dir', join(dir, 'dist'), ...args];

/** Run the build script over the scratch seeds into a scratch content folder and site. */
function build(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, buildArgs(args), { cwd: projectRoot, env: buildEnv(env), encoding: 'utf8' });
}

/** The direct children of process `pid`, by their command lines. */
function childrenOf(pid: number): string[] {
  const table = execFileSync('ps', ['-e', '-o', 'ppid=,args='], { encoding: 'utf8' });
  return table.split('\n').flatMap((line) => {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    return m && Number(m[1]) === pid ? [m[2]] : [];
  });
}

/**
 * Start the build script and look at its child processes every few milliseconds until it ends:
 * `watch` sees each look and may act on it. Resolves with the status, the signal-free output and
 * every look.
 */
function watchBuild(args: string[], watch: (children: string[], pid: number) => void = () => {}) {
  const child = spawn(process.execPath, buildArgs(args), { cwd: projectRoot, env: buildEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const looks: string[][] = [];
  let ended = false;
  const poll = () => {
    if (ended) return;
    try {
      const children = childrenOf(child.pid!);
      looks.push(children);
      watch(children, child.pid!);
    } catch {
      // The process table changed under `ps`: look again.
    }
    setTimeout(poll, 10);
  };
  poll();
  return new Promise<{ status: number | null; stdout: string; stderr: string; looks: string[][] }>((done) =>
    child.on('close', (status) => {
      ended = true;
      done({ status, stdout, stderr, looks });
    }),
  );
}

describe('npm run build output', () => {
  it('prints one line per stage with counts and times, and a summary', () => {
    const run = build([]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^brief {3}3 articles: 3 written, 0 unchanged, 0 kept as edited, 0 skipped \(\d+\.\d s\)$/);
    expect(lines[1]).toMatch(/^check {3}\d+ files: 0 errors, 0 warnings \(\d+\.\d s\)$/);
    const pages = Number(/^pages {3}(\d+) pages in .*dist\/ \(\d+\.\d s\)$/.exec(lines[2])?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(lines[3]).toMatch(new RegExp(`^search  ${pages} pages indexed whole \\(no earlier index of this folder\\) \\(\\d+\\.\\d s\\)$`));
    expect(lines[4]).toMatch(new RegExp(`^built ${pages} pages for http://localhost:4321/ in \\d+\\.\\d s \\(--verbose for every page\\)$`));
    expect(lines[5]).toBe(
      'note: no site address is set, so links in the feeds, the sitemap and canonical tags point at http://localhost:4321 (what `npm run preview` serves). Before publishing, set `url` in site.config.ts or SITE_URL (README, "Deployment").',
    );
    expect(lines).toHaveLength(6);
    expect(run.stderr).toBe('');
  }, 240_000);

  it('prints every page with --verbose, and names an edited briefing whose source changed', () => {
    // An editor's change to a briefing, then a change to its source: the build keeps the edit and says so.
    const briefings = join(dir, 'content/briefings');
    const [edited] = readdirSync(briefings).sort();
    const text = readFileSync(join(briefings, edited), 'utf8');
    writeFileSync(join(briefings, edited), text.replace(/^summary: /m, 'summary: Edited. '));
    const sourceFile = /^ {2}file: (.+)$/m.exec(text)![1];
    appendFileSync(join(dir, 'seeds', sourceFile), '\n\nA paragraph added to the source later.\n');
    const run = build(['--verbose'], { SITE_URL: 'https://news.example.com' });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    const slug = edited.slice(0, -3);
    expect(out).toContain(`  kept ${slug}.md as edited, but its source ${sourceFile} has changed (npm run brief -- --force ${slug} regenerates it)\n`);
    expect(out).toMatch(/^brief {3}3 articles: 0 written, 2 unchanged, 1 kept as edited, 0 skipped/m);
    expect(out).toMatch(/\/briefings\/[a-z0-9-]+\/index\.html/);
    expect(out).toMatch(/^built \d+ pages for https:\/\/news\.example\.com\/ in \d+\.\d s$/m);
    expect(out.split('\n').length).toBeGreaterThan(Number(/^pages {3}(\d+)/m.exec(out)?.[1]));
  }, 240_000);

  it('refuses a production build without an address, before doing any work', () => {
    const run = build(['--production']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      'build stopped: no site address: a site to publish needs its address for canonical links, the feeds and the sitemap. Set `url` in site.config.ts (e.g. "https://news.example.com") or the SITE_URL environment variable, then build again.',
    );
  });
});

describe('npm run build’s processes', () => {
  // Astro keeps what it built in memory until its process ends; the indexer needs about as much
  // again on a large site, so the two must never run at once (src/build/run-build.ts).
  it('renders the pages in a child process and indexes only after that process has exited', async () => {
    const run = await watchBuild(['--force']);
    expect(run.status, run.stderr).toBe(0);
    const astro = (c: string[]) => c.some((a) => a.includes('astro-child.ts'));
    const pagefind = (c: string[]) => c.some((a) => /pagefind/.test(a));
    const firstAstro = run.looks.findIndex(astro);
    const firstPagefind = run.looks.findIndex(pagefind);
    expect(firstAstro).toBeGreaterThanOrEqual(0);
    // Pagefind's process is the build script's own child, not Astro's, and starts after Astro's ended.
    expect(firstPagefind).toBeGreaterThan(firstAstro);
    expect(run.looks.slice(firstPagefind).some(astro)).toBe(false);
    expect(run.stdout).toMatch(/^search  \d+ pages indexed/m);
  }, 240_000);

  it('stops with a message naming the signal when Astro’s process is killed', async () => {
    let killed = false;
    const run = await watchBuild([], (children, pid) => {
      if (killed || !children.some((a) => a.includes('astro-child.ts'))) return;
      const line = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
        .split('\n')
        .find((l) => l.includes('astro-child.ts') && Number(l.trim().split(/\s+/)[1]) === pid);
      if (!line) return;
      process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
      killed = true;
    });
    expect(killed).toBe(true);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('build stopped: the site build was stopped by SIGKILL before it finished, most likely killed for want of memory');
    expect(run.stdout).not.toMatch(/^search /m);
  }, 240_000);

  it('says every so often how many files are written, instead of a line per page', () => {
    const run = build(['--force', '--progress-every', '0.2']);
    expect(run.status, run.stderr).toBe(0);
    const counts = [...run.stdout.matchAll(/^ {2}… (\d+) files written \(\d+ s; last step: \[[a-z-]+\] .+\)$/gm)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Pages, share images, feeds: every file a route writes.
    expect(counts.at(-1)).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('\u251C\u2500');
  }, 240_000);

  // Astro starts its content store afresh, and renders every page again, when its config
  // changes: how much the build prints must not be part of that config (progress-logger.ts).
  it('keeps the content store and the pages when the next build prints every page instead', () => {
    const run = build(['--verbose']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('[content] Synced content');
    expect(run.stdout).not.toContain('Astro config changed');
    expect(run.stdout).not.toContain('Clearing content store');
    expect(run.stdout).toMatch(/\/briefings\/[a-z0-9-]+\/index\.html \(cached\)/);
    expect(run.stdout).toMatch(/^search  no page changed since the whole index \(\d+\.\d s\)$/m);
  }, 240_000);

  it('refuses a progress interval that is not a positive number', () => {
    const run = build(['--progress-every', 'often']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('build: --progress-every takes a number of seconds above 0 (got "often")');
  });

  it('leaves the index to npm run index with SEARCH_INDEX=separate, and says so', () => {
    const run = build([], { SEARCH_INDEX: 'separate' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^search  not indexed \\(SEARCH_INDEX=separate\\): run \`npm run index -- --dist ${join(dir, 'dist').replace(/[.]/g, '\\.')}\`$`, 'm'));
  }, 240_000);
});
