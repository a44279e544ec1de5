/**
 * Hostile input, end to end: the vendored hostile set (corpora/hostile/dev) and this project's
 * own variants (tests/fixtures/hostile-extra) go through the real brief command and one real
 * site build; then every case is checked against its manifest, the built HTML is scanned for
 * live markup, feeds and structured data are checked, and a browser opens every hostile page
 * and searches for hostile words. Nothing a source holds may run, at build time or in a browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, corporaDir, projectRoot } from './helpers/site.ts';
import { useServedSite } from './helpers/built-site.ts';
import { parseMarkdown, stringifyMarkdown } from '../src/pipeline/frontmatter.ts';
import { checkContent } from '../src/check/index.ts';
import { briefingSchema, type Briefing } from '../src/schema/briefing.ts';

const hostileDir = join(corporaDir, 'hostile');
const checker = join(hostileDir, 'check-rendered.mjs');
const sets = { dev: join(hostileDir, 'dev'), extra: join(projectRoot, 'tests/fixtures/hostile-extra') };

interface Case {
  set: keyof typeof sets;
  file: string;
  family: string;
  expect: 'build-safe' | 'reject-clear' | 'dedupe';
  note: string;
  /** Literal strings the rendered page must show as text (extra set only). */
  shows: string[];
}

/** Rows of a MANIFEST.tsv (`file family expect note [shows]`, header row). */
function readManifest(set: keyof typeof sets): Case[] {
  const rows = readFileSync(join(sets[set], 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return rows.map((row) => {
    const [file, family, expect, note = '', shows = ''] = row.split('\t');
    if (!['build-safe', 'reject-clear', 'dedupe'].includes(expect)) throw new Error(`bad manifest row: ${row}`);
    return { set, file, family, expect: expect as Case['expect'], note, shows: shows ? shows.split('|') : [] };
  });
}

const usedSets = ['dev', 'extra'] as Array<keyof typeof sets>;
const cases = usedSets.flatMap(readManifest);
const rendered = cases.filter((c) => c.expect !== 'reject-clear');

let scratch: string;
let seeds: string;
let content: string;
let dist: string;
let brief: { status: number | null; stdout: string; stderr: string };
let buildOutput = '';
/** Briefings by source file name. */
const bySource = new Map<string, { slug: string; fileName: string; data: Briefing; text: string }>();

const pwnedInTmp = () => readdirSync('/tmp').filter((n) => n.startsWith('hostile-pwned-'));

beforeAll(() => {
  for (const n of pwnedInTmp()) rmSync(join('/tmp', n), { force: true });
  scratch = mkdtempSync(join(tmpdir(), 'hostile-'));
  seeds = join(scratch, 'seeds');
  content = join(scratch, 'content');
  dist = join(scratch, 'dist');
  mkdirSync(seeds);
  for (const set of usedSets) {
    const dir = sets[set];
    const files = readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n));
    expect(files.length, `${set} sources`).toBe(readManifest(set).length);
    // `--` because some names start with "-"; no shell, so no name is ever interpreted.
    execFileSync('cp', ['--', ...files.map((f) => join(dir, f)), seeds]);
  }
  // Node runs the TypeScript script itself, as `npm run brief` does.
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content], {
    cwd: scratch,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  brief = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  const dir = join(content, 'briefings');
  for (const fileName of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(join(dir, fileName), 'utf8');
    const data = briefingSchema.parse(parseMarkdown(text).data);
    bySource.set(data.source.file, { slug: data.slug, fileName, data, text });
  }
  // An editor's hand edit with raw HTML: the build must neutralise it too (defence in depth).
  writeFileSync(join(dir, `${EDITED}.md`), editorBriefing());
  try {
    buildOutput = buildSite(content, dist);
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`site build failed:\n${err.stderr ?? ''}\n${(err.stdout ?? '').slice(-3000)}`);
  }
}, 240_000);

