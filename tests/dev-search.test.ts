/**
 * `npm run dev` serves search from the last build's index (dist/pagefind), under the base path,
 * and says at start whether there is one; nothing outside the index is served; a build does not
 * install the dev middleware.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefindIntegration from '../src/integrations/pagefind.ts';
import { projectRoot } from './helpers/site.ts';

type Middleware = (req: { url?: string }, res: FakeResponse, next: () => void) => void;
interface FakeResponse {
  headers: Record<string, string>;
  body?: Buffer;
  setHeader(name: string, value: string): void;
  end(body: Buffer): void;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dev-search-'));
  mkdirSync(join(dir, 'dist/pagefind'), { recursive: true });
  writeFileSync(join(dir, 'dist/pagefind/pagefind.js'), 'export const search = 1;');
  mkdirSync(join(dir, 'dist/pagefind-delta'), { recursive: true });
  writeFileSync(join(dir, 'dist/pagefind-delta/pagefind-entry.json'), '{"version":"1.6.0"}');
  writeFileSync(join(dir, 'dist/secret.txt'), 'not for readers');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the integration's hooks as Astro would for `command`; the middleware and log lines. */
function start(command: 'dev' | 'build', outDir = join(dir, 'dist')) {
  const hooks = pagefindIntegration().hooks as Record<string, (options: unknown) => void>;
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(`info ${m}`), warn: (m: string) => logged.push(`warn ${m}`) };
  let middleware: Middleware | undefined;
  hooks['astro:config:setup']({ command });
  hooks['astro:config:done']({ config: { root: pathToFileURL(`${projectRoot}/`), outDir: pathToFileURL(`${outDir}/`), base: '/news' } });
  hooks['astro:server:setup']({ server: { middlewares: { use: (m: Middleware) => (middleware = m) } }, logger });
  return { middleware, logged };
}

function request(middleware: Middleware, url: string) {
  const res: FakeResponse = { headers: {}, setHeader: (n, v) => (res.headers[n] = v), end: (b) => (res.body = b) };
  let passed = false;
  middleware({ url }, res, () => (passed = true));
  return { res, passed };
}

describe('search under npm run dev', () => {
  it('serves the last build\'s index under the base path, and says so', () => {
    const { middleware, logged } = start('dev');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^info search uses the index of the last build \(.*dist\/pagefind, .*\): run `npm run build` to refresh it$/);
    const { res, passed } = request(middleware!, '/news/pagefind/pagefind.js?v=1');
    expect(passed).toBe(false);
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(res.body?.toString()).toBe('export const search = 1;');
    // The delta bundle of pages changed since the whole index, which shards.json lists.
    const delta = request(middleware!, '/news/pagefind-delta/pagefind-entry.json');
    expect(delta.passed).toBe(false);
    expect(delta.res.headers['Content-Type']).toBe('application/json');
    expect(delta.res.body?.toString()).toBe('{"version":"1.6.0"}');
  });

  it('serves nothing outside the index and leaves other paths to Astro', () => {
    const { middleware } = start('dev');
    for (const url of ['/news/pagefind/../secret.txt', '/news/pagefind/%2e%2e/secret.txt', '/news/pagefind-delta/../secret.txt', '/news/pagefind/missing.js', '/news/about/']) {
      const { res, passed } = request(middleware!, url);
      expect(passed, url).toBe(true);
      expect(res.body, url).toBeUndefined();
    }
  });

  it('says plainly when there is no index yet', () => {
    const { logged } = start('dev', join(dir, 'nothing-built'));
    expect(logged).toEqual(['warn search needs an index, and there is none yet: run `npm run build` once, then search works here too (or use `npm run preview`)']);
  });

  it('adds nothing to the server a build starts', () => {
    const { middleware, logged } = start('build');
    expect(middleware).toBeUndefined();
    expect(logged).toEqual([]);
  });
});
