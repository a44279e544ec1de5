/**
 * Kinds of role and name miss found on the development data (corpora/traps and the newsroom set's
 * dev part; issue #15, sixteenth session), tested on other invented sentences: a club or prize
 * named after someone inside a title, a title over a plural ("chair of trustees"), a group someone
 * is one of before the name, the formulas that name a source ("who gave his name only as"),
 * professions by their ending, a post held "as" something a few words after a length of time,
 * trade and place endings of names that are no one's, a given name with an age in passing, and
 * "now" or "then" before a post set off after the name. Then the kinds of round twelve (`v-`): a
 * family's members kept apart by their given names, a couple sharing one family name, a courtesy
 * title of the other gender, "Sister" or "Father" before a given name, a courtesy title alone read
 * as no post, a list's next item read as no appositive, "leads the …", a pronoun whose nearest
 * name was passed over for its gender alone, a verdict revealed as an unnamed person's, and family
 * names that also end places ("Kelly Marsh").
 */
import { describe, expect, it } from 'vitest';
import { names, quotesOf, roleOf } from './helpers/people.ts';

describe('titles before the name', () => {
  it('keeps a club, school or prize named after someone inside the title', () => {
    expect(roleOf('Siobhán Ní Mhurchú', 'The secretary of the Pádraig Ó Conaire society, Siobhán Ní Mhurchú, said the hall would reopen in May.')).toBe('secretary of the Pádraig Ó Conaire society');
    expect(roleOf('Dev Malhotra', 'The treasurer of the Alan Turing scholarship fund, Dev Malhotra, said the money was safe.')).toBe('treasurer of the Alan Turing scholarship fund');
  });

  it('reads a title over a plural as one person’s title', () => {
    expect(roleOf('Graham Oduya', 'The chair of governors, Graham Oduya, said the school would appeal.')).toBe('chair of governors');
    expect(roleOf('Lise Aamodt', 'The leader of the volunteers, Lise Aamodt, counted 40 nests.')).toBe('leader of the volunteers');
  });

  it('still reads a title of someone else as theirs', () => {
    expect(roleOf('Marta Quist', 'Critics of Mayor Marta Quist said the budget was late.')).toBe('Mayor');
  });

  it('prefers the post set off after the name to a group the person is one of', () => {
    expect(roleOf('Ruth Okello', 'One of the charity’s first volunteers, Ruth Okello, now regional director of the Kisumu office, opened the new clinic.')).toBe('regional director of the Kisumu office');
    expect(roleOf('Tom Bellweather', 'One of the founders, Tom Bellweather, said the club would survive.')).toBe('founder');
  });

  it('leaves when someone held a post out of the post', () => {
    expect(roleOf('Ama Boateng', 'Ama Boateng, then a junior doctor at Korle Bu, wrote the first report.')).toBe('junior doctor at Korle Bu');
  });
});

describe('the formulas that name a source', () => {
  it('gives the title before "who gave his name only as" and the like', () => {
    expect(roleOf('Babajide', 'A bus driver who gave his name only as Babajide said the fares had doubled since March.')).toBe('bus driver');
    expect(roleOf('Soraya', 'A midwife, who asked to be identified only as Soraya, said the ward was short of staff.')).toBe('midwife');
    expect(roleOf('Paulo Mendes', 'A young carpenter known as Paulo Mendes built the stage.')).toBe('young carpenter');
  });
});

describe('professions by their ending', () => {
  it('reads a surgeon of any speciality as a title', () => {
    expect(roleOf('Ines Barreto', 'The court also heard from Ines Barreto. She is the consultant neurosurgeon who operated on the boy that night.')).toBe('consultant neurosurgeon');
  });
});

describe('a post held "as" something after a length of time', () => {
  it('reads it a few words on when nothing but the clause comes between', () => {
    expect(roleOf('Hamish Tait', 'She replaces Hamish Tait, who announced in January his plan to retire after twelve years as finance director.')).toBe('finance director');
  });

  it('gives no role from "as" without a length of time or a verb of holding a post', () => {
    expect(roleOf('Hamish Tait', 'Hamish Tait, who said as much to the board in January, left the room.')).toBe('');
  });
});

describe('names that are no one’s', () => {
  it('reads trade and institution endings as a business or a building', () => {
    expect(names('Staff at Penhallow Hardware said the shop would close, according to Mary Tresize.')).toEqual(['Mary Tresize']);
    expect(names('The concert at Whitmore Academy raised £900, said Joe Bannerman.')).toEqual(['Joe Bannerman']);
  });

  it('reads a place ending that is no family name as a place', () => {
    expect(names('Rovers beat Ashcombe Vale 2-0, said Nora Pickett.')).toEqual(['Nora Pickett']);
    expect(names('Mark Bell of Kingsmere Heights said the lift had been broken since May.')).toEqual(['Mark Bell']);
  });
});

