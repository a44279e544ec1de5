/** The person filter's shards and the people type-ahead's files (src/lib/person-filter.js, person-index.ts). */
import { describe, expect, it } from 'vitest';
import { isPersonFilter, matchesTyped, nameKeys, personFilterName } from '../src/lib/person-filter.js';
import { personIndex } from '../src/lib/person-index.ts';

describe('personFilterName', () => {
  it('files a name under its first letter, accents and case aside', () => {
    expect(personFilterName('Sergey Lavrov')).toBe('person-s');
    expect(personFilterName('Émile Zola')).toBe('person-e');
    expect(personFilterName('  de Gaulle')).toBe('person-d');
  });

  it('files names that do not begin with a Latin letter together', () => {
    expect(personFilterName('Ангела')).toBe('person-_');
    expect(personFilterName('50 Cent')).toBe('person-_');
    expect(isPersonFilter(personFilterName('Ангела'))).toBe(true);
  });

  it('tells the shards from the other filters', () => {
    expect(isPersonFilter('person-a')).toBe(true);
    expect(isPersonFilter('place')).toBe(false);
    expect(isPersonFilter('person')).toBe(false);
  });
});

describe('nameKeys and matchesTyped', () => {
  it('keys a name by the first two letters of each word', () => {
    expect(nameKeys('Maria Zakharova')).toEqual(['ma', 'za']);
    expect(nameKeys("Ngozi Okonjo-Iweala")).toEqual(['ng', 'ok', 'iw']);
    expect(nameKeys('J. K. Rowling')).toEqual(['ro']);
  });

  it('matches when every typed word begins a word of the name', () => {
    expect(matchesTyped('Maria Zakharova', 'zakh')).toBe(true);
    expect(matchesTyped('Maria Zakharova', 'mar zak')).toBe(true);
    expect(matchesTyped('Maria Zakharova', 'mar lav')).toBe(false);
    expect(matchesTyped('Émile Zola', 'emi')).toBe(true);
  });
});

describe('personIndex', () => {
  const casts = [
    [{ id: 'maria-zakharova', name: 'Maria Zakharova' }, { id: 'pat-passing', name: 'Pat Passing' }],
    [{ id: 'maria-zakharova', name: 'Maria Zakharova' }, { id: 'marco-polo', name: 'Marco Polo' }],
  ];
  const files = personIndex(casts, new Set(['maria-zakharova', 'marco-polo']));

  it('lists people with a page under each of their prefixes, most-named first', () => {
    expect(files.get('ma')).toEqual([['Maria Zakharova', 2], ['Marco Polo', 1]]);
    expect(files.get('za')).toEqual([['Maria Zakharova', 2]]);
    expect(files.get('po')).toEqual([['Marco Polo', 1]]);
  });

  it('leaves out people without a page', () => {
    expect(files.has('pa')).toBe(false);
  });

  it('counts a briefing once however often it lists the person', () => {
    const twice = personIndex([[{ id: 'a', name: 'Ann Lee' }, { id: 'a', name: 'Ann Lee' }]], new Set(['a']));
    expect(twice.get('an')).toEqual([['Ann Lee', 1]]);
  });
});
