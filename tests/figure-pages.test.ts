/** Who gets a page (src/lib/figure-pages.ts), read from collection entries and from briefing files. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresWithPages, hashIds, readCasts } from '../src/lib/figure-pages.ts';
import { stringifyMarkdown } from '../src/pipeline/frontmatter.ts';

const p = (id: string, mentions = 1) => ({ id, mentions });

describe('figuresWithPages', () => {
  it('gives a page to the first person of a story, to anyone mentioned three times, and to anyone in two briefings', () => {
    const pages = figuresWithPages([
      [p('lead'), p('passing'), p('talked-about', 3), p('twice')],
      [p('other-lead'), p('twice'), p('twice')],
    ]);
    expect([...pages].sort()).toEqual(['lead', 'other-lead', 'talked-about', 'twice']);
  });

  it('does not count a person listed twice in one briefing as two briefings', () => {
    expect(figuresWithPages([[p('lead'), p('dup'), p('dup')]]).has('dup')).toBe(false);
  });
});

describe('readCasts', () => {
  it('reads the people of every briefing file, in their order, skipping unreadable files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casts-'));
    try {
      mkdirSync(join(dir, 'b'));
      const fm = (figures: object[]) => ({ title: 'T', slug: 's', summary: 'S.', figures, glossary: [], generator: { sourceHash: 'a', contentHash: 'b' } });
      writeFileSync(join(dir, 'b', 'one.md'), stringifyMarkdown(fm([{ id: 'ann-lee', name: 'Ann Lee', mentions: 4, quotes: ['Hi.'] }, { id: 'bo-ray', name: 'Bo Ray' }]), 'Body.'));
      writeFileSync(join(dir, 'b', 'two.md'), '---\nfigures: [unclosed\n---\nBody.\n');
      writeFileSync(join(dir, 'b', 'three.md'), stringifyMarkdown(fm([]), 'Body.'));
      expect(readCasts(join(dir, 'b'))).toEqual([
        [
          { id: 'ann-lee', mentions: 4 },
          { id: 'bo-ray', mentions: 0 },
        ],
        [],
      ]);
      expect(readCasts(join(dir, 'missing'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same casts from its cache, parses a block again only once it changes, and keeps only blocks in use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casts-'));
    try {
      mkdirSync(join(dir, 'b'));
      const cache = join(dir, 'cache', 'casts.json');
      const fm = (figures: object[]) => ({ title: 'T', slug: 's', summary: 'S.', figures, glossary: [] });
      writeFileSync(join(dir, 'b', 'one.md'), stringifyMarkdown(fm([{ id: 'ann-lee', name: 'Ann Lee', mentions: 4 }]), 'Body.'));
      writeFileSync(join(dir, 'b', 'two.md'), stringifyMarkdown(fm([{ id: 'bo-ray', name: 'Bo Ray', mentions: 1 }]), 'Body.'));
      const first = readCasts(join(dir, 'b'), cache);
      expect(first).toEqual(readCasts(join(dir, 'b')));
      expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')))).toHaveLength(2);
      // What the cache says is what is returned: a cached block is not parsed again.
      const kept = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, [string, number][]>;
      const annKey = Object.keys(kept).find((k) => kept[k]![0]![0] === 'ann-lee')!;
      writeFileSync(cache, JSON.stringify({ ...kept, [annKey]: [['ann-lee', 9]] }));
      expect(readCasts(join(dir, 'b'), cache)[0]).toEqual([{ id: 'ann-lee', mentions: 9 }]);
      // A changed block is parsed; the block it replaced leaves the cache.
      writeFileSync(join(dir, 'b', 'two.md'), stringifyMarkdown(fm([{ id: 'cy-dunn', name: 'Cy Dunn', mentions: 2 }]), 'Body.'));
      expect(readCasts(join(dir, 'b'), cache)[1]).toEqual([{ id: 'cy-dunn', mentions: 2 }]);
      const after = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, [string, number][]>;
      expect(Object.values(after).map((c) => c[0]![0]).sort()).toEqual(['ann-lee', 'cy-dunn']);
      // A cache file that cannot be read is ignored.
      writeFileSync(cache, '{not json');
      expect(readCasts(join(dir, 'b'), cache)).toEqual(readCasts(join(dir, 'b')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hashIds', () => {
  it('depends on the set, not its order', () => {
    expect(hashIds(['a', 'b'])).toBe(hashIds(['b', 'a']));
    expect(hashIds(['a', 'b'])).not.toBe(hashIds(['a']));
  });
});
