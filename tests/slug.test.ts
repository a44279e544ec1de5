import { describe, expect, it } from 'vitest';
import { slugify, MAX_SLUG } from '../src/pipeline/slug.ts';

describe('slugify', () => {
  it('folds accents and punctuation into lowercase ASCII words', () => {
    expect(slugify('Russia, US mull fresh Putin-Biden meeting')).toBe('russia-us-mull-fresh-putin-biden-meeting');
    expect(slugify('Élection à Montréal: 3 résultats')).toBe('election-a-montreal-3-resultats');
    expect(slugify("Warhol's photo legacy")).toBe('warhols-photo-legacy');
  });

  it('cannot produce a path', () => {
    expect(slugify('../../../src/pages/index')).toBe('src-pages-index');
    expect(slugify('..\\..\\etc\\passwd')).toBe('etc-passwd');
  });

  it('is bounded and cut at a word boundary', () => {
    const s = slugify('budget hearing '.repeat(100));
    expect(s.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(s.endsWith('-')).toBe(false);
    expect(s.split('-').every((w) => w === 'budget' || w === 'hearing')).toBe(true);
  });
});
