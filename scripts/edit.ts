/**
 * npm run edit [-- --port 4321] [--proxy-port 8081] [--repo .]
 *
 * Local editing without GitHub: starts Decap CMS's local proxy (decap-server, which reads and
 * writes the files of the repository folder on disk) and the Astro dev server, whose /admin/ page
 * talks to that proxy. Open the printed address, edit, save: the files change on disk, ready for
 * `git diff`, `npm run check` and a commit. Both servers listen on 127.0.0.1 only. A port of 0
 * picks a free one. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const HOST = '127.0.0.1';
const root = resolve(import.meta.dirname, '..');

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Wait until something answers on `url`, or fail after `ms`. */
async function waitFor(url: string, init: RequestInit, ms: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with status ${child.exitCode}`);
    try {
      await fetch(url, init);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url}: no answer after ${ms / 1000} s`);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4321' },
        'proxy-port': { type: 'string', default: '8081' },
        repo: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`edit: ${(e as Error).message}\nusage: npm run edit -- [--port 4321] [--proxy-port 8081] [--repo .]`);
    return 2;
  }
  if (values.help) {
    console.log('usage: npm run edit -- [--port 4321] [--proxy-port 8081] [--repo .]   (0 picks a free port)');
    return 0;
  }
  const repo = resolve(values.repo);
  const port = Number(values.port) || (await freePort());
  const proxyPort = Number(values['proxy-port']) || (await freePort());
  const proxyUrl = `http://${HOST}:${proxyPort}/api/v1`;

  const children: ChildProcess[] = [];
  const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // fs mode writes straight to the working tree; the editorial workflow is GitHub's (docs/editing.md).
  const proxy = spawn(process.execPath, [resolve(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: HOST, MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(proxy);
  await waitFor(proxyUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }, 30_000, proxy);

  const dev = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', HOST], {
    cwd: root,
    env: {
      ...process.env,
      DECAP_SERVER_URL: proxyUrl,
      // The admin page's preview reads the glossary of the folder being edited.
      CONTENT_DIR: process.env.CONTENT_DIR || resolve(repo, 'content'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(dev);
  dev.stdout!.on('data', (b: Buffer) => process.stderr.write(b));
  await waitFor(`http://${HOST}:${port}/`, {}, 120_000, dev);

  console.log(`Editor: http://${HOST}:${port}/admin/  (files in ${repo}; local proxy ${proxyUrl})`);
  const exited = await Promise.race(children.map((c) => new Promise<number>((r) => c.once('exit', (code) => r(code ?? 1)))));
  stop();
  return exited;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`edit: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
