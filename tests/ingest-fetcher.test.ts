/**
 * The fetcher against a local server: robots.txt, conditional GET, redirects, timeouts, the size
 * cap, the address guard (loopback refused by default, a redirect to another address refused),
 * per-host concurrency and the User-Agent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngestServer, type IngestServer } from './helpers/ingest-server.ts';
import { Fetcher, FetchError, DEFAULT_USER_AGENT } from '../src/ingest/fetcher.ts';
import { HttpCache } from '../src/ingest/http-cache.ts';
import { isBlockedAddress } from '../src/ingest/address-guard.ts';

let server: IngestServer;
/** A fetcher allowed to reach 127.0.0.1 only (not the rest of the loopback range). */
const local = (opts: ConstructorParameters<typeof Fetcher>[0] = {}) => new Fetcher({ allowLocal: ['127.0.0.1'], delayMs: 0, ...opts });

beforeAll(async () => {
  server = await startIngestServer();
});
afterAll(async () => {
  await server.close();
});

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetcher', () => {
  it('reads a page and names itself with the project address', async () => {
    const f = local();
    const r = await f.get(`${server.base}/pages/agency-cookie.html`);
    await f.close();
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(new TextDecoder().decode(r.bytes)).toContain('Norrhaven');
    expect(server.agents).toContain(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^BriefingsIngest\/[\d.]+ \(\+https?:\/\/\S+\)$/);
  });

  it('honours robots.txt', async () => {
    const f = local();
    const e = await failure(f.get(`${server.base}/private/page.html`));
    await f.close();
    expect(e.reason).toMatch(/robots\.txt disallows/);
    expect(server.hits.get('/private/page.html')).toBeUndefined();
  });

  it('sends stored validators and reports a 304 as not modified', async () => {
    const cache = new HttpCache();
    const f = local({ cache });
    const url = `${server.base}/feeds/rss.xml`;
    const first = await f.get(url, true);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.validators.etag).toMatch(/^"/);
    cache.set(url, first.validators.etag, first.validators.lastModified);
    const second = await f.get(url, true);
    await f.close();
    expect(second.status).toBe('not-modified');
  });

  it('follows redirects, and refuses past the bound', async () => {
    const f = local({ maxRedirects: 3 });
    const ok = await f.get(`${server.base}/redirect/2`);
    expect(ok.status === 'ok' && ok.url).toBe(`${server.base}/pages/agency-cookie.html`);
    const e = await failure(f.get(`${server.base}/redirect/5`));
    await f.close();
    expect(e.reason).toBe('more than 3 redirects');
    expect(e.url).toBe(`${server.base}/redirect/5`);
  });

  it('times out a slow server', async () => {
    const f = local({ timeoutMs: 300 });
    const started = Date.now();
    const e = await failure(f.get(`${server.base}/slow`));
    await f.close();
    expect(e.reason).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('stops reading past the size cap', async () => {
    const f = local({ maxBytes: 100_000 });
    const e = await failure(f.get(`${server.base}/huge`));
    await f.close();
    expect(e.reason).toMatch(/over the 100000-byte cap/);
  });

  it('refuses loopback addresses unless allowed', async () => {
    const f = new Fetcher({ delayMs: 0 });
    const e = await failure(f.get(`${server.base}/pages/agency-cookie.html`));
    await f.close();
    expect(e.reason).toMatch(/127\.0\.0\.1 is a private or loopback address.*--allow-local/);
  });

  it('re-checks the address at every redirect hop', async () => {
    const f = local();
    const before = server.hits.get('/pages/agency-cookie.html') ?? 0;
    const e = await failure(f.get(`${server.base}/to-private`));
    await f.close();
    expect(e.reason).toMatch(/redirected to http:\/\/127\.0\.0\.2:\d+\/pages\/agency-cookie\.html: 127\.0\.0\.2 is a private or loopback address/);
    expect(server.hits.get('/pages/agency-cookie.html') ?? 0).toBe(before);
  });

  it('reads only http and https', async () => {
    const f = local();
    const e = await failure(f.get('file:///etc/passwd'));
    await f.close();
    expect(e.reason).toMatch(/only http and https/);
  });

  it('sends at most perHost requests to one host at a time, delayMs apart', async () => {
    const f = local({ perHost: 2, delayMs: 40 });
    server.maxInFlight = 0;
    const started = Date.now();
    await Promise.all([1, 2, 3, 4, 5, 6].map((i) => f.get(`${server.base}/hold/${i}`)));
    await f.close();
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    // Six requests, two at a time, 150 ms each: at least three rounds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 150);
  });

  it('knows which addresses are not public', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0'])
      expect(isBlockedAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) expect(isBlockedAddress(a), a).toBe(false);
  });
});