describe('a given name with an age in passing', () => {
  it('is a person, named by given name alone', () => {
    expect(names('Kofi, 14, a pupil at the village school, has read every book in the library.')).toContain('Kofi');
    expect(roleOf('Kofi', 'Kofi, 14, a pupil at the village school, has read every book in the library.')).toBe('pupil at the village school');
  });

  it('is not a place or a word with a number after it', () => {
    expect(names('Leeds, 14, and Hull, 12, were the towns that voted, said Anna Pryde.')).toEqual(['Anna Pryde']);
  });
});

describe('members of one family', () => {
  it('keeps two people with one family name apart by their given names', () => {
    const found = names('Pieter van Rensburg, 54, was convicted of fraud on Friday.', 'Van Rensburg showed little emotion. His wife, Marietjie van Rensburg, wept in the public gallery.');
    expect(found).toEqual(['Marietjie van Rensburg', 'Pieter van Rensburg']);
  });

  it('gives a couple’s first given name the family name they share', () => {
    expect(names('Stephen and Ayesha Cook have run the bakery on Mill Road since 1994.')).toEqual(['Ayesha Cook', 'Stephen Cook']);
  });

  it('never gives "Mr Desai" of a couple to the wife', () => {
    // Before the sixteenth session "Mr Desai" joined Sunita, the one Desai named in full. Whether
    // "Ray" is a man's name no list here says; since the twenty-fifth session a courtesy title's
    // gender decides between namesakes when every one whose gender is known is of the other
    // gender and one alone is left (docs/people.md), so the words are Ray's, never Sunita's.
    const q = quotesOf('Shopkeepers Ray and Sunita Desai handed over the keys on Saturday.', 'Mr Desai, 68, said the couple had found no buyer. "We had an estate agent tell us it would make a lovely house," he said.');
    expect(q).toEqual(['Ray Desai: We had an estate agent tell us it would make a lovely house']);
    expect(names('Shopkeepers Ray and Sunita Desai handed over the keys on Saturday.')).toEqual(['Ray Desai', 'Sunita Desai']);
  });

  it('gives a couple’s family name with its particle to both, and "Mr de Vries" to the husband alone', () => {
    const text = ['Pieter and Anouk de Vries, a retired couple from Utrecht, had been due to sail at 7.30am.', '"We have been sitting on this suitcase for five hours," Mr de Vries said.', '"It is summer, there is a strike, we have seen worse," Mrs de Vries said.'];
    expect(names(...text)).toEqual(['Anouk de Vries', 'Pieter de Vries']);
    // Anouk is in no list of given names: "Mrs de Vries" fits her only by elimination, so her words are left unattributed.
    expect(quotesOf(...text)).toEqual(['Pieter de Vries: We have been sitting on this suitcase for five hours']);
  });

  it('joins "Sister Annamma" to Sister Annamma Joseph', () => {
    expect(names('It happened because of Sister Annamma Joseph.', 'So, Sister Annamma, I am pleased to announce new nursing posts.')).toEqual(['Annamma Joseph']);
  });
});

describe('what is no post', () => {
  it('reads a courtesy title alone, and the next item of a list, as no role', () => {
    const text = 'I thank District Collector Farida Begum, Dr. Suresh Menon, members of the hospital staff, and the mothers who are here.';
    expect(roleOf('Farida Begum', text)).toBe('District Collector');
    expect(roleOf('Suresh Menon', text)).toBe('');
  });

  it('reads "who leads the …" of an organisation as a post, but not "led" once', () => {
    expect(roleOf('Marisol Quintana', 'Marisol Quintana, who leads the Caleta Norte fishermen’s cooperative, sees it differently.')).toBe('leads the Caleta Norte fishermen’s cooperative');
    expect(roleOf('Tom Reyes', 'Tom Reyes led the team to victory on Sunday.')).toBe('');
  });
});

describe('speakers left unnamed rather than guessed', () => {
  it('gives no speaker to a he or she whose nearest name was passed over for its gender alone', () => {
    const q = quotesOf(
      'Our first novel was by Nuru Makena, a nurse from Meru. It sold twelve thousand copies.',
      'The café helps. Farah Abdullahi runs it. He came to us from a hotel kitchen in Mombasa. He likes to say, "They come for the coffee and they leave with a book."',
    );
    expect(q).toEqual([]);
  });

  it('reads a verdict revealed as an unnamed person’s as no one’s, not the last speaker’s', () => {
    const q = quotesOf(
      '"We will close stores where the lease is up," chief executive Claire Mortimer said.',
      '"A good plan, four years too late." That was the verdict of one of the firm’s ten largest shareholders, who asked not to be named.',
    );
    expect(q).toEqual(['Claire Mortimer: We will close stores where the lease is up']);
  });
});

describe('family names that also end places', () => {
  it('reads a given name and such a family name as a person', () => {
    expect(names('The road was closed all morning, said Kelly Marsh.')).toEqual(['Kelly Marsh']);
    expect(names('Tom Castle, 61, said the ferry had not run since Friday.')).toEqual(['Tom Castle']);
  });
});
