/**
 * The scheduled ingest workflow's own commands, run in a clean clone against the local fixtures.
 *
 * The `run:` steps are read from .github/workflows/ingest.yml and run in order, as GitHub runs
 * them (bash -eo pipefail), with FEEDS_FILE pointing at a fixture feeds file and INGEST_FLAGS
 * allowing the loopback server. Changed for the test, and only these: the `uses:` steps (checkout,
 * setup-node, cache) are GitHub's; `npm ci` is replaced by a link to this checkout's node_modules
 * (the same lockfile, without minutes of unpacking); `origin` is a local bare repository; `gh` is a
 * stand-in that records the pull request it is asked to open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { startIngestServer, type IngestServer } from './helpers/ingest-server.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
}

const repo = process.cwd();
let server: IngestServer;
let root: string;

beforeAll(async () => {
  server = await startIngestServer();
  root = mkdtempSync(join(tmpdir(), 'ingest-workflow-'));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Run one step's script as GitHub does, asynchronously (the fixture server is in this process). */
function runStep(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('ingest workflow', () => {
  it('runs its steps in a clean clone: ingests the fixture feed, briefs it, pushes a branch and opens one pull request', async () => {
    const workflow = parseYaml(readFileSync(join(repo, '.github/workflows/ingest.yml'), 'utf8'));
    expect(workflow.permissions).toEqual({ 'contents': 'write', 'pull-requests': 'write' });
    const job = workflow.jobs.ingest;
    const steps: Step[] = job.steps;

    // A clean clone of the committed tree, with a bare repository as its origin.
    const clone = join(root, 'clone');
    const origin = join(root, 'origin.git');
    execFileSync('git', ['clone', '--quiet', repo, clone]);
    execFileSync('git', ['init', '--quiet', '--bare', origin]);
    execFileSync('git', ['remote', 'set-url', 'origin', origin], { cwd: clone });
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
    const base = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim();

    // The fixture feeds file and a gh that records what it is asked.
    const feeds = join(root, 'feeds.yml');
    writeFileSync(feeds, `feeds:\n  - url: ${server.base}/feeds/rss.xml\n    publisher: Fixture Wire\n    license: CC BY 4.0\n    items: 3\n`);
    const bin = join(root, 'bin');
    mkdirSync(bin);
    const ghLog = join(root, 'gh.log');
    writeFileSync(join(bin, 'gh'), `#!/bin/bash\nprintf '%s\\n' "$@" >> '${ghLog}'\necho 'https://github.invalid/pull/1'\n`);
    chmodSync(join(bin, 'gh'), 0o755);
    const temp = join(root, 'runner-temp');
    mkdirSync(temp);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...Object.fromEntries(Object.entries(job.env as Record<string, string>).filter(([, v]) => !String(v).includes('${{'))),
      FEEDS_FILE: feeds,
      INGEST_FLAGS: '--allow-local --delay 0',
      BASE_BRANCH: 'main',
      INGEST_CONTACT: 'https://github.invalid/briefings',
      GH_TOKEN: 'not-a-token',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: temp,
      PATH: `${bin}:${process.env.PATH}`,
      GIT_AUTHOR_DATE: '2026-03-12T06:00:00Z',
    };

    const ran: string[] = [];
    for (const step of steps) {
      if (step.uses) continue; // GitHub's actions
      if (step.id === 'install') {
        expect(step.run).toBe('npm ci');
        continue; // node_modules is linked above
      }
      const { code, out } = await runStep(step.run!, clone, env);
      expect(code, `step "${step.name}" failed:\n${out}`).toBe(0);
      ran.push(step.name!);
    }
    expect(ran).toEqual(['Ingest the feeds', 'Brief the new stories', 'Open a pull request', 'Fail when a source or a briefing failed']);

    // One pull request, from the pushed branch, listing the new seeds and briefings.
    const gh = readFileSync(ghLog, 'utf8').split('\n');
    expect(gh.slice(0, 2)).toEqual(['pr', 'create']);
    const head = gh[gh.indexOf('--head') + 1];
    expect(head).toMatch(/^ingest\/\d{4}-\d{2}-\d{2}-\d{4}-4242$/);
    const body = readFileSync(gh[gh.indexOf('--body-file') + 1], 'utf8');
    expect(body).toContain('seeds/harbour-authority-approves-new-ferry-terminal-for-norrhaven.md');
    expect(body).toMatch(/content\/briefings\/.*\.md/);
    expect(body).toContain('3 written');

    // The branch on origin holds three new seeds and their briefings, and nothing else changed.
    const files = execFileSync('git', ['diff', '--name-status', base, head], { cwd: clone, encoding: 'utf8' });
    const pushed = execFileSync('git', ['ls-remote', '--heads', origin], { encoding: 'utf8' });
    expect(pushed).toContain(`refs/heads/${head}`);
    const added = files.trim().split('\n').filter((l) => l.startsWith('A\t'));
    expect(added.filter((l) => l.startsWith('A\tseeds/'))).toHaveLength(3);
    expect(added.filter((l) => l.startsWith('A\tcontent/briefings/'))).toHaveLength(3);
    const seed = readFileSync(join(clone, 'seeds/hero-dog-collie-alerts-family-to-fire-at-3am.md'), 'utf8');
    expect(seed).toMatch(/^source: Fixture Wire$/m);
    expect(seed).toMatch(/^license: CC BY 4.0$/m);
  });
});
