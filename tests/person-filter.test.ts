/** The person filter's shards and the people type-ahead's files (src/lib/person-filter.js, person-index.ts). */
import { describe, expect, it } from 'vitest';
import { isPersonFilter, matchesTyped, nameKeys, peopleNamed, personFilterName, typeaheadKey } from '../src/lib/person-filter.js';
import { MAX_TYPEAHEAD_NAMES, personIndex, splitLargeFiles } from '../src/lib/person-index.ts';

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
    expect(files.get('ma')).toEqual([['Maria Zakharova', 2, ['maria-zakharova']], ['Marco Polo', 1, ['marco-polo']]]);
    expect(files.get('za')).toEqual([['Maria Zakharova', 2, ['maria-zakharova']]]);
    expect(files.get('po')).toEqual([['Marco Polo', 1, ['marco-polo']]]);
  });

  it('leaves out people without a page', () => {
    expect(files.has('pa')).toBe(false);
  });

  it('counts a briefing once however often it lists the person', () => {
    const twice = personIndex([[{ id: 'a', name: 'Ann Lee' }, { id: 'a', name: 'Ann Lee' }]], new Set(['a']));
    expect(twice.get('an')).toEqual([['Ann Lee', 1, ['a']]]);
  });

  it("gives a shared name each of its people's pages, the most-named first", () => {
    const shared = personIndex(
      [[{ id: 'ann-lee-2', name: 'Ann Lee' }], [{ id: 'ann-lee', name: 'Ann Lee' }], [{ id: 'ann-lee-2', name: 'Ann Lee' }], [{ id: 'ann-lee-3', name: 'Ann Lee' }]],
      new Set(['ann-lee', 'ann-lee-2']),
    );
    expect(shared.get('an')).toEqual([['Ann Lee', 3, ['ann-lee-2', 'ann-lee']]]);
  });
});

describe('peopleNamed', () => {
  const file: [string, number, string[]][] = [
    ['Maria Zakharova', 9, ['maria-zakharova']],
    ['Ann Lee', 5, ['ann-lee-2', 'ann-lee']],
    ['Marco Polo', 2, ['marco-polo']],
  ];

  it('gives the pages of the names the query matches, most-named first', () => {
    expect(peopleNamed(file, 'ma', 3).map((p) => p.id)).toEqual(['maria-zakharova', 'marco-polo']);
    expect(peopleNamed(file, 'maria zakharova', 3)).toEqual([{ name: 'Maria Zakharova', briefings: 9, id: 'maria-zakharova', nth: 1, shared: false }]);
  });

  it('gives nothing for a query that names no one, or an empty one', () => {
    expect(peopleNamed(file, 'budget talks', 3)).toEqual([]);
    expect(peopleNamed(file, 'maria budget', 3)).toEqual([]);
    expect(peopleNamed(file, '  ', 3)).toEqual([]);
  });

  it('tells apart two people of one name and stops at the limit', () => {
    expect(peopleNamed(file, 'lee', 3).map((p) => [p.id, p.nth, p.shared])).toEqual([['ann-lee-2', 1, true], ['ann-lee', 2, true]]);
    expect(peopleNamed(file, 'lee', 1).map((p) => p.id)).toEqual(['ann-lee-2']);
    expect(peopleNamed(file, 'ma', 1).map((p) => p.id)).toEqual(['maria-zakharova']);
  });

  it('ignores entries written before they carried page ids', () => {
    expect(peopleNamed([['Maria Zakharova', 9]] as never, 'maria', 3)).toEqual([]);
  });
});

describe('large type-ahead files split by third letter', () => {
  const entry = (name: string, n: number): [string, number, string[]] => [name, n, [name.toLowerCase().replace(/ /g, '-')]];
  const files = new Map([
    ['ma', [entry('Maria Lopez', 9), entry('Marco Polo', 7), entry('Ana Mata', 5), entry('Mo Ma', 4), entry('Maksim Ivanov', 2)]],
    ['po', [entry('Marco Polo', 7)]],
  ]);
  const split = splitLargeFiles(files, 3);

  it('keeps a small file whole', () => {
    expect(split.get('po')).toEqual(files.get('po'));
  });

  it("cuts a large file to its most-named and files every name under its words' three letters", () => {
    expect(split.get('ma')!.map(([n]) => n)).toEqual(['Maria Lopez', 'Marco Polo', 'Ana Mata']);
    expect(split.get('mar')!.map(([n]) => n)).toEqual(['Maria Lopez', 'Marco Polo']);
    expect(split.get('mat')!.map(([n]) => n)).toEqual(['Ana Mata']);
    expect(split.get('mak')!.map(([n]) => n)).toEqual(['Maksim Ivanov']);
    // A two-letter word ("Ma") has no third letter: its name stays only in the cut file, if among the most-named.
    expect([...split.keys()].filter((k) => k.length === 3 && !k.startsWith('ma'))).toEqual([]);
  });

  it('leaves every file alone below the limit the site uses', () => {
    expect(splitLargeFiles(files)).toEqual(files);
    expect(MAX_TYPEAHEAD_NAMES).toBeGreaterThanOrEqual(100);
  });
});

describe('typeaheadKey', () => {
  it("asks for the first word's two-letter file while no prefix is split", () => {
    expect(typeaheadKey('Zakh', ['za', 'ma'])).toBe('za');
    expect(typeaheadKey('j zakharova', ['za'])).toBe('za');
    expect(typeaheadKey('x', ['za'])).toBe('');
    expect(typeaheadKey('Marco', [])).toBe('ma');
  });

  it('asks for the three-letter file of a split prefix', () => {
    expect(typeaheadKey('Marco', ['ma', 'mar', 'mat'])).toBe('mar');
    // no name under "mab": the three-letter key is still the one to ask, and the search finds no file for it
    expect(typeaheadKey('Mab', ['ma', 'mar'])).toBe('mab');
  });

  it("prefers another word's whole file to a split prefix's cut-down one", () => {
    expect(typeaheadKey('li wei', ['li', 'lin', 'we'])).toBe('we');
    expect(typeaheadKey('li', ['li', 'lin'])).toBe('li');
  });
});
