/** Grouping, related briefings and descriptions used by the site's pages (src/lib). */
import { describe, expect, it } from 'vitest';
import { groupAlphabetically, groupByMonth, initialOf } from '../src/lib/grouping.ts';
import { relatedBriefings } from '../src/lib/related.ts';
import { distinctForms, metaDescription } from '../src/lib/site.ts';

describe('groupAlphabetically', () => {
  it('files names under their initial, ignoring case and accents, with other characters under #', () => {
    const groups = groupAlphabetically(['Émile Zola', 'adam', 'Zoë', '42 Club', 'Bea', 'Ana'], (s) => s);
    expect(groups.map((g) => [g.label, g.items])).toEqual([
      ['#', ['42 Club']],
      ['A', ['adam', 'Ana']],
      ['B', ['Bea']],
      ['E', ['Émile Zola']],
      ['Z', ['Zoë']],
    ]);
    expect(groups.map((g) => g.id)).toEqual(['letter-other', 'letter-a', 'letter-b', 'letter-e', 'letter-z']);
  });

  it('handles thousands of entries in one pass', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}name ${i}`);
    const groups = groupAlphabetically(names, (s) => s);
    expect(groups).toHaveLength(26);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(5000);
  });

  it('initialOf', () => {
    expect(initialOf('  Łukasz')).toBe('#');
    expect(initialOf('Ötzi')).toBe('O');
  });
});

describe('groupByMonth', () => {
  it('keeps the given order and starts a group at each new month, undated last', () => {
    const items = ['2021-10-14', '2021-10-02', '2021-09-30', undefined];
    const groups = groupByMonth(items, (d) => d);
    expect(groups.map((g) => [g.id, g.label, g.items.length])).toEqual([
      ['2021-10', 'October 2021', 2],
      ['2021-09', 'September 2021', 1],
      ['undated', 'Undated', 1],
    ]);
  });
});

describe('relatedBriefings', () => {
  const b = (slug: string, date: string, people: string[]) => ({ data: { slug, title: slug, date, figures: people.map((id) => ({ id, name: id.toUpperCase(), role: '', quotes: [], mentions: 1 })) } });
  const all = [b('a', '2021-01-01', ['x', 'y']), b('b', '2021-01-02', ['x']), b('c', '2021-01-03', ['x', 'y']), b('d', '2021-01-04', ['z']), b('e', '2021-01-05', [])];

  it('ranks by people shared, then newest, and never lists the briefing itself', () => {
    const related = relatedBriefings(all[0], all);
    expect(related.map((r) => [r.briefing.data.slug, r.shared])).toEqual([
      ['c', ['X', 'Y']],
      ['b', ['X']],
    ]);
  });

  it('finds nothing for a briefing without people, and respects the limit', () => {
    expect(relatedBriefings(all[4], all)).toEqual([]);
    expect(relatedBriefings(all[0], all, 1)).toHaveLength(1);
  });
});

describe('metaDescription', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(metaDescription('  Short   text. ')).toBe('Short text.');
    const long = 'word '.repeat(100);
    const out = metaDescription(long, 50);
    expect(out.length).toBeLessThanOrEqual(51);
    expect(out).toMatch(/word…$/);
  });
});

describe('distinctForms', () => {
  it('shows each form of a term once, whatever its case, in the order given', () => {
    expect(distinctForms(['Member of Parliament', 'member of parliament', 'MPs', 'Members of Parliament', 'members of parliament'])).toEqual([
      'Member of Parliament',
      'MPs',
      'Members of Parliament',
    ]);
    expect(distinctForms([])).toEqual([]);
  });
});
