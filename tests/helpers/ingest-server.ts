/**
 * A local news site for the ingest tests, on 127.0.0.1 and a free port. It serves the fixture
 * pages and feeds (feeds get the server's address in place of {{BASE}}), a robots.txt, ETags with
 * 304 answers, redirect chains, a slow page, an oversized page, a redirect to another loopback
 * address (standing in for a private one), and routes a test can change while it runs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES } from '../../src/eval/ingest-figures.ts';

export { FIXTURES };

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.xml': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/feed+json',
};

export interface IngestServer {
  base: string;
  port: number;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  /** User-Agent headers seen. */
  agents: Set<string>;
  /** Most requests in flight at once. */
  maxInFlight: number;
  /** Serve `body` at `path` (HTML) until changed again. */
  setRoute: (path: string, body: string) => void;
  close: () => Promise<void>;
}

export async function startIngestServer(): Promise<IngestServer> {
  const routes = new Map<string, string>();
  let inFlight = 0;
  const state: IngestServer = {
    base: '',
    port: 0,
    hits: new Map(),
    agents: new Set(),
    maxInFlight: 0,
    setRoute: (path, body) => routes.set(path, body),
    close: async () => {},
  };
  const send = (req: IncomingMessage, res: ServerResponse, body: Buffer, type: string) => {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'content-length': body.length }).end(body);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    state.agents.add(String(req.headers['user-agent']));
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    if (path.startsWith('/hold/')) {
      // A page that takes a while, to see how many requests one host receives at once.
      await new Promise((r) => setTimeout(r, 150));
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${path}</p>`);
    }
    if (path === '/slow') {
      await new Promise((r) => setTimeout(r, 3000));
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>');
      return;
    }
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' }); // no length: the cap is checked while reading
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let i = 0; i < 32 && !res.destroyed; i++) res.write(chunk);
      return void res.end();
    }
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      return void res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/pages/agency-cookie.html' }).end();
    }
    if (path === '/to-private') return void res.writeHead(302, { location: `http://127.0.0.2:${state.port}/pages/agency-cookie.html` }).end();
    if (routes.has(path)) return send(req, res, Buffer.from(routes.get(path)!), 'text/html; charset=utf-8');
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    let body = readFileSync(file);
    if (path.startsWith('/feeds/')) body = Buffer.from(body.toString('utf8').replaceAll('{{BASE}}', state.base));
    send(req, res, body, TYPES[extname(file)] ?? 'application/octet-stream');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.port = (server.address() as AddressInfo).port;
  state.base = `http://127.0.0.1:${state.port}`;
  state.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return state;
}
