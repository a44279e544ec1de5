/**
 * The two changes patches/astro+7.3.5.patch makes to Astro's content sync, which made a rebuild of
 * 10,000 briefings with nothing changed take 19 s to sync instead of 3 (docs/scaling.md):
 * - the glob loader compares a file's digest with the entry already stored from that file before
 *   parsing its frontmatter, so an unchanged file is never parsed again;
 * - setting a store value to what it already holds (the meta digests, on every sync) does not
 *   mark the store for writing, so a sync that changed nothing does not serialize it all again;
 * - a chunked store written after one entry changed writes the other entries' lines as they were
 *   read, without serializing them again, and the same files as a store written afresh;
 * - a chunk already on disk under its hash is not read back to be compared, nor written again;
 * - chunks end where the entries' ids say (past a quarter of the chunk size), so a changed entry
 *   changes its own chunk and leaves the others, which are kept as read, without hashing them;
 * - the pages of a build use the store its sync just made, handed over in the process, rather
 *   than reading the store's files and parsing them a second time.
 * They are driven here through Astro's own modules, as the content layer drives them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { glob } from 'astro/loaders';
// Astro's store, as its content layer makes it; not a public entry point, so from its file.
import { MutableDataStore } from '../node_modules/astro/dist/content/mutable-data-store.js';
import { ImmutableDataStore } from '../node_modules/astro/dist/content/data-store.js';

const root = mkdtempSync(join(tmpdir(), 'content-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The names of the files `fs.promises.readFile` reads while `run` runs (Astro's store and loader read through it). */
async function namesRead(run: () => Promise<unknown>): Promise<string[]> {
  const read = fsp.readFile;
  const names: string[] = [];
  fsp.readFile = ((...args: Parameters<typeof read>) => {
    names.push(String(args[0]).split('/').at(-1)!);
    return read(...args);
  }) as typeof read;
  try {
    await run();
  } finally {
    fsp.readFile = read;
  }
  return names;
}

/** Load the collection folder `notes` into `store` as the content layer would, counting frontmatter parses. */
async function sync(store: InstanceType<typeof MutableDataStore>, unchanged?: (filePath: string) => boolean): Promise<string[]> {
  const parsed: string[] = [];
  const entryType = {
    getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      parsed.push(fileUrl.pathname.split('/').at(-1)!);
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      return { data: Object.fromEntries(front.split('\n').map((l) => l.split(': ') as [string, string])), body };
    },
  };
  const loader = glob({ pattern: '*.md', base: 'notes', ...(unchanged ? { unchanged } : {}) });
  await loader.load({
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection: 'notes',
    logger: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    store: store.scopedStore('notes'),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    entryTypes: new Map([['.md', entryType]]),
  } as never);
  return parsed.sort();
}

