/**
 * The people index's grouping and paging (src/lib/people-index.ts): every person with a page is on
 * exactly one page, under their initial, A–Z; no page holds more than the bound; people without a
 * page are counted under their initial and in all. The site built from it is checked in
 * tests/people-index-site.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PEOPLE_PER_PAGE, letterSlug, peopleIndex } from '../src/lib/people-index.ts';
import { initialOf } from '../src/lib/grouping.ts';

const named = (...names: string[]) => names.map((name) => ({ name }));
const nameOf = (p: { name: string }) => p.name;

describe('peopleIndex', () => {
  it('groups under the initial with accents folded, "#" (slug "other") first, each initial A–Z', () => {
    const { letters } = peopleIndex(named('Zoë Adams', 'álvaro Díaz', 'Ana Bell', '50 Cent', 'Zack Young', 'Émile Roux'), [], nameOf);
    expect(letters.map((l) => [l.label, l.slug])).toEqual([['#', 'other'], ['A', 'a'], ['E', 'e'], ['Z', 'z']]);
    expect(letters[1]!.people.map(nameOf)).toEqual(['álvaro Díaz', 'Ana Bell']);
    expect(letters[3]!.people.map(nameOf)).toEqual(['Zack Young', 'Zoë Adams']);
  });

  it('cuts an initial into pages of at most perPage, named by their first and last person', () => {
    const people = named(...Array.from({ length: 7 }, (_, i) => `Mia ${String.fromCharCode(65 + i)}`), 'Bo X');
    const { letters } = peopleIndex(people, [], nameOf, 3);
    const m = letters.find((l) => l.label === 'M')!;
    expect(m.pages).toEqual([{ first: 'Mia A', last: 'Mia C' }, { first: 'Mia D', last: 'Mia F' }, { first: 'Mia G', last: 'Mia G' }]);
    expect(letters.find((l) => l.label === 'B')!.pages).toEqual([{ first: 'Bo X', last: 'Bo X' }]);
  });

  it('counts people without a page under their initial and in all, and leaves out an initial with no one listed', () => {
    const index = peopleIndex(named('Ana Bell', 'Bo X'), named('Al Passing', 'Amy Passing', 'Quinn Passing'), nameOf);
    expect(index.listed).toBe(2);
    expect(index.inPassing).toBe(3);
    expect(index.letters.map((l) => [l.label, l.inPassing])).toEqual([['A', 2], ['B', 0]]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => peopleIndex([], [], nameOf, 0)).toThrow(/perPage must be a whole number/);
    expect(() => peopleIndex([], [], nameOf, 2.5)).toThrow(/perPage must be a whole number/);
  });

  it('puts every person on exactly one page of their initial, no page over the bound, for any names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (names, perPage) => {
        const people = names.map((name, i) => ({ name, i }));
        const { letters, listed } = peopleIndex(people, [], nameOf, perPage);
        expect(listed).toBe(people.length);
        const seen: number[] = [];
        for (const l of letters) {
          expect(l.pages.length).toBe(Math.ceil(l.people.length / perPage));
          for (const p of l.people) {
            expect(initialOf(p.name)).toBe(l.label);
            seen.push(p.i);
          }
          expect(l.slug).toBe(letterSlug(l.label));
          expect(l.slug).toMatch(/^(?:[a-z]|other)$/);
        }
        expect(seen.sort((a, b) => a - b)).toEqual(people.map((p) => p.i));
        expect(new Set(letters.map((l) => l.label)).size).toBe(letters.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every page within the bound at 100,000 people under one initial, in linear time', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Sam ${i.toString(36)}` }));
    const time = (n: number) => {
      const people = many(n);
      const t = performance.now();
      const { letters } = peopleIndex(people, [], nameOf);
      const ms = performance.now() - t;
      expect(letters).toHaveLength(1);
      expect(letters[0]!.pages).toHaveLength(Math.ceil(n / PEOPLE_PER_PAGE));
      return ms;
    };
    time(1000); // warm up
    const small = Math.min(time(25_000), time(25_000));
    const large = Math.min(time(100_000), time(100_000));
    // Sorting is n log n: four times the people in well under the 16 times a quadratic grouping took.
    expect(large / small).toBeLessThan(9);
  });
});
