/**
 * robots.txt as the fetcher applies it (RFC 9309): a missing file (4xx, or a redirect, which is
 * not followed) allows everything; a server error disallows the whole site until it can be read;
 * otherwise robots-parser decides per address, and a Crawl-delay slows the host down.
 */
import robotsParser from 'robots-parser';

/** The product token robots.txt rules are matched against. */
export const ROBOTS_AGENT = 'BriefingsIngest';

/** Longest Crawl-delay honoured, in seconds: longer ones would stall a scheduled run. */
const MAX_CRAWL_DELAY = 60;

/** What a site's robots.txt says: a test per address and a delay, or why the site is not read. */
export type RobotsVerdict = { allowed: (url: string) => boolean; crawlDelayMs: number } | { refused: string };

/** Interpret a robots.txt answer: its HTTP status and, for a 2xx, its text. */
export function robotsVerdict(robotsUrl: string, status: number, text: string): RobotsVerdict {
  if (status >= 500) return { refused: `its robots.txt answered ${status}, so the site is not read for now` };
  if (status >= 300) return { allowed: () => true, crawlDelayMs: 0 };
  const robots = robotsParser(robotsUrl, text);
  const delay = robots.getCrawlDelay(ROBOTS_AGENT) ?? 0;
  return {
    allowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false,
    crawlDelayMs: Math.min(delay, MAX_CRAWL_DELAY) * 1000,
  };
}
