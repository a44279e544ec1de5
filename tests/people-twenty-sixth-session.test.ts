/**
 * Kinds of name, role and quote miss found on the development data in the twenty-sixth session
 * (issue #15: corpora/traps with rounds seventy-nine and eighty, `r79-` and `r80-`), tested on
 * other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.ts';
import { findPeople } from '../src/pipeline/figures/index.ts';
import { names, peopleIn, quotesOf } from './helpers/people.ts';

describe('bodies and places taken for people', () => {
  it('takes the first words of a company\'s name, met alone, for its short form', () => {
    const story = [
      'Tarragal Consumer Brands Ltd on Monday agreed to buy the rope maker Keswick Cordage.',
      'Tarragal will keep the Keswick works open, its chief executive, Mirela Oancea, said on a call with analysts.',
      'Tarragal will also make an open offer to other shareholders.',
      'Keswick shares rose 9 per cent, while Tarragal shares fell 2 per cent.',
    ];
    expect(peopleIn(story, 'Tarragal Consumer to buy Keswick Cordage as founders split over sale').figures.map((f) => f.name)).toEqual(['Mirela Oancea']);
  });

  it('takes a province named with "Norte" or "Sur" for a place', () => {
    const story = [
      'Floodwater cut off three towns in Ilocos Norte and Davao del Sur on Sunday.',
      '"Every road out of the town is under water," said the mayor, Teresita Bacani.',
    ];
    expect(names(...story)).toEqual(['Teresita Bacani']);
  });

  it('takes a Polish shipyard\'s name for a body', () => {
    const story = ['Stocznia Wisłoujście has won an order for two research ships, its president, Marek Zawadzki, said on Tuesday.'];
    expect(names(...story)).toEqual(['Marek Zawadzki']);
  });

  it('takes a title after "the" that ends on a noun for a person for no one\'s name', () => {
    const story = ['Mrs Wanjiku Kamau wrote to the Chief Land Registrar in March, her lawyer told the court.'];
    expect(names(...story)).toEqual(['Wanjiku Kamau']);
  });
});

describe('who said the words', () => {
  it('does not give "the Estrella coach said" to a club named like a person', () => {
    const story = [
      'Lucía Ferrer scored twice as Atlético Pampa beat Estrella de Caballito 3-1 on Sunday.',
      'His opposite number, Gustavo Rinaldi, was furious. "That was never a penalty," the Estrella coach said.',
    ];
    expect(quotesOf(...story).filter((q) => q.startsWith('Estrella'))).toEqual([]);
  });

  it('does not give a spokesperson\'s words to the holder of the post he speaks for, named after it', () => {
    const story = [
      'Sipho Mahlangu, spokesperson for the MEC for Transport, Safety and Liaison, Nomsa Dlamini, said the department was "watching the strike closely".',
    ];
    expect(quotesOf(...story)).toEqual(['Sipho Mahlangu: watching the strike closely']);
  });

  it('does not take a name in a fronted "Asked about X," for the subject a he stands for', () => {
    const story = [
      'The coalition running the city collapsed on Tuesday, leaving Mayor Anton Vermaak without a majority.',
      'Themba Ngcobo, leader of the opposition, said his party had begun talks with three smaller parties.',
      'Asked about Vermaak, Ngcobo did not hold back. "He has run out of friends and out of excuses," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Themba Ngcobo: He has run out of friends and out of excuses']);
  });

  it('gives "said his father" to the father of the one just named, introduced as his son', () => {
    const story = [
      'The benches were restored by Gareth Pryce, 58, a cabinet maker. The carving was done by his son, Owain Pryce, 20, an apprentice.',
      '"He has steadier hands than I ever had," said his father.',
    ];
    expect(quotesOf(...story)).toEqual(['Gareth Pryce: He has steadier hands than I ever had']);
  });

  it('does not pass a he over a name the finder did not take for a person, subject of "said", to a man named before', () => {
    const story = [
      'Emmanuel Habyarimana, who runs the lending programme, said: "Riders repay because the bike pays for itself."',
      '"I used to spend half my earnings on petrol." Innocent Nzabonimana has driven a moto-taxi for nine years.',
      'Nzabonimana said the new stations would save him an hour a day. "Before, I had to cross the whole city for a battery," he said.',
    ];
    expect(quotesOf(...story).filter((q) => q.includes('Before, I had to cross'))).toEqual([]);
  });
});

describe('people named once', () => {
  it('takes one unknown name with an age and a description of a person after it for someone', () => {
    const story = [
      'Villagers near the volcano were told to leave on Sunday.',
      'Wagimin, 61, a rice farmer who like many Javanese uses one name, said he would stay until his harvest was in. "If I go now, I lose the whole season," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Wagimin: If I go now, I lose the whole season']);
  });

  it('takes a full name whose family name a plain person of the story bears for a relative, whatever list knows the given name', () => {
    const story = [
      'Her younger sister, Siân Pritchard, 31, a teacher, told the court she had seen him at the window.',
      '"We changed the locks the same week." That was the evidence of Cynog Pritchard, the sisters\' father, who said the family had paid for a camera.',
    ];
    expect(names(...story)).toEqual(['Cynog Pritchard', 'Siân Pritchard']);
  });
});

describe('namesakes', () => {
  it('reads "the younger Mr Folan" with the courtesy title between the mark and the name', () => {
    const story = [
      'Tadhg Folan, a fisherman for 47 years, said the plan would ruin his trade.',
      'His son, Ruairí Folan, 31, skipper of the second boat, disagreed with the harbour company too.',
      'Asked about the company\'s chief executive, the younger Mr Folan was blunt. "She has never once walked down this pier," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Ruairí Folan: She has never once walked down this pier']);
  });
});

describe('namesakes written family name first', () => {
  it('reads "the elder Mr Tan" of a father and a daughter whose family name comes first', () => {
    const story = [
      '"My customers want to fly straight there," said Mr Tan Boon Seng, 67, founder of the agency.',
      'His daughter and fellow director, Ms Tan Mei Ling, 38, was more philosophical. "We will lose some groups, but trekkers are stubborn," said Ms Tan.',
      'Her father was not so sure. "Stubborn, yes. But at my age, also tired," the elder Mr Tan said.',
    ];
    expect(quotesOf(...story)).toContain('Tan Boon Seng: Stubborn, yes. But at my age, also tired');
    expect(quotesOf(...story).filter((q) => q.startsWith('Tan Mei Ling: Stubborn'))).toEqual([]);
  });
});

describe('credit lines of published speeches', () => {
  it('keeps the credit line that names a speech\'s speaker when "Check against delivery" is run into it', () => {
    const source = [
      '---',
      'title: "Minister Daly\'s address to the Rural Transport Forum"',
      '---',
      '',
      '*Speech by Siobhán Daly TD, Minister for Rural Affairs, at the Rural Transport Forum, Athlone, 4 December 2027. Check against delivery.*',
      '',
      'Thank you all for coming. I want to talk today about the bus that never came, and about the people who waited for it.',
      '',
      'Every county will have a rural bus link by 2029, and we will publish the timetable for each one next spring.',
      '',
    ].join('\n');
    const { article } = extractArticle('speech.md', Buffer.from(source), []);
    expect(article.paragraphs.some((p) => /check against delivery/i.test(p))).toBe(false);
    expect(findPeople(article).figures.map((f) => f.name)).toContain('Siobhán Daly');
  });
});