/** Slug of a briefing an editor filled with raw HTML and script links. */
const EDITED = 'editor-pasted-html';

function editorBriefing(): string {
  const p = 'window.__hostile=1;alert(1)';
  return stringifyMarkdown(
    { title: 'An editor pasted HTML', slug: EDITED, source: { file: 'editor.txt' } },
    [
      `A paragraph with <script>${p}</script> and <img src=x onerror="${p}"> and <b>bold</b>.`,
      `<div onclick="${p}"><a href="javascript:${p}">block link</a><iframe src="javascript:${p}"></iframe></div>`,
      `A [markdown link](javascript:${p}) and <svg onload="${p}"></svg> and <details open ontoggle="${p}">x</details>.`,
    ].join('\n\n'),
  );
}

afterAll(() => {
  if (scratch && !process.env.KEEP_HOSTILE) rmSync(scratch, { recursive: true, force: true });
});

describe('hostile sources through the brief command', () => {
  it('reports every unusable article by file name with a reason, and exits 1', () => {
    expect(brief.status, brief.stderr).toBe(1);
    for (const c of cases.filter((c) => c.expect === 'reject-clear')) {
      const line = brief.stderr.split('\n').find((l) => l.startsWith(`skipped ${c.file}: `));
      expect(line, `${c.file} (${c.note}) is reported`).toBeDefined();
      expect(line!.length, `${c.file} has a reason`).toBeGreaterThan(`skipped ${c.file}: `.length + 10);
      expect(bySource.has(c.file), `${c.file} has no briefing`).toBe(false);
    }
  });

  it('briefs every other article, each under its own slug', () => {
    for (const c of rendered) expect(bySource.get(c.file), `${c.file}: ${c.note}`).toBeDefined();
    const skipped = brief.stderr.split('\n').filter((l) => l.startsWith('skipped ')).length;
    expect(skipped).toBe(cases.length - rendered.length);
    const slugs = [...bySource.values()].map((b) => b.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const b of bySource.values()) expect(b.fileName).toBe(`${b.slug}.md`);
  });

  it('gives every file of a dedupe group a distinct briefing that tells its own story', () => {
    const group = cases.filter((c) => c.expect === 'dedupe');
    expect(group.length).toBeGreaterThanOrEqual(2);
    const bodies = group.map((c) => parseMarkdown(bySource.get(c.file)!.text).body);
    expect(new Set(bodies).size).toBe(group.length);
    for (const c of group.filter((c) => c.shows.length)) {
      expect(parseMarkdown(bySource.get(c.file)!.text).body).toContain(c.shows[0]);
    }
  });

  it('writes only safe names inside the content folder, never .mdx and never site pages', () => {
    const written = readdirSync(content, { recursive: true }).map(String);
    for (const rel of written) {
      const full = join(content, rel);
      if (statSync(full).isDirectory()) {
        expect(['briefings', 'figures', 'glossary']).toContain(rel);
        continue;
      }
      expect(rel, 'a safe name in a known folder').toMatch(/^(briefings|figures|glossary)\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
      expect(Buffer.byteLength(rel.split('/')[1])).toBeLessThanOrEqual(255);
    }
    expect(readdirSync(scratch).sort()).toEqual(['.astro-cache', 'content', 'dist', 'seeds']);
    expect(readdirSync(seeds).length).toBe(cases.length);
  });

  it('writes bodies that a Markdown parser reads as plain text (npm run check finds no HTML or links)', () => {
    const { problems, files } = checkContent(content);
    expect(files).toBeGreaterThan(bySource.size);
    expect(problems.filter((p) => !p.file.includes(EDITED))).toEqual([]);
    expect(problems.filter((p) => p.file.includes(EDITED) && p.severity === 'error').length).toBeGreaterThanOrEqual(4);
  });

  it('changes no byte on a second run over the same hostile input', () => {
    const before = snapshot(content);
    const again = spawnSync(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', seeds, '--out', content], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/ 0 written, \d+ unchanged, 0 kept/);
    expect(snapshot(content)).toEqual(before);
  });

  it('writes briefings with no control characters and one-line, visible titles', () => {
    for (const b of bySource.values()) {
      // eslint-disable-next-line no-control-regex
      expect(b.text, b.fileName).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\r\u2028\u2029]/);
      expect(b.data.title, b.fileName).not.toMatch(/[\n\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
      expect(b.data.title.length, b.fileName).toBeLessThanOrEqual(301);
      expect(b.data.title, b.fileName).toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('decodes every encoding case into a title that is the first line, not the whole file', () => {
    for (const c of rendered.filter((c) => c.family === 'encoding')) {
      const { data, text } = bySource.get(c.file)!;
      expect(data.title.length, c.file).toBeLessThan(120);
      expect(data.title, c.file).toMatch(/[A-Za-z]{3}/);
      expect(data.title, c.file).not.toMatch(/\uFFFD{2}/);
      expect(parseMarkdown(text).body.length, c.file).toBeGreaterThan(20);
    }
  });

  it('keeps huge articles bounded', () => {
    for (const c of rendered.filter((c) => c.family === 'size')) {
      const { data } = bySource.get(c.file)!;
      expect(data.summary.length, c.file).toBeLessThan(1500);
      expect(data.keyPoints.length, c.file).toBeLessThanOrEqual(5);
      expect(data.figures.length, c.file).toBeLessThanOrEqual(30);
      expect(data.glossary.length, c.file).toBeLessThanOrEqual(30);
    }
  });
});

describe('the built site', () => {
  it('ran nothing from a source at build time', () => {
    expect(pwnedInTmp()).toEqual([]);
    for (const dir of [scratch, seeds, projectRoot]) expect(existsSync(join(dir, 'hostile-pwned-filename')), dir).toBe(false);
    expect(buildOutput).not.toContain('HOSTILE-PWNED');
    expect(brief.stdout + brief.stderr).not.toContain('HOSTILE-PWNED');
    expect(buildOutput).toMatch(/Complete!/);
  });

  it('has a page for every briefing', () => {
    for (const c of rendered) expect(existsSync(pagePath(bySource.get(c.file)!.slug)), c.file).toBe(true);
  });

  it('has no live markup from a source (check-rendered, only the site\'s own scripts allowed)', () => {
    const allow = siteOwnScripts().flatMap((d) => ['--allow', `^${escapeRegex(d)}$`]);
    const out = spawnSync(process.execPath, [checker, dist, '--quiet', ...allow, ...ADMIN_SCRIPTS.flatMap((p) => ['--allow', p]), '--allow', '^inline type=application/ld\\+json: '], { encoding: 'utf8' });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toMatch(/checked \d+ HTML file\(s\): 0 with findings/);
  });

  it('keeps structured data (JSON-LD) inside its script element and valid', () => {
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b[^>]*type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script/gi)) {
        const json = m[1];
        expect(json, relative(dist, file)).not.toMatch(/<\/|<!--|<script/i);
        expect(() => JSON.parse(json), relative(dist, file)).not.toThrow();
      }
    }
    // A title holding </script> must come out of the structured data exactly as it went in.
    for (const c of rendered) {
      const { slug, data } = bySource.get(c.file)!;
      const html = readFileSync(pagePath(slug), 'utf8');
      const blocks = [...html.matchAll(/<script\b[^>]*type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script/gi)];
      if (blocks.length === 0) continue;
      const values = blocks.flatMap((m) => stringValues(JSON.parse(m[1])));
      expect(values, `${c.file}: headline in JSON-LD`).toContain(data.title);
    }
  });

  // Feed readers render an RSS <description>, an Atom <content>/<summary> and a JSON Feed
  // content_html as HTML: after the one level of XML/JSON decoding, each must be inert HTML.
  it('shows no live markup in feed item HTML, and the feed XML holds no elements from a source', () => {
    const files = readdirSync(dist, { recursive: true }).map(String);
    const scan = join(scratch, 'feed-scan');
    mkdirSync(scan, { recursive: true });
    const itemHtml: Array<[string, string]> = [];
    for (const feed of files.filter((f) => /\.(xml|rss|atom)$/.test(f) && !/sitemap/.test(f))) {
      const xml = readFileSync(join(dist, feed), 'utf8');
      expect(xml, feed).not.toMatch(/<(script|img|svg|iframe|a|details|body)\b/i);
      for (const m of xml.matchAll(/<(description|content:encoded|content|summary)\b[^>]*>([\s\S]*?)<\/\1>/g)) itemHtml.push([feed, xmlText(m[2])]);
    }
    for (const feed of files.filter((f) => /(^|\/)feed\.json$/.test(f))) {
      const json = JSON.parse(readFileSync(join(dist, feed), 'utf8')) as { items?: Array<{ content_html?: string }> };
      for (const item of json.items ?? []) if (item.content_html) itemHtml.push([feed, item.content_html]);
    }
    if (itemHtml.length === 0) return; // no feed with HTML items: nothing to scan
    itemHtml.forEach(([feed, html], i) => writeFileSync(join(scan, `${feed.replace(/\W/g, '_')}-item-${i + 1}.html`), html));
    const out = spawnSync(process.execPath, [checker, scan], { encoding: 'utf8' });
    expect(out.status, out.stdout).toBe(0);
  });
});

describe('the built site in a browser', () => {
  const site = useServedSite(() => dist, { requireSearchIndex: false });
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(() => {
    page = site.page;
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
  });

  it('shows every hostile briefing as text: title, head and body, with no handler or script URL in the DOM', async () => {
    for (const c of rendered) {
      const { slug, data } = bySource.get(c.file)!;
      await page.goto(`${site.url}briefings/${slug}/`, { waitUntil: 'load' });
      await page.waitForTimeout(50);
      const seen = await page.evaluate(() => {
        const live: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.getAttributeNames()) {
            const v = (el.getAttribute(a) ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
            if (a.startsWith('on') || /^(javascript|vbscript|data:text\/html)/.test(v)) live.push(`${el.tagName} ${a}`);
          }
          if (/^(IFRAME|OBJECT|EMBED|BASE|FRAME)$/.test(el.tagName)) live.push(el.tagName);
        }
        return {
          h1: document.querySelector('h1')?.textContent ?? '',
          title: document.title,
          text: (document.querySelector('article') as HTMLElement | null)?.innerText ?? '',
          hostile: (window as unknown as { __hostile?: unknown }).__hostile,
          live,
        };
      });
      expect(seen.h1, c.file).toBe(data.title);
      expect(seen.title.startsWith(data.title), `${c.file}: <title>`).toBe(true);
      expect(seen.hostile, c.file).toBeUndefined();
      expect(seen.live, c.file).toEqual([]);
      for (const s of c.shows) expect(seen.text, `${c.file} shows ${JSON.stringify(s)}`).toContain(s);
    }
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('neutralises raw HTML an editor pasted into a briefing, keeping harmless markup', async () => {
    await page.goto(`${site.url}briefings/${EDITED}/`, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const seen = await page.evaluate(() => ({
      hostile: (window as unknown as { __hostile?: unknown }).__hostile,
      live: [...document.querySelectorAll('article *')]
        .filter((el) => el.getAttributeNames().some((a) => a.startsWith('on')) || /^(SCRIPT|IFRAME|SVG)$/i.test(el.tagName) || /^\s*javascript:/i.test(el.getAttribute('href') ?? ''))
        .map((el) => el.outerHTML.slice(0, 120)),
      bold: document.querySelector('article .body b, article b')?.textContent ?? '',
    }));
    expect(seen.hostile).toBeUndefined();
    expect(seen.live).toEqual([]);
    expect(seen.bold).toBe('bold');
    expect(dialogs).toEqual([]);
  });

  it('runs nothing when search results for hostile words are shown', async () => {
    const words = ['script', 'alert', 'onerror', 'javascript', 'iframe', 'svg', 'hostile', 'pwned', 'import', 'Fragment', 'title', 'budget'];
    let withResults = 0;
    const titles: string[] = [];
    for (const q of words) {
      await page.goto(`${site.url}search/`);
      await page.locator('pagefind-input input').fill(q);
      const found = await page
        .waitForFunction(() => document.querySelectorAll('pagefind-results a[href]').length > 0, null, { timeout: 8_000 })
        .then(() => true, () => false);
      if (found) withResults++;
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        hostile: (window as unknown as { __hostile?: unknown }).__hostile,
        live: [...document.querySelectorAll('pagefind-results *')]
          .filter(
            (el) =>
              el.getAttributeNames().some((a) => a.startsWith('on')) ||
              /^(IFRAME|OBJECT|EMBED|SVG|IMG)$/i.test(el.tagName) ||
              // a template (type="text/…-template") never runs; a script with a JS type does
              (el.tagName === 'SCRIPT' && /^$|module|java|ecma/i.test(el.getAttribute('type') ?? '')),
          )
          .map((el) => el.outerHTML.slice(0, 200)),
      }));
      expect(state.hostile, q).toBeUndefined();
      expect(state.live, q).toEqual([]);
      titles.push(...(await page.locator('pagefind-results a[href]').allTextContents()));
    }
    // Hostile titles are found, and shown as the text they are.
    expect(titles.some((t) => t.includes('<script>'))).toBe(true);
    expect(withResults).toBeGreaterThanOrEqual(words.length - 2);
    expect(dialogs).toEqual([]);
  }, 120_000);
});

/** Every file under a folder with its bytes, by relative path. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(root, { recursive: true }).map(String).sort()) {
    const full = join(root, rel);
    if (statSync(full).isFile()) out.set(rel, readFileSync(full).toString('base64'));
  }
  return out;
}

function pagePath(slug: string): string {
  return join(dist, 'briefings', slug, 'index.html');
}

/** Every string inside a JSON value. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringValues);
  return [];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The editor's page (/admin/, docs/editing.md) loads the CMS: its four scripts, allowed by their
 * shape. The only content it carries is the setup JSON, whose "<" are escaped (tests/e2e/cms.test.ts).
 */
const ADMIN_SCRIPTS = [
  '^inline: window\\.CMS_MANUAL_INIT = true;$',
  '^src=\\S*/admin/cms/decap-cms\\.js$',
  '^inline type=application/json: \\{"config":\\{',
  // The editor's desk script, bundled apart from the site's build (src/integrations/admin-script.ts).
  '^src=\\S*/admin/editor\\.js type=module$',
];

/**
 * The site's own scripts: those on pages that carry no source text (the 404 and search pages),
 * as check-rendered describes them. Only these are allowed anywhere.
 */
function siteOwnScripts(): string[] {
  const own = new Set<string>();
  for (const page of ['404.html', 'search/index.html']) {
    const one = mkdtempSync(join(scratch, 'own-'));
    writeFileSync(join(one, 'page.html'), readFileSync(join(dist, page)));
    const out = spawnSync(process.execPath, [checker, one], { encoding: 'utf8' });
    for (const m of out.stdout.matchAll(/^\s+L\d+\tscript\t(.*)$/gm)) own.add(m[1]);
    rmSync(one, { recursive: true });
  }
  return [...own];
}

/** The text of an XML element: CDATA sections as they are, character references decoded once. */
function xmlText(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1];
  return raw.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, r: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (r[0] !== '#') return named[r.toLowerCase()];
    return String.fromCodePoint(r[1].toLowerCase() === 'x' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10));
  });
}