describe("Astro's glob loader, patched", () => {
  it('parses a file the first time and after it changes, never when it is unchanged', async () => {
    mkdirSync(join(root, 'notes'));
    for (const n of ['a', 'b', 'c']) writeFileSync(join(root, 'notes', `${n}.md`), `---\ntitle: ${n}\n---\nBody of ${n}.\n`);
    const store = await MutableDataStore.fromMap(new Map());
    expect(await sync(store)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(await sync(store)).toEqual([]);
    writeFileSync(join(root, 'notes', 'b.md'), '---\ntitle: b again\n---\nA new body.\n');
    expect(await sync(store)).toEqual(['b.md']);
    expect((store.get('notes', 'b') as { data: { title: string } }).data.title).toBe('b again');
    // A file removed takes its entry with it, and the others stay without being parsed.
    rmSync(join(root, 'notes', 'c.md'));
    expect(await sync(store)).toEqual([]);
    expect([...store.keys('notes')].sort()).toEqual(['a', 'b']);
  });
});

describe("Astro's glob loader with the unchanged option, patched", () => {
  it('keeps the entry of a file said to be unchanged without reading it, and reads the others', async () => {
    const dir = join(root, 'notes');
    const store = await MutableDataStore.fromMap(new Map());
    await sync(store);
    const before = (store.get('notes', 'a') as { data: { title: string } }).data.title;
    // a.md changes on disk, but the caller says it is unchanged: its stored entry stays, unread.
    writeFileSync(join(dir, 'a.md'), '---\ntitle: a rewritten\n---\nNew.\n');
    let parsed: string[] = [];
    const reads = await namesRead(async () => (parsed = await sync(store, (path) => path.endsWith('/a.md'))));
    expect(parsed).toEqual([]);
    expect(reads).not.toContain('a.md');
    expect(reads).toContain('b.md');
    expect((store.get('notes', 'a') as { data: { title: string } }).data.title).toBe(before);
    // Without the option, the change is read.
    expect(await sync(store)).toEqual(['a.md']);
    expect((store.get('notes', 'a') as { data: { title: string } }).data.title).toBe('a rewritten');
  });
});

describe("Astro's content store, patched", () => {
  it('is written when a value changes, not when one is set again to what it holds', async () => {
    const dir = join(root, 'store');
    mkdirSync(dir);
    const store = await MutableDataStore.fromDir(pathToFileURL(`${dir}/`), 1 << 20, undefined as never);
    // Every write of the store first reads the file it replaces; count those reads.
    const setAndSave = (value: string) => namesRead(async () => {
      store.metaStore().set('astro-config-digest', value);
      await store.waitUntilSaveComplete();
    });
    expect((await setAndSave('one')).length).toBeGreaterThan(0);
    expect(await setAndSave('one')).toEqual([]);
    expect((await setAndSave('two')).length).toBeGreaterThan(0);
  });
});

describe("Astro's chunked content store, patched", () => {
  /** Entries long enough, and with enough characters outside ASCII, that lines cross chunk ends. */
  const entry = (i: number, version = 0) => ({
    id: `e${i}`,
    data: { title: `Entry ${i} — ${version ? 'revised' : 'first'}`, words: 'Zürich naïve 東京 😀 '.repeat(20 + (i % 7)) },
    digest: `${i}-${version}`,
  });
  const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const CHUNK = 4096;

  it('writes an entry read from disk and not changed as it was, and the same files as a store written afresh', async () => {
    const dir = pathToFileURL(`${join(root, 'chunked')}/`);
    const first = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    for (let i = 0; i < 40; i++) first.scopedStore('notes').set(entry(i));
    await first.waitUntilSaveComplete();
    expect(readdirSync(join(root, 'chunked')).length).toBeGreaterThan(5);

    // Read back, one entry changed: the others are the objects read, written from their lines.
    const reread = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    reread.scopedStore('notes').set(entry(17, 1));
    await reread.waitUntilSaveComplete();

    const freshDir = pathToFileURL(`${join(root, 'chunked-fresh')}/`);
    const fresh = await MutableDataStore.fromDir(freshDir, CHUNK, undefined as never);
    for (let i = 0; i < 40; i++) fresh.scopedStore('notes').set(i === 17 ? entry(17, 1) : entry(i));
    await fresh.waitUntilSaveComplete();
    expect(files(join(root, 'chunked'))).toEqual(files(join(root, 'chunked-fresh')));

    const back = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    expect((back.get('notes', 'e17') as { data: { title: string } }).data.title).toBe('Entry 17 — revised');
    expect((back.get('notes', 'e3') as { data: { words: string } }).data.words).toBe(entry(3).data.words);
  });

  it('neither reads back nor writes again a chunk already on disk under its hash', async () => {
    const folder = join(root, 'chunked');
    const dir = pathToFileURL(`${folder}/`);
    const before = new Set(readdirSync(folder));
    const reread = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    const reads = await namesRead(async () => {
      reread.scopedStore('notes').set(entry(30, 1));
      await reread.waitUntilSaveComplete();
    });
    const added = readdirSync(folder).filter((f) => !before.has(f));
    expect(added.length).toBeGreaterThan(0);
    // Only the new chunks and the manifest are compared with what was there; the others are kept.
    expect(reads.sort()).toEqual([...added, 'manifest.json'].sort());
    const back = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    expect((back.get('notes', 'e30') as { data: { title: string } }).data.title).toBe('Entry 30 — revised');
    expect((back.get('notes', 'e29') as { data: { title: string } }).data.title).toBe('Entry 29 — first');
  });

  it('cuts chunks where the ids say, so one changed entry leaves the other files as they were, unhashed', async () => {
    const folder = join(root, 'chunked-many');
    const dir = pathToFileURL(`${folder}/`);
    // Entries of about a kilobyte in chunks of 64: a chunk ends by its ids long before its size.
    const size = 1 << 16;
    const first = await MutableDataStore.fromDir(dir, size, undefined as never);
    for (let i = 0; i < 400; i++) first.scopedStore('notes').set(entry(i));
    await first.waitUntilSaveComplete();
    const before = new Set(readdirSync(folder));
    expect(before.size).toBeGreaterThan(6);

    const reread = await MutableDataStore.fromDir(dir, size, undefined as never);
    const stat = fsp.stat;
    let stats = 0;
    fsp.stat = ((...args: Parameters<typeof stat>) => {
      stats++;
      return stat(...args);
    }) as typeof stat;
    try {
      // An early entry grows: with chunks cut by size, every later chunk would shift.
      reread.scopedStore('notes').set({ ...entry(5, 1), data: { ...entry(5, 1).data, words: entry(5).data.words.repeat(2) } });
      await reread.waitUntilSaveComplete();
    } finally {
      fsp.stat = stat;
    }
    const after = readdirSync(folder);
    const added = after.filter((f) => !before.has(f));
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThanOrEqual(3);
    expect(before.size - after.filter((f) => before.has(f)).length).toBeLessThanOrEqual(3);
    // Only the chunks that changed were hashed and looked for on disk.
    expect(stats).toBe(added.length);
    const back = await MutableDataStore.fromDir(dir, size, undefined as never);
    expect([...back.keys('notes')].sort()).toEqual(Array.from({ length: 400 }, (_, i) => `e${i}`).sort());
    expect((back.get('notes', 'e5') as { data: { title: string } }).data.title).toBe('Entry 5 — revised');
    expect((back.get('notes', 'e150') as { data: { words: string } }).data.words).toBe(entry(150).data.words);
  });

  it('takes an unchanged entry from the line it was read from, not from serializing it again', async () => {
    const dir = pathToFileURL(`${join(root, 'chunked')}/`);
    const reread = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    // Astro's loaders never change a stored entry in place (they set a new one), which is what
    // makes the line safe to reuse; changed in place here, it shows which of the two was written.
    (reread.get('notes', 'e5') as { data: { title: string } }).data.title = 'changed in place';
    reread.scopedStore('notes').set(entry(18, 1));
    await reread.waitUntilSaveComplete();
    const back = await MutableDataStore.fromDir(dir, CHUNK, undefined as never);
    expect((back.get('notes', 'e18') as { data: { title: string } }).data.title).toBe('Entry 18 — revised');
    expect((back.get('notes', 'e5') as { data: { title: string } }).data.title).toBe('Entry 5 — first');
  });
});

describe("the pages' content store, patched", () => {
  const HANDED = Symbol.for('astro.content-layer.synced-collections');
  afterAll(() => delete (globalThis as Record<symbol, unknown>)[HANDED]);

  it('is the store the build synced in the same process, when there is one', async () => {
    const synced = new Map([['notes', new Map([['a', { id: 'a', data: { title: 'synced' } }]])]]);
    (globalThis as Record<symbol, unknown>)[HANDED] = synced;
    const store = await ImmutableDataStore.fromModule();
    expect(store.collections()).toBe(synced);
    expect((store.get('notes', 'a') as { data: { title: string } }).data.title).toBe('synced');
  });

  it("is read from the build's modules otherwise (none here, outside Vite: an empty store)", async () => {
    delete (globalThis as Record<symbol, unknown>)[HANDED];
    const store = await ImmutableDataStore.fromModule();
    expect(store.collections().size).toBe(0);
  });
});
