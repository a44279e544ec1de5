/**
 * Kinds of name, role and quote miss found on the development data in the thirty-fourth session
 * (issue #15: corpora/traps with rounds a hundred and fifty onwards, `r150-` …), tested on other
 * invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { genderOf } from '../src/pipeline/figures/lexicon.ts';
import { names, quotesOf, roleOf } from './helpers/people.ts';

/** A question-and-answer interview whose questions carry no labels, after an introduction. */
const interview = (introduction: string[]) => [
  ...introduction,
  'How long have you fished these waters?',
  'Since I was twelve. My uncle took me out on his boat the summer my father fell ill.',
  'What has changed since then?',
  'The fish go further out every year, and the diesel costs twice what it did.',
  'Will your children take over the boat?',
  'Not if their mother has her way, and she usually does.',
  'What would you ask of the ministry?',
  'A fair price at the quay, and a harbour wall that does not crumble.',
];

describe('the interviewed one who "received us"', () => {
  it('gives the answers to the one who received or met the paper, named as "us"', () => {
    const quotes = quotesOf(
      ...interview([
        'Ilie Munteanu, 59, has fished out of Sulina for forty years. His neighbour, Petre Stan, gave up his boat in 2024. "There is nothing left to catch," Stan said.',
        'Munteanu, 59, received us on the deck of his boat, the Speranța, before dawn.',
      ]),
    );
    expect(quotes).toContain('Ilie Munteanu: Since I was twelve. My uncle took me out on his boat the summer my father fell ill.');
    expect(quotes).toContain('Ilie Munteanu: A fair price at the quay, and a harbour wall that does not crumble.');
    expect(quotes.some((q) => q.startsWith('Petre Stan: Since'))).toBe(false);
  });
});

describe('the interviewed one who "spoke to the" publication', () => {
  const introduction = (verbPhrase: string) => [
    'Bakhtiyor Nazarov, 57, has fished the Aral shallows since the sea came back. His brother, Sherzod Nazarov, sells the catch in Muynak. "He never takes a day off," Sherzod said.',
    `Bakhtiyor ${verbPhrase} at the harbour.`,
  ];

  it('gives the answers to the one who spoke to a publication whose name opens on "the"', () => {
    const quotes = quotesOf(...interview(introduction('spoke to the Karakalpak Herald')));
    expect(quotes).toContain('Bakhtiyor Nazarov: The fish go further out every year, and the diesel costs twice what it did.');
  });

  it('does not take one who spoke to "the Minister" for the one interviewed', () => {
    const quotes = quotesOf(...interview(introduction('spoke to the Minister of Fisheries last year')));
    expect(quotes.some((q) => q.includes('The fish go further out'))).toBe(false);
  });
});

describe('courtesy titles of Central Asia, Cambodia, Bulgaria and Paraguay', () => {
  it('joins a master craftsman titled by his given name to his full name', () => {
    const story = [
      'Rustam Kholov, 66, a woodcarver, has carved doors in Bukhara for fifty years.',
      '"Usta Rustam never measures twice," said his apprentice, Farrukh Ismoilov.',
    ];
    expect(names(...story)).toEqual(['Farrukh Ismoilov', 'Rustam Kholov']);
  });

  it('reads the Khmer honour before a full name as a title, not as part of the name', () => {
    expect(names('The land was bought by Oknha Chea Vuthy, a rubber magnate, in 2019.')).toEqual(['Chea Vuthy']);
  });

  it('joins a grandfather and a grandmother titled by their given names to their full names', () => {
    expect(names('Stoyan Kolev planted the vines in 1961.', 'Dyado Stoyan was the first in the village to plant Mavrud.')).toEqual(['Stoyan Kolev']);
    expect(names('Ramona Giménez sells chipa at the terminal.', 'Ña Ramona opened her stall at dawn on Monday.')).toEqual(['Ramona Giménez']);
  });
});

describe("a licentiate's and an engineer's titles written short", () => {
  it('ends no sentence and is no part of the name', () => {
    expect(names('The assembly met on Monday. Lic. Norah Villca Soliz, its president, said the session would be broadcast.')).toEqual(['Norah Villca Soliz']);
  });

  it('leaves the appositive before it the role of the one it titles', () => {
    expect(roleOf('Kwabena Asante', 'We thank the District Engineer, Ing. Kwabena Asante, and his team for the drainage plans.')).toBe('District Engineer');
  });
});

describe('Spanish police and local titles before a name', () => {
  it('reads "Comisario" and "Intendenta" as the role, not as part of the name', () => {
    const story = [
      'Comisario Héctor Silveira said officers attended a dispute at the restaurant. Intendenta Laura Cabrera said the permit was in order.',
    ];
    expect(names(...story)).toEqual(['Héctor Silveira', 'Laura Cabrera']);
    expect(roleOf('Héctor Silveira', ...story)).toMatch(/comisario/i);
  });
});

describe('given names of Central Asia, central Europe and Java', () => {
  it('knows their gender', () => {
    expect(['Akmal', 'Nurlan', 'Miroslav', 'Kostadin', 'Hendro', 'Sugeng'].map(genderOf)).toEqual(['m', 'm', 'm', 'm', 'm', 'm']);
    expect(['Dilfuza', 'Ainur', 'Halyna', 'Stanka'].map(genderOf)).toEqual(['f', 'f', 'f', 'f']);
  });

  it('so that "Mr" and a family name a father and son share goes to neither', () => {
    const story = [
      'Akmal Sodiqov, 61, a potter, has glazed bowls in Rishtan for forty years.',
      '"Father does the glazes, I do the fire," said his son Jamshid Sodiqov, 34.',
      'Mr Sodiqov said the kiln was older than he was. "It was my grandfather\'s," he said.',
    ];
    expect(quotesOf(...story).some((q) => q.startsWith("Jamshid Sodiqov: It was my grandfather"))).toBe(false);
  });
});
