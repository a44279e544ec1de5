/**
 * The polite, safe fetcher every network read of the ingester goes through.
 *
 * - It names itself (User-Agent with the project's address) and honours robots.txt, including a
 *   Crawl-delay, checked again at every redirect hop.
 * - At most `perHost` requests to one host at once, `delayMs` apart (HostGates).
 * - Conditional GET: ETag / Last-Modified kept in a small cache file (HttpCache); a 304 is
 *   reported as `not-modified` so the caller can skip the source.
 * - Only http(s); a timeout over the whole exchange; a size cap checked on Content-Length and
 *   again while reading; redirects followed by hand, at most `maxRedirects`.
 * - No private or loopback address unless `allowLocal`: the host is resolved and checked before
 *   each hop, and the connection's own DNS lookup is checked again so a name that changes its
 *   address between the two (DNS rebinding) is refused too.
 */
import { Agent, fetch, type Dispatcher } from 'undici';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { ROBOTS_AGENT, robotsVerdict, type RobotsVerdict } from './robots.ts';
import { checkHost, isBlockedAddress } from './address-guard.ts';
import { HostGates } from './host-gate.ts';
import type { HttpCache } from './http-cache.ts';
import { siteUrl } from '../lib/config.ts';

/**
 * The address named in the User-Agent so a site's operators can see who reads them and reach
 * them: INGEST_CONTACT when set (the workflow sets the repository's address), else the site's.
 */
export const CONTACT_URL = process.env.INGEST_CONTACT || siteUrl;
export const DEFAULT_USER_AGENT = `BriefingsIngest/0.1 (+${CONTACT_URL})`;

export interface FetcherOptions {
  userAgent?: string;
  /**
   * Allow loopback and private addresses: true for all of them (tests, an intranet), or a list
   * of the exact addresses allowed. Default false.
   */
  allowLocal?: boolean | readonly string[];
  /** Whole-exchange timeout per request, in ms. Default 15 000. */
  timeoutMs?: number;
  /** Largest body read, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Redirect hops followed. Default 5. */
  maxRedirects?: number;
  /** Requests to one host at once. Default 2. */
  perHost?: number;
  /** Least time between two requests to one host, in ms. Default 1 000. */
  delayMs?: number;
  /** Honour robots.txt. Default true. */
  robots?: boolean;
  /** Validators for conditional GET; none means every read is a full one. */
  cache?: HttpCache;
}

/** A body read, or a 304 for a conditional read. */
export type FetchResult =
  | {
      status: 'ok';
      /** The address the body came from, after redirects. */
      url: string;
      bytes: Uint8Array;
      contentType: string | undefined;
      /** The response's ETag / Last-Modified, for the caller to keep once it has used the body. */
      validators: { etag?: string; lastModified?: string };
    }
  | { status: 'not-modified'; url: string };

/** A fetch that failed, with the address and a reason written for a person. */
export class FetchError extends Error {
  readonly url: string;
  readonly reason: string;
  constructor(url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
    this.url = url;
    this.reason = reason;
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Pages and the feed formats read, then anything (a server may label a feed oddly). */
const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** A result before the final address is known (Omit applied to each member of the union). */
type WithoutUrl<T> = T extends unknown ? Omit<T, 'url'> : never;

/** The fetcher; one per run, so politeness and robots.txt are shared across sources. */
export class Fetcher {
  private readonly opts: Required<Omit<FetcherOptions, 'cache'>> & { cache?: HttpCache };
  private readonly gates: HostGates;
  private readonly robots = new Map<string, Promise<RobotsVerdict>>();
  private readonly dispatcher: Dispatcher;

  constructor(options: FetcherOptions = {}) {
    this.opts = {
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      allowLocal: options.allowLocal ?? false,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxBytes: options.maxBytes ?? 5_000_000,
      maxRedirects: options.maxRedirects ?? 5,
      perHost: options.perHost ?? 2,
      delayMs: options.delayMs ?? 1_000,
      robots: options.robots ?? true,
      cache: options.cache,
    };
    this.gates = new HostGates(this.opts.perHost, this.opts.delayMs);
    const allowed = (address: string) =>
      this.opts.allowLocal === true || !isBlockedAddress(address) || (Array.isArray(this.opts.allowLocal) && this.opts.allowLocal.includes(address));
    this.dispatcher = new Agent({
      connect: {
        // Checked at connection time too: the address actually dialled is the one that counts.
        lookup: ((hostname: string, options: LookupOptions, callback: (...args: unknown[]) => void) =>
          dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
            if (err) return callback(err);
            const bad = addresses.find((a) => !allowed(a.address));
            if (bad) return callback(new Error(`${hostname} resolves to ${bad.address}, a private or loopback address`));
            if (options.all) return callback(null, addresses);
            callback(null, addresses[0].address, addresses[0].family);
          })) as LookupFunction,
      },
    });
  }

