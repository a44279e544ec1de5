/** The person filter's shards and the people type-ahead's files (src/lib/person-filter.js, person-index.ts). */
import { describe, expect, it } from 'vitest';
import { isPersonFilter, matchesTyped, nameKeys, peopleNamed, personFilterName } from '../src/lib/person-filter.js';
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
