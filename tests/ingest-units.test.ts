/**
 * The ingester's small parts on strings: dates, charsets, metadata, boilerplate rules, feeds,
 * fingerprints and the feeds.yml reader.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseDate } from '../src/ingest/dates.ts';
import { decodeDocument } from '../src/ingest/charset.ts';
import { readMetadata, licenseName, languageTag } from '../src/ingest/metadata.ts';
import { loadRules, removeBoilerplate } from '../src/ingest/boilerplate.ts';
import { parseWithLinkedom } from '../src/ingest/dom.ts';
import { readFeed, looksLikeFeed } from '../src/ingest/feeds.ts';
import { fingerprint, normaliseUrl } from '../src/ingest/seed-store.ts';
import { readFeedList } from '../src/ingest/feed-list.ts';
import { countWords, extractPage } from '../src/ingest/extract-page.ts';
import { parseSource, toIsoDate } from '../src/pipeline/parse-source.ts';
import { robotsVerdict } from '../src/ingest/robots.ts';

describe('dates', () => {
  it('keeps the publisher’s offset, or converts into a configured time zone', () => {
    expect(normaliseDate('2026-03-04T09:30:00+01:00')).toBe('2026-03-04T09:30:00+01:00');
    expect(normaliseDate('2026-07-04T09:30:00Z', 'Europe/London')).toBe('2026-07-04T10:30:00+01:00');
    expect(normaliseDate('Wed, 04 Mar 2026 08:30:00 GMT', 'Asia/Tokyo')).toBe('2026-03-04T17:30:00+09:00');
    expect(normaliseDate('Wed, 04 Mar 2026 08:30:00 -0500')).toBe('2026-03-04T08:30:00-05:00');
  });
  it('gives a local time the configured zone’s offset, daylight saving included', () => {
    expect(normaliseDate('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
    expect(normaliseDate('2026-07-15T09:00', 'America/New_York')).toBe('2026-07-15T09:00:00-04:00');
    expect(normaliseDate('2026-01-15T09:00')).toBe('2026-01-15T09:00:00');
  });
  it('keeps a date alone as a date, and refuses what is not a date', () => {
    expect(normaliseDate('2026-03-04', 'Asia/Tokyo')).toBe('2026-03-04');
    expect(normaliseDate('4 March 2026')).toBe('2026-03-04');
    expect(normaliseDate('2026-02-30')).toBeUndefined();
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseDate('Wed, 04 Mar 2026 08:30:00')).toBeUndefined(); // no zone: ambiguous
  });
  it('the seed parser keeps the publisher’s calendar date of a date-time with an offset', () => {
    expect(toIsoDate('2026-03-04T00:30:00+01:00')).toBe('2026-03-04');
    expect(toIsoDate('2026-03-04T23:30:00-05:00')).toBe('2026-03-04');
    const a = parseSource('a.md', '---\ntitle: T\ndate: "2026-03-04T23:30:00-05:00"\nupdated: "2026-03-05T08:00:00-05:00"\nlanguage: en\n---\n\nBody text.\n');
    expect(a.meta).toMatchObject({ date: '2026-03-04', updated: '2026-03-05', language: 'en' });
  });
});

describe('charsets', () => {
  const cp1252 = Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><p>caf'), 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80]);
  it('uses the charset a page declares in a meta tag', () => {
    expect(decodeDocument(cp1252)).toEqual({ text: '<meta charset="windows-1252"><p>café “q” €', encoding: 'windows-1252' });
  });
  it('prefers the Content-Type header’s charset, as browsers do', () => {
    const bytes = new Uint8Array(Buffer.from('<meta charset="windows-1252"><p>café', 'utf8'));
    expect(decodeDocument(bytes, 'text/html; charset=UTF-8').text).toContain('café');
  });
  it('reads Shift_JIS and an XML declaration’s encoding', () => {
    const sjis = new Uint8Array([...Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><t>'), 0x93, 0xfa, 0x96, 0x7b]);
    expect(decodeDocument(sjis).text).toContain('<t>日本');
  });
  it('falls back to detection when nothing is declared', () => {
    const bytes = Uint8Array.from([...Buffer.from('<p>Le caf'), 0xe9, ...Buffer.from(' de la gare a rouvert samedi, '), 0x93, ...Buffer.from('enfin'), 0x94, ...Buffer.from('.</p>')]);
    expect(decodeDocument(bytes).text).toBe('<p>Le café de la gare a rouvert samedi, “enfin”.</p>');
  });
});

describe('metadata', () => {
  it('reads a NewsArticle inside @graph, several authors, and the canonical link', () => {
    const doc = parseWithLinkedom(
      `<html lang="en_gb"><head><link rel="canonical" href="/a?x=1"><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H","datePublished":"2026-01-02T03:04:05+01:00","author":[{"name":"A One"},{"name":"B Two"},"C Three"],"publisher":{"name":"P"},"license":"https://creativecommons.org/licenses/by-sa/4.0/"}]}</script></head><body></body></html>`,
      undefined,
    );
    expect(readMetadata(doc, 'https://news.example/x')).toMatchObject({
      title: 'H',
      url: 'https://news.example/a?x=1',
      source: 'P',
      date: '2026-01-02T03:04:05+01:00',
      author: 'A One, B Two and C Three',
      license: 'CC BY-SA 4.0',
      language: 'en-GB',
    });
  });
  it('skips a broken JSON-LD block and an author that is a profile address', () => {
    const doc = parseWithLinkedom(
      `<html><head><script type="application/ld+json">{broken</script><meta property="article:author" content="https://x.example/p"><meta property="og:title" content="OG"></head><body></body></html>`,
      undefined,
    );
    const m = readMetadata(doc, undefined);
    expect(m.title).toBe('OG');
    expect(m.author).toBeUndefined();
  });
  it('names licences and language tags', () => {
    expect(licenseName('http://creativecommons.org/licenses/by/2.5/')).toBe('CC BY 2.5');
    expect(licenseName('https://creativecommons.org/publicdomain/zero/1.0/')).toBe('CC0 1.0');
    expect(licenseName('All rights reserved')).toBe('All rights reserved');
    expect(languageTag('pt_BR')).toBe('pt-BR');
    expect(languageTag('not a language!')).toBeUndefined();
  });
});

describe('boilerplate rules', () => {
  const rules = loadRules();
  const clean = (html: string) => {
    const doc = parseWithLinkedom(`<!DOCTYPE html><html><body>${html}</body></html>`, undefined);
    removeBoilerplate(doc.body, rules);
    return doc.body.textContent!.replace(/\s+/g, ' ').trim();
  };
  it('removes labels and furniture but not article sentences that start with the same words', () => {
    expect(clean('<p>Shares in the company fell by a tenth.</p><p>Share this article</p>')).toBe('Shares in the company fell by a tenth.');
    expect(clean('<p>Related charges were filed on Monday.</p><p>Related: Another story</p>')).toBe('Related charges were filed on Monday.');
    expect(clean('<p>Read more: Something else</p><p>Advertisement</p><p>Readers wrote in.</p>')).toBe('Readers wrote in.');
  });
  it('removes by class or id word, never by part of a word', () => {
    expect(clean('<div class="c-share-bar">X</div><div id="cookie_notice">Y</div><p class="shareholders">Z</p>')).toBe('Z');
  });
});

describe('feeds', () => {
  it('recognises feeds by content and type', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('{"version":"https://jsonfeed.org/version/1.1","items":[]}')).toBe(true);
    expect(looksLikeFeed('<!DOCTYPE html><html>')).toBe(false);
    expect(looksLikeFeed('', 'application/atom+xml')).toBe(true);
  });
  it('reads an RSS item’s name out of "email (Name)" and decodes HTML titles', () => {
    const f = readFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A &amp;amp; B</title><link>/a</link><author>desk@x.example (Jo Doe)</author><pubDate>Tue, 03 Mar 2026 08:00:00 +0100</pubDate></item></channel></rss>`,
      'https://x.example/feed',
    );
    expect(f.entries[0]).toMatchObject({ url: 'https://x.example/a', title: 'A & B', author: 'Jo Doe', date: '2026-03-03T08:00:00+01:00' });
  });
  it('throws on text that is not a feed', () => {
    expect(() => readFeed('<html><body>no</body></html>')).toThrow();
  });
});

describe('duplicates', () => {
  it('a fingerprint ignores markup, case and typography', () => {
    expect(fingerprint('“Hello,” she said.\n\nSecond _line_.')).toBe(fingerprint('"hello" she said\n\nsecond line'));
    expect(fingerprint('One story.')).not.toBe(fingerprint('Another story.'));
  });
  it('addresses compare without fragments, tracking parameters or a trailing slash', () => {
    expect(normaliseUrl('https://X.example/a/?utm_source=rss&id=2#top')).toBe(normaliseUrl('https://x.example/a?id=2'));
  });
});

describe('page limits', () => {
  it('refuses a page with far more elements than any article page, saying so', () => {
    const html = `<html><body><article>${'<p>x</p>'.repeat(61_000)}</article></body></html>`;
    const started = Date.now();
    expect(() => extractPage(html)).toThrow('the page has 61003 elements, more than the 60000 an article page could need');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('words', () => {
  it('counts Chinese and Japanese characters as words', () => {
    expect(countWords('two words')).toBe(2);
    expect(countWords('図書館')).toBe(3);
  });
});

describe('feeds.yml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'feeds-yml-'));
  it('reads feeds with their publisher, licence, item count and time zone', () => {
    const p = join(dir, 'ok.yml');
    writeFileSync(p, 'feeds:\n  - url: https://x.example/feed\n    publisher: X News\n    license: CC BY 4.0\n    items: 5\n    timezone: Europe/Paris\n  - url: https://y.example/rss\n    publisher: Y\n');
    expect(readFeedList(p)).toEqual([
      { location: 'https://x.example/feed', publisher: 'X News', license: 'CC BY 4.0', limit: 5, timeZone: 'Europe/Paris' },
      { location: 'https://y.example/rss', publisher: 'Y', license: undefined, limit: 10, timeZone: undefined },
    ]);
  });
  it('names the file and the entry that is wrong', () => {
    const p = join(dir, 'bad.yml');
    writeFileSync(p, 'feeds:\n  - url: https://x.example/feed\n    publisher: X\n    timezone: Mars/Olympus\n');
    expect(() => readFeedList(p)).toThrow(`${p}: feeds.0.timezone: not a time zone`);
  });
});

describe('robots.txt', () => {
  const url = 'https://x.example/robots.txt';
  it('applies the rules for this agent, and its Crawl-delay up to a minute', () => {
    const v = robotsVerdict(url, 200, 'User-agent: BriefingsIngest\nDisallow: /drafts/\nCrawl-delay: 600\n\nUser-agent: *\nDisallow: /\n');
    if (!('allowed' in v)) throw new Error('expected rules');
    expect(v.allowed('https://x.example/news/a')).toBe(true);
    expect(v.allowed('https://x.example/drafts/a')).toBe(false);
    expect(v.crawlDelayMs).toBe(60_000);
  });
  it('a missing robots.txt allows all; a server error refuses the site, saying so', () => {
    const missing = robotsVerdict(url, 404, '');
    expect('allowed' in missing && missing.allowed('https://x.example/anything')).toBe(true);
    expect(robotsVerdict(url, 503, '')).toEqual({ refused: 'its robots.txt answered 503, so the site is not read for now' });
  });
});
