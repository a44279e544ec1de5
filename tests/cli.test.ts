/**
 * Every `npm run` script answers `--help` with its usage and a wrong option with its name, the
 * reason and its usage (src/lib/cli.ts), never with Node's stack trace.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './helpers/site.ts';

const scripts = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
/** The npm scripts that run a script of ours with options (`node scripts/x.ts`), by npm name. */
const ours = Object.entries(scripts).flatMap(([name, command]) => {
  const m = /^node (scripts\/[\w-]+\.ts)$/.exec(command);
  return m ? [[name, m[1]!] as const] : [];
});

const run = (file: string, ...args: string[]) => spawnSync(process.execPath, [file, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });

describe('the scripts’ command lines', () => {
  it('covers the scripts package.json runs', () => {
    expect(ours.map(([name]) => name)).toEqual(expect.arrayContaining(['build', 'brief', 'eval', 'eval:people', 'bench', 'index', 'merge-shards', 'fit:figures', 'explain']));
  });

  it.each(ours)('npm run %s -- --help prints its usage', (_name, file) => {
    const r = run(file, '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^usage: (npm run|node scripts)/);
  }, 60_000);

  it.each(ours.filter(([name]) => name !== 'explain'))('npm run %s refuses an option it does not know, naming it', (_name, file) => {
    const r = run(file, '--no-such-option');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^[\w:-]+: Unknown option '--no-such-option'/);
    expect(r.stderr).toContain('usage: ');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
