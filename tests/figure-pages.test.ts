/** Who gets a page (src/lib/figure-pages.ts), read from collection entries and from briefing files. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
});

describe('hashIds', () => {
  it('depends on the set, not its order', () => {
    expect(hashIds(['a', 'b'])).toBe(hashIds(['b', 'a']));
    expect(hashIds(['a', 'b'])).not.toBe(hashIds(['a']));
  });
});
