/** Who gets a page (src/lib/figure-pages.ts), read from collection entries and from briefing files. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresWithPages, hashIds, readCasts } from '../src/lib/figure-pages.ts';
import { readBriefingHeads } from '../src/lib/briefing-heads.ts';
import { sitemapDates } from '../src/lib/sitemap-dates.ts';
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

  it('gives the same casts from its record, reads a file again only once it changes, and keeps only files in the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casts-'));
    try {
      mkdirSync(join(dir, 'b'));
      const record = join(dir, 'record', 'heads.json');
      const fm = (figures: object[], slug = 's') => ({ title: 'T', slug, date: '2024-05-01', summary: 'S.', figures, glossary: [] });
      writeFileSync(join(dir, 'b', 'one.md'), stringifyMarkdown(fm([{ id: 'ann-lee', name: 'Ann Lee', mentions: 4 }], 'one'), 'Body.'));
      writeFileSync(join(dir, 'b', 'two.md'), stringifyMarkdown(fm([{ id: 'bo-ray', name: 'Bo Ray', mentions: 1 }], 'two'), 'Body.'));
      const first = readCasts(join(dir, 'b'), record);
      expect(first).toEqual(readCasts(join(dir, 'b')));
      const kept = JSON.parse(readFileSync(record, 'utf8')) as { files: Record<string, [string, string, string, string]> };
      expect(Object.keys(kept.files).sort()).toEqual(['one.md', 'two.md']);
      // What the record says is what is returned: an unchanged file is not read again.
      expect(kept.files['one.md']![3]).toBe('ann-lee 4');
      kept.files['one.md']![3] = 'ann-lee 9';
      writeFileSync(record, JSON.stringify(kept));
      expect(readCasts(join(dir, 'b'), record)[0]).toEqual([{ id: 'ann-lee', mentions: 9 }]);
      // A changed file is read again; a file gone leaves the record.
      writeFileSync(join(dir, 'b', 'two.md'), stringifyMarkdown(fm([{ id: 'cy-dunn', name: 'Cy Dunn', mentions: 2 }], 'two'), 'Body.'));
      expect(readCasts(join(dir, 'b'), record)[1]).toEqual([{ id: 'cy-dunn', mentions: 2 }]);
      rmSync(join(dir, 'b', 'one.md'));
      expect(readCasts(join(dir, 'b'), record)).toEqual([[{ id: 'cy-dunn', mentions: 2 }]]);
      expect(Object.keys((JSON.parse(readFileSync(record, 'utf8')) as typeof kept).files)).toEqual(['two.md']);
      // The same pass gives the sitemap its dates.
      expect(sitemapDates(readBriefingHeads(join(dir, 'b'), record))).toEqual(new Map([['briefings/two/', '2024-05-01'], ['', '2024-05-01'], ['archive/', '2024-05-01']]));
      // A record that cannot be read is ignored.
      writeFileSync(record, '{not json');
      expect(readCasts(join(dir, 'b'), record)).toEqual(readCasts(join(dir, 'b')));
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