  /**
   * Read an address.
   * @param conditional send the validators stored for `url` and report a 304 as `not-modified`.
   * @throws FetchError naming the address and the reason.
   */
  async get(url: string, conditional = false): Promise<FetchResult> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = await this.checkUrl(current, url);
      if (this.opts.robots) await this.checkRobots(target);
      // The host's gate is held until the body is read: a slow download counts against the host.
      const step = await this.gates.run(target.host, () => this.exchange(url, target, conditional && hop === 0));
      if ('location' in step) {
        if (hop >= this.opts.maxRedirects) throw new FetchError(url, `more than ${this.opts.maxRedirects} redirects`);
        current = new URL(step.location, target).href;
        continue;
      }
      return { ...step, url: current } as FetchResult;
    }
  }

  /** One request and its body: a result, or the next hop's address. */
  private async exchange(url: string, target: URL, conditional: boolean): Promise<WithoutUrl<FetchResult> | { location: string }> {
    const response = await this.request(target, conditional ? url : undefined);
    if (REDIRECTS.has(response.status)) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new FetchError(url, `redirect (${response.status}) without a Location header`);
      return { location };
    }
    if (response.status === 304 && conditional) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      throw new FetchError(url, `the server answered ${response.status} ${response.statusText}`.trim());
    }
    const bytes = await this.readBody(url, response);
    const validators = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
    return { status: 'ok', bytes, contentType: response.headers.get('content-type') ?? undefined, validators };
  }

  /** Close idle connections (the process can then exit at once). */
  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  private async checkUrl(current: string, original: string): Promise<URL> {
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      throw new FetchError(original, `not a valid address: ${current}`);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
      throw new FetchError(original, `only http and https addresses are read, not ${target.protocol} (${current})`);
    if (this.opts.allowLocal !== true) {
      const refused = await checkHost(target.hostname, Array.isArray(this.opts.allowLocal) ? this.opts.allowLocal : []);
      if (refused) throw new FetchError(original, current === original ? refused : `redirected to ${current}: ${refused}`);
    }
    return target;
  }

  private async request(target: URL, conditionalFor: string | undefined) {
    const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, accept: ACCEPT };
    const stored = conditionalFor ? this.opts.cache?.get(conditionalFor) : undefined;
    if (stored?.etag) headers['if-none-match'] = stored.etag;
    if (stored?.lastModified) headers['if-modified-since'] = stored.lastModified;
    try {
      return await fetch(target, {
        headers,
        redirect: 'manual',
        dispatcher: this.dispatcher,
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (e) {
      throw new FetchError(target.href, describeNetworkError(e, this.opts.timeoutMs));
    }
  }

  private async readBody(url: string, response: Awaited<ReturnType<typeof fetch>>): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length'));
    if (declared > this.opts.maxBytes) {
      await response.body?.cancel();
      throw new FetchError(url, `the body is ${declared} bytes, over the ${this.opts.maxBytes}-byte cap`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        // Leaving the loop by throwing cancels the stream, so the rest is never downloaded.
        if (size > this.opts.maxBytes) throw new FetchError(url, `the body is over the ${this.opts.maxBytes}-byte cap`);
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      throw new FetchError(url, describeNetworkError(e, this.opts.timeoutMs));
    }
    return Buffer.concat(chunks);
  }

  /** Refuse an address its site's robots.txt disallows for this agent. */
  private async checkRobots(target: URL): Promise<void> {
    let verdict = this.robots.get(target.origin);
    if (!verdict) this.robots.set(target.origin, (verdict = this.loadRobots(target)));
    const v = await verdict;
    if ('refused' in v) throw new FetchError(target.href, v.refused);
    if (!v.allowed(target.href)) throw new FetchError(target.href, `${target.origin}/robots.txt disallows it for ${ROBOTS_AGENT}`);
  }

  /** Read an origin's robots.txt once (redirects not followed, as for robots.ts). */
  private async loadRobots(target: URL): Promise<RobotsVerdict> {
    const robotsUrl = new URL('/robots.txt', target.origin);
    try {
      const verdict = await this.gates.run(target.host, async () => {
        const response = await this.request(robotsUrl, undefined);
        if (response.status < 200 || response.status > 299) {
          await response.body?.cancel();
          return robotsVerdict(robotsUrl.href, response.status, '');
        }
        const text = new TextDecoder().decode(await this.readBody(robotsUrl.href, response));
        return robotsVerdict(robotsUrl.href, response.status, text);
      });
      if ('allowed' in verdict && verdict.crawlDelayMs) this.gates.slowDown(target.host, verdict.crawlDelayMs);
      return verdict;
    } catch (e) {
      return { refused: `its robots.txt could not be read (${(e as FetchError).reason ?? (e as Error).message})` };
    }
  }
}

/** A network error in words: timeouts, refused connections and refused addresses. */
function describeNetworkError(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: Error & { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no complete answer within ${timeoutMs} ms (timed out)`;
  const cause = err.cause;
  if (cause?.message?.includes('private or loopback')) return `${cause.message} (use --allow-local to allow it)`;
  if (cause?.code) return `${cause.code}: ${cause.message}`;
  return cause?.message ?? err.message;
}
