/**
 * npm run ingest -- [options] <source>...
 *
 * A source is a web page's address, a saved .html file, a feed (RSS, Atom, JSON Feed) by address
 * or file, or a folder of these. Each article becomes seeds/<slug>.md. Exit status 0 when every
 * source was read, 1 when any failed (the others are still ingested), 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { ingest, type SourceSpec } from '../src/ingest/ingest.ts';
import { Fetcher } from '../src/ingest/fetcher.ts';
import { HttpCache } from '../src/ingest/http-cache.ts';
import { readFeedList } from '../src/ingest/feed-list.ts';
import { isTimeZone } from '../src/ingest/dates.ts';

const USAGE = `usage: npm run ingest -- [options] <url | file.html | feed | folder>...
  --out <dir>          seeds folder (default seeds)
  --feeds <file>       also read the feeds listed in a feeds.yml
  --publisher <name>   publisher name for these sources (default: from the page or feed)
  --license <name>     licence for these sources (default: from the page or feed)
  --items <n>          newest entries taken per feed (default: all)
  --timezone <zone>    publisher's IANA time zone for dates (default: as the source gives them)
  --no-follow          use a feed's own text instead of fetching each entry's page
  --max-pages <n>      pages of a paginated article to follow (default 5)
  --allow-local        allow loopback and private addresses (tests, intranets)
  --cache <file>       conditional-GET cache (default .ingest-cache.json)
  --refresh            ignore the cache's validators for this run
  --per-host <n>       requests to one host at once (default 2)
  --delay <ms>         least time between requests to one host (default 1000)
  --timeout <ms>       time allowed per request (default 15000)
  --max-bytes <n>      largest body read (default 5000000)
  --no-robots          do not read robots.txt (only for your own sites)
  --quiet              print failures and the summary only`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', default: 'seeds' },
        feeds: { type: 'string' },
        publisher: { type: 'string' },
        license: { type: 'string' },
        items: { type: 'string' },
        timezone: { type: 'string' },
        'no-follow': { type: 'boolean', default: false },
        'max-pages': { type: 'string', default: '5' },
        'allow-local': { type: 'boolean', default: false },
        cache: { type: 'string', default: '.ingest-cache.json' },
        refresh: { type: 'boolean', default: false },
        'per-host': { type: 'string', default: '2' },
        delay: { type: 'string', default: '1000' },
        timeout: { type: 'string', default: '15000' },
        'max-bytes': { type: 'string', default: '5000000' },
        'no-robots': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  const num = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${text}"`);
    return n;
  };
  if (v.timezone && !isTimeZone(v.timezone)) throw new UsageError(`--timezone: "${v.timezone}" is not an IANA time zone such as Europe/London`);
  const specs: SourceSpec[] = positionals.map((location) => ({
    location,
    publisher: v.publisher,
    license: v.license,
    limit: num('items', v.items),
    timeZone: v.timezone,
  }));
  if (v.feeds) {
    const listed = readFeedList(v.feeds);
    // An empty list is a configuration, not a mistake: the scheduled run then has nothing to do.
    if (!listed.length && !specs.length) {
      console.log(`ingest: ${v.feeds} lists no feeds: nothing to do`);
      return 0;
    }
    specs.push(...listed);
  }
  if (!specs.length) throw new UsageError('no sources given');

  const cache = new HttpCache(v.cache);
  const fetcher = new Fetcher({
    allowLocal: v['allow-local'],
    perHost: num('per-host', v['per-host']),
    delayMs: num('delay', v.delay),
    timeoutMs: num('timeout', v.timeout),
    maxBytes: num('max-bytes', v['max-bytes']),
    robots: !v['no-robots'],
    cache: v.refresh ? new HttpCache() : cache,
  });
  const started = performance.now();
  let outcomes;
  try {
    outcomes = await ingest(specs, {
      outDir: v.out,
      fetcher,
      cache,
      follow: !v['no-follow'],
      maxPages: num('max-pages', v['max-pages']),
      log: (line) => {
        if (!v.quiet || line.startsWith('failed')) console.error(line);
      },
    });
  } finally {
    await fetcher.close();
  }
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  const secs = (performance.now() - started) / 1000;
  console.log(
    `ingest: ${outcomes.length} articles and sources in ${secs.toFixed(2)} s: ${count('written')} written, ${count('updated')} updated, ` +
      `${count('unchanged')} unchanged, ${count('not-modified')} not modified, ${count('duplicate')} duplicates, ${count('failed')} failed`,
  );
  return count('failed') > 0 ? 1 : 0;
}

class UsageError extends Error {}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`ingest: ${(e as Error).message}${e instanceof UsageError ? `\n${USAGE}` : ''}`);
    process.exitCode = 2;
  },
);
