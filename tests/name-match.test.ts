import { describe, expect, it } from 'vitest';
import { buildNameIndex, editDistance, rewriteQuery, spellingVariants } from '../src/lib/name-match';
import transliterations from '../src/data/transliterations.json' with { type: 'json' };

const pairs = transliterations.pairs as [string, string][];

// Invented people.
const index = buildNameIndex([
  { name: 'Sergey Vorontsov', aliases: ['Vorontsov', 'S. V. Vorontsov'] },
  { name: 'Marina Zakharova' },
  { name: 'Mohammed Al-Rashid', aliases: ['Muhammad al-Rashid'] },
  { name: 'Dana Hill' },
  { name: 'Dana Hull' },
]);

describe('spelling variants', () => {
  it('gives the other romanisations of a name word, both ways', () => {
    expect(spellingVariants('sergey', pairs)).toContain('sergei');
    expect(spellingVariants('sergei', pairs)).toContain('sergey');
    expect(spellingVariants('zakharova', pairs)).toContain('zaharova');
    expect(spellingVariants('yuri', pairs)).toEqual(expect.arrayContaining(['iuri', 'yury']));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps, and stops early', () => {
    expect(editDistance('zakarova', 'zakharova', 2)).toBe(1);
    expect(editDistance('lavorv', 'lavrov', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('rewriteQuery', () => {
  it('maps another romanisation and an alias to the site\'s spelling', () => {
    expect(rewriteQuery('Sergei Vorontsov', index, false, pairs)).toEqual({ query: 'Sergey Vorontsov', changed: true });
    expect(rewriteQuery('Vorontzov', index, false, pairs).query).toBe('Vorontsov');
    expect(rewriteQuery('Muhammad al-Rashid', index, false).query).toBe('Mohammed Al-Rashid');
  });

  it('leaves words it knows as they are', () => {
    expect(rewriteQuery('Marina Zakharova', index, true)).toEqual({ query: 'Marina Zakharova', changed: false });
  });

  it('forgives a slip of one letter, or two in a long word, when one name is that close', () => {
    expect(rewriteQuery('Zakarova', index, true)).toEqual({ query: 'Zakharova', changed: true });
    expect(rewriteQuery('Vorontosvv', index, true).query).toBe('Vorontsov');
  });

  it('does not guess between two equally close names, nor touch short words or other words', () => {
    expect(rewriteQuery('Hell', index, true).changed).toBe(false);
    expect(rewriteQuery('Dana Hall', index, true).query).toBe('Dana Hall');
    expect(rewriteQuery('budget', index, true, pairs)).toEqual({ query: 'budget', changed: false });
  });
});
