/**
 * A wait that cannot end in silence (src/lib/abandoned.ts): when what a build waits on dies, the
 * process fails with a message instead of exiting 0 — shown with a promise that never settles, and
 * with Pagefind's real indexing process killed while it reads pages.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers/site.ts';

// No top-level await in the children: a build awaits inside callbacks, where an abandoned wait ends
// the process with status 0 (a top-level await would end it with 13).
const run = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: projectRoot, encoding: 'utf8' });

describe('failIfAbandoned', () => {
  it('exits with status 1 and the message when the awaited work can never settle', () => {
    const r = run("import { failIfAbandoned } from './src/lib/abandoned.ts'; failIfAbandoned(new Promise(() => {}), 'the indexer went away');");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the indexer went away');
  });

  it('changes nothing when the work settles', () => {
    const r = run("import { failIfAbandoned } from './src/lib/abandoned.ts'; console.log(await failIfAbandoned(Promise.resolve(42), 'never shown'));");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('42');
    expect(r.stderr).not.toContain('never shown');
  });
});

describe('indexing when Pagefind’s process is killed', () => {
  it('fails, and says that Pagefind stopped, instead of exiting 0 without an index', async () => {
    const site = mkdtempSync(join(tmpdir(), 'pagefind-killed-'));
    // Enough pages that reading them takes a while.
    for (let i = 0; i < 4000; i++) {
      mkdirSync(join(site, `p${i}`));
      const words = Array.from({ length: 300 }, (_, k) => `word${(i * 7 + k) % 5000}`).join(' ');
      writeFileSync(join(site, `p${i}`, 'index.html'), `<!doctype html><html lang="en"><head><title>Page ${i}</title></head><body><main data-pagefind-body><h1>Page ${i}</h1><p>${words}</p></main></body></html>`);
    }
    const child = spawn(process.execPath, ['--input-type=module', '-e', `import { indexFolder } from './src/integrations/pagefind.ts'; indexFolder(${JSON.stringify(site)}).then(() => console.log('indexed'));`], { cwd: projectRoot });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for Pagefind's own process to start under the child, then kill it as the kernel would.
    let killed = false;
    for (let tries = 0; tries < 400 && !killed; tries++) {
      await new Promise((r) => setTimeout(r, 25));
      const pids = (() => {
        try {
          return execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean);
        } catch {
          return [];
        }
      })();
      for (const pid of pids) {
        process.kill(Number(pid), 'SIGKILL');
        killed = true;
      }
    }
    const code = await exited;
    rmSync(site, { recursive: true, force: true });
    expect(killed).toBe(true);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Pagefind stopped while it (started|read the pages|wrote the index)/);
  }, 120_000);

  it('says the same when the process died before a step was sent (the pipe is broken, and the library rejects the step)', () => {
    // Pagefind's process killed between two pages: the next page's message meets a closed pipe, so
    // the step is rejected at once ("Pagefind backend closed") rather than left unanswered.
    const site = mkdtempSync(join(tmpdir(), 'pagefind-broken-'));
    const code = [
      "import { writeIndex } from './src/integrations/pagefind.ts';",
      "import { execFileSync } from 'node:child_process';",
      `writeIndex(${JSON.stringify(site)}, ${JSON.stringify(join(site, 'pagefind'))}, async (index, stopped) => {`,
      "  await stopped('read a', index.addHTMLFile({ sourcePath: 'a/index.html', content: '<html><body><main data-pagefind-body><p>one</p></main></body></html>' }));",
      "  execFileSync('pkill', ['-KILL', '-P', String(process.pid)]);",
      '  await new Promise((r) => setTimeout(r, 300));',
      "  await stopped('read b', index.addHTMLFile({ sourcePath: 'b/index.html', content: '<html><body><p>two</p></body></html>' }));",
      '  return 2;',
      "}).then(() => console.log('indexed'));",
    ].join('\n');
    const r = run(code);
    rmSync(site, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('indexed');
    expect(r.stderr).toMatch(/Pagefind stopped while it read b/);
  }, 60_000);
});
