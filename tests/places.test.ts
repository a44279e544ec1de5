import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceOptions } from '../src/pipeline/places/index.ts';
import { lookUpPlace } from '../src/pipeline/places/gazetteer.ts';

/** Names found in a one-paragraph text (under a neutral headline), each mention counting. */
const names = (text: string, options: PlaceOptions = {}) => findPlaces(['A report', text], { minMentions: 1, ...options }).map((p) => p.name);

describe('places in names of people', () => {
  it('does not read a person whose name holds a place as the place', () => {
    expect(names('Jordan Peterson spoke to students in Toronto on Monday.', { people: ['Jordan Peterson', 'Peterson'] })).toEqual(['Toronto']);
    expect(names('The heiress Paris Hilton arrived late.', { people: ['Paris Hilton'] })).toEqual([]);
  });

  it('leaves out a place glued to a capitalised name even when the people finder missed the person', () => {
    expect(names('He watched Michael Jordan play, and later met Paris Hilton at the party.')).toEqual([]);
  });

  it('leaves out a short form of a person the figures stage found', () => {
    expect(names('Georgia Ward won the seat. Georgia thanked her voters in Leeds.', { people: ['Georgia Ward', 'Georgia'] })).toEqual(['Leeds']);
  });
});

describe('places inside the names of organisations', () => {
  it('takes the Bank of England as an organisation, not as England', () => {
    const found = findPlaces(['A report', 'The Bank of England raised rates on Thursday.'], { minMentions: 1 });
    expect(found).toEqual([{ name: 'Bank of England', kind: 'organisation' }]);
  });

  it('does not read a publisher or a club named after a city as the city', () => {
    expect(names('The New York Times reported that Manchester United had lost.')).toEqual([]);
    expect(names('She teaches at the University of Southern Indiana.')).toEqual([]);
  });

  it('keeps a place before a title or inside an office held over it', () => {
    expect(names('US President Joe Biden met the Mayor of London.', { people: ['Joe Biden'] })).toEqual(['United States', 'London']);
    expect(names('The Hong Kong Legislative Council met.')).toEqual(['Hong Kong']);
  });

  it('does not read a stance such as pro-Beijing as the place', () => {
    expect(names('The pro-Beijing camp lost two seats and anti-Pyongyang leaflets fell.')).toEqual([]);
  });
});

describe('names that are also words or given names', () => {
  it('never takes the bird for the country', () => {
    expect(names('We roasted a turkey for dinner.')).toEqual([]);
    expect(names('Turkey prices rose before the holiday.')).toEqual([]);
  });

  it('takes Turkey as the country once a mention has a place cue, and counts all its mentions', () => {
    const found = findPlaces(['A report', "Turkey's president spoke. Talks were held in Turkey."], { minMentions: 2 });
    expect(found).toEqual([{ name: 'Turkey', kind: 'country' }]);
  });

  it('does not take Chad or Georgia the people for the places', () => {
    expect(names('Chad scored twice and Georgia said the win was deserved.')).toEqual([]);
  });

  it('takes Chad and Georgia as places with a cue', () => {
    expect(names('Refugees fled into Chad.')).toEqual(['Chad']);
    expect(names('The plant is near Atlanta, Georgia.')).toEqual(['Atlanta', 'Georgia']);
  });

  it('reads a football jersey as clothing and New Jersey as the state', () => {
    expect(names('He signed a Jersey for the fans, and a jersey for his son.')).toEqual([]);
    expect(names('The plant in New Jersey closed.')).toEqual(['New Jersey']);
  });

  it('requires capitals: lower-case words are never places', () => {
    expect(names('the china in hong kong style')).toEqual([]);
  });
});

describe('aliases', () => {
  it('gives US, U.S., United States and America one value', () => {
    const found = findPlaces(['A report', 'The US said the U.S. and the United States, all of America, agree.'], { minMentions: 1 });
    expect(found).toEqual([{ name: 'United States', kind: 'country' }]);
  });

  it('gives UK, Britain and United Kingdom one value', () => {
    expect(names('The UK and Britain, that is the United Kingdom, voted.')).toEqual(['United Kingdom']);
    expect(lookUpPlace('Britain')?.name).toBe('United Kingdom');
    expect(lookUpPlace('U.S.')?.name).toBe('United States');
  });

  it('does not read "US" in a shouted line as the country', () => {
    expect(names('COME AND JOIN US TODAY')).toEqual([]);
  });
});

describe('ranking and cap', () => {
  it('ranks by mentions, counts the headline double and keeps at most the limit', () => {
    const found = findPlaces(
      ['Floods in Kenya', 'Rain fell in Nairobi and Kenya. Nairobi flooded; Kampala, Kigali and Lagos were dry. Nairobi again.'],
      { minMentions: 1, limit: 3 },
    );
    expect(found.map((p) => p.name)).toEqual(['Kenya', 'Nairobi', 'Kampala']);
  });

  it('drops a place named once in passing deep in the text', () => {
    const paragraphs = ['A report', 'The council met on Tuesday.', 'Rents rose.', 'One tenant had moved from Lagos.'];
    expect(findPlaces(paragraphs).map((p) => p.name)).toEqual([]);
  });

  it('takes the dateline as a place, even in capitals', () => {
    expect(findPlaces(['A report', 'Officials met.'], { dateline: 'MOSCOW' })).toEqual([{ name: 'Moscow', kind: 'city' }]);
    expect(findPlaces(['A report', 'Officials met.'], { dateline: 'Rotterdam, Netherlands' }).map((p) => p.name)).toEqual(['Rotterdam', 'Netherlands']);
  });
});

describe('places before a word that goes on into a longer name', () => {
  it('counts the US State Department for the United States but not Colorado State University for Colorado', () => {
    expect(names('The US State Department said a researcher at Colorado State University was held.')).toEqual(['United States']);
  });
});
