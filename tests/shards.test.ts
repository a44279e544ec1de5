/**
 * A sharded build equals a whole build: 1,000 generated articles (the size the scaling issue asks for) are briefed, built once whole and
 * once as 4 shards (`SHARD=i/4`, as `--shard i/4` sets it), the shards merged, and the two sites
 * compared file by file. Search bundles are compared by what they index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from './helpers/site.ts';
import { generateArchive } from '../src/bench/generate.ts';
import { mergeShards } from '../src/shards/merge.ts';
import { shardFrom, shardOf, parseShard } from '../src/lib/shard.ts';

const ARTICLES = 1000;
const SHARDS = 4;
let root: string;

function files(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, rel ? `${rel}/${e.name}` : e.name) : [rel ? `${rel}/${e.name}` : e.name],
  );
}
const site = (dir: string) => files(dir).filter((f) => !/^pagefind/.test(f) && !/^sitemap/.test(f)).sort();
const locs = (dir: string) =>
  new Set(files(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])));
const indexed = (bundle: string) => (JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).languages.en.page_count as number);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shards-'));
  generateArchive(join(projectRoot, 'seeds'), join(root, 'seeds'), ARTICLES);
  try {
    execFileSync(process.execPath, [join(projectRoot, 'scripts/brief.ts'), '--in', join(root, 'seeds'), '--out', join(root, 'content'), '--quiet'], { cwd: projectRoot, stdio: 'pipe' });
  } catch (e) {
    // Exit status 1 only says an article was skipped; the archive is still briefed.
    if ((e as { status?: number }).status !== 1) throw e;
  }
  // Each build with its own cache, so no shard restores pages from another build (incremental builds).
  buildSite(join(root, 'content'), join(root, 'whole'), { ASTRO_CACHE_DIR: join(root, 'cache-whole') });
  for (let i = 1; i <= SHARDS; i++) buildSite(join(root, 'content'), join(root, `shard-${i}`), { SHARD: `${i}/${SHARDS}`, ASTRO_CACHE_DIR: join(root, `cache-${i}`) });
}, 1_500_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('shard arguments', () => {
  it('reads --shard i/n or SHARD, and refuses anything else', () => {
    expect(shardFrom(['node', 'astro', 'build', '--shard', '2/4'], {})).toEqual({ index: 2, count: 4 });
    expect(shardFrom(['--shard=3/3'], {})).toEqual({ index: 3, count: 3 });
    expect(shardFrom([], { SHARD: '1/2' })).toEqual({ index: 1, count: 2 });
    expect(shardFrom([], {})).toBeUndefined();
    expect(() => parseShard('5/4')).toThrow(/--shard takes i\/n/);
    expect(() => parseShard('two')).toThrow(/--shard takes i\/n/);
  });

  it('spreads slugs about evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`briefing-${i}`, 4) - 1]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
});

describe('a site built as 4 shards and merged', () => {
  it('has exactly the pages of the whole build, byte for byte', async () => {
    const parts = Array.from({ length: SHARDS }, (_, i) => join(root, `shard-${i + 1}`));
    // Each shard renders its own part: no page is in two shards' briefings.
    const briefingsOf = (d: string) => (existsSync(join(d, 'briefings')) ? readdirSync(join(d, 'briefings')) : []);
    const perShard = parts.map(briefingsOf);
    for (const b of perShard) expect(b.length).toBeGreaterThan(ARTICLES / SHARDS / 2);
    expect(new Set(perShard.flat()).size).toBe(perShard.flat().length);

    const merged = join(root, 'merged');
    await mergeShards({ shards: parts, out: merged });
    const whole = join(root, 'whole');
    const wholeFiles = site(whole);
    expect(wholeFiles.filter((f) => f.startsWith('briefings/') && f.endsWith('index.html')).length).toBe(readdirSync(join(whole, 'briefings')).length);
    expect(site(merged)).toEqual(wholeFiles);
    const differing = wholeFiles.filter((f) => !readFileSync(join(whole, f)).equals(readFileSync(join(merged, f))));
    expect(differing).toEqual([]);
    expect(locs(merged)).toEqual(locs(whole));

    // Search: the shards' bundles together index every page the whole build's bundle does.
    const shardsJson = JSON.parse(readFileSync(join(merged, 'pagefind/shards.json'), 'utf8'));
    expect(shardsJson.mergeIndex.map((m: { bundlePath: string }) => m.bundlePath)).toEqual(['/pagefind-shard-2/', '/pagefind-shard-3/', '/pagefind-shard-4/']);
    const bundles = ['pagefind', 'pagefind-shard-2', 'pagefind-shard-3', 'pagefind-shard-4'].map((b) => join(merged, b));
    expect(bundles.reduce((n, b) => n + indexed(b), 0)).toBe(indexed(join(whole, 'pagefind')));
  });

  it('refuses to merge two shards that disagree about a file', async () => {
    const tampered = join(root, 'tampered');
    cpSync(join(root, 'whole'), tampered, { recursive: true });
    writeFileSync(join(tampered, 'index.html'), '<p>changed</p>');
    await expect(mergeShards({ shards: [join(root, 'shard-1'), tampered], out: join(root, 'bad') })).rejects.toThrow(/index\.html differs between/);
  });
});
