/**
 * Kinds of name, role and quote miss found on the development data in the twenty-ninth session
 * (issue #15: corpora/traps with rounds a hundred and eleven to a hundred and fourteen, `r111-` to
 * `r114-`), tested on other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { names, peopleIn, quotesOf } from './helpers/people.ts';

describe('names', () => {
  it('takes a name after a kind of performing group for the group\'s', () => {
    expect(names('Ana Ferreira sings with the choral ensemble Vozes do Tejo every Sunday.')).toEqual(['Ana Ferreira']);
  });

  it('takes a run ending on the plural of a noun that is also a first name for a team', () => {
    const story = ['Mbanga Lions beat the visitors 2-0 on Sunday.', '"We deserved it," said coach Paul Essomba.'];
    expect(names(...story)).toEqual(['Paul Essomba']);
  });

  it('takes a first given name and a first family name for the person with two of each', () => {
    const r = peopleIn(
      [
        'Cali has signed Jhon Alexander Riascos Valencia, the 24-year-old sprinter, on a two-year deal.',
        '"I wanted to race at home," Riascos said.',
      ],
      'Jhon Riascos signs for Cali',
    );
    expect(r.figures.map((f) => f.name)).toEqual(['Jhon Alexander Riascos Valencia']);
  });

  it('keeps a capitalised word that is also a verb inside a name after a courtesy title', () => {
    expect(names('Pemba President Dr Khalid Said Omar yesterday named a new cabinet.')).toEqual(['Khalid Said Omar']);
  });

  it('drops an adverb that opens the sentence before a given name, but not a given name before a family name', () => {
    expect(names('The hedge has gone. Even Trevor admits the garden looks better, said Trevor Pike.')).toEqual(['Trevor Pike']);
    expect(names('Even Haugen, the club\'s coach, said the ice was perfect.')).toEqual(['Even Haugen']);
  });

  it('takes a name after "shipyard", or opened by a Portuguese word for a society, for a body\'s', () => {
    const story = [
      'The shipyard Nordre Varv has hired Sofia Berg as chief executive.',
      'Nordre Varv will build two ferries next year, Berg said.',
      'The Sociedade Recreativa Lua Nova opened its hall on Friday, said its president, Paulo Reis.',
    ];
    expect(names(...story)).toEqual(['Paulo Reis', 'Sofia Berg']);
  });
});

describe('who spoke', () => {
  it('reads a name written family name first by the courtesy title the article gives it, so the word alone is the other person\'s', () => {
    const story = [
      'Hospital director Dr Tan Mei Ling said the new ward would open in March.',
      '"It will halve the wait," Dr Tan said.',
      'Ling Boon Kiat, who chairs the patients\' association, welcomed the news.',
      '"Families have waited long enough," Ling said.',
    ];
    expect(quotesOf(...story)).toEqual(['Tan Mei Ling: It will halve the wait', 'Ling Boon Kiat: Families have waited long enough']);
  });

  it('takes the subject of "had told her:" for the speaker of the quote the colon opens, not the one reporting it', () => {
    const story = [
      'Yvonne Pryor, 58, told the court she had complained to the defendant, Derek Haig, several times.',
      'She said that on one occasion the defendant had told her: "Nobody else is complaining."',
    ];
    expect(quotesOf(...story)).not.toContain('Yvonne Pryor: Nobody else is complaining.');
  });

  it('keeps words quoted inside a reported clause as the reporter\'s, whatever its subject', () => {
    const story = ['Writing to shareholders, Mr Idris Okonjo said the board had accepted the offer "with real sadness".'];
    expect(quotesOf(...story)).toEqual(['Idris Okonjo: with real sadness']);
  });

  it('reads "the verdict of one commenter, Name" as naming the speaker', () => {
    const story = ['"The statues are lovely, but not on a pavement."', 'That was the verdict of one reader, Shaun Pickles, a joiner from the next street.'];
    expect(quotesOf(...story)).toEqual(['Shaun Pickles: The statues are lovely, but not on a pavement.']);
  });

  it('tells the holders of a role noun apart by the words before it', () => {
    const story = [
      'Prime Minister Tavita Lauina spoke on Friday after the Minister of Fisheries, Ana Fonoti, had briefed reporters.',
      'Speaking from the steps of parliament, the Prime Minister told the crowd that rebuilding would take years.',
      '"We will not rebuild the old weaknesses," he said.',
    ];
    expect(quotesOf(...story)).toContain('Tavita Lauina: We will not rebuild the old weaknesses');
  });

  it('leaves a second clause opened by "and that" to the verb that reports both, so its possessive name is not the subject', () => {
    const story = [
      'Dr Marta Quiroga said most children arrived late, and that Valeria Ibáñez\'s team had sent two more nurses.',
      '"They come after four days of fever," she said.',
    ];
    expect(quotesOf(...story)).toEqual(['Marta Quiroga: They come after four days of fever']);
  });

  it('reads "With those words" and "The interjection came from" as naming the speaker', () => {
    const story = [
      'Opposition leader Dennis Charles rose to speak, and the minister, Claudette Moore, replied.',
      '"Sit down and listen." The interjection came from Mr Charles.',
      '"We will not vote for this." With those words Ms Moore left the chamber.',
    ];
    expect(quotesOf(...story)).toEqual(['Dennis Charles: Sit down and listen.', 'Claudette Moore: We will not vote for this.']);
  });
});
