/**
 * Invented articles in everyday newsroom styles (tests/fixtures/invented-news), briefed end to end:
 * the people found, with their roles and quotes, and the opening of each summary. They were written
 * to probe the pipeline on text it was not developed on; see the fixture's README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract.ts';
import { hasDanglingOpener } from '../src/pipeline/summary/dangling.ts';

const dir = join(import.meta.dirname, 'fixtures/invented-news');

interface Expected {
  /** Everyone the article names as a person, and nobody else. */
  people: string[];
  /** Roles that must be found, by name. */
  roles?: Record<string, string>;
  /** A quote (its start) and who must be given it. */
  quotes?: [string, string][];
  /** How the summary must open. */
  opens: string;
}

const ARTICLES: Record<string, Expected> = {
  'council.txt': {
    people: ['Margaret Hill', 'Priya Natarajan', 'Tom Reyes'],
    roles: { 'Priya Natarajan': 'council leader', 'Tom Reyes': 'Opposition councillor' },
    quotes: [['I will believe it', 'Margaret Hill'], ['We are writing a blank cheque', 'Tom Reyes']],
    opens: 'The city council voted on Tuesday',
  },
  'court.txt': {
    people: ['Ahmed Rahimi', 'Daniel Price', 'Dawn', 'Helen Marsh', 'Jolene Carter', 'Mark Bowen'],
    roles: { 'Helen Marsh': 'Judge', 'Mark Bowen': 'Detective Inspector, Northfield Police', 'Ahmed Rahimi': 'Security guard' },
    quotes: [['Jolene was the kindest person', 'Dawn'], ['You knew people were working', 'Helen Marsh']],
    opens: 'A 34-year-old man has been jailed',
  },
  'match.txt': {
    people: ['Daniel Okafor', 'Ines Brandt', 'Kwame Asante', 'Leo Marsh'],
    roles: { 'Leo Marsh': 'captain', 'Ines Brandt': 'Rovers manager', 'Kwame Asante': 'striker' },
    quotes: [['I have waited ten years', 'Leo Marsh'], ['We gave everything', 'Ines Brandt']],
    opens: 'Harbour City reached the final',
  },
  'obit.txt': {
    people: ['Alvar Aalto', 'Erik Lindqvist', 'Lena Holm', 'Rosa Lindqvist', 'Ulf Berglund'],
    roles: { 'Rosa Lindqvist': 'Swedish architect', 'Erik Lindqvist': 'son', 'Ulf Berglund': 'Prime Minister' },
    quotes: [['She believed a city', 'Lena Holm'], ['a builder of the Sweden', 'Ulf Berglund']],
    opens: 'Rosa Lindqvist, the Swedish architect',
  },
  'quake.txt': {
    people: ['Bishnu Prasad Karki', 'Harka Budha'],
    roles: { 'Harka Budha': 'local councillor', 'Bishnu Prasad Karki': 'Prime Minister' },
    quotes: [['Almost every house in my ward', 'Harka Budha']],
    opens: 'A magnitude 6.4 earthquake struck western Nepal',
  },
  'startup.md': {
    people: ['Adaeze Okonkwo', 'Femi Adeyemi'],
    roles: { 'Adaeze Okonkwo': 'engineer', 'Femi Adeyemi': 'doctor' },
    quotes: [['Reliable power is the difference', 'Adaeze Okonkwo'], ['A panel that breaks', 'Femi Adeyemi']],
    opens: 'A Nigerian start-up',
  },
  'summit.txt': {
    people: ['Rui Antunes', 'Zoltan Varga'],
    roles: { 'Rui Antunes': 'European Council President', 'Zoltan Varga': 'Hungarian Prime Minister' },
    quotes: [['Unity is our strength', 'Rui Antunes']],
    opens: 'European Union leaders agreed on Thursday',
  },
  'tech.txt': {
    people: ['Ada Whitcombe', 'Graham Doherty'],
    roles: { 'Ada Whitcombe': 'member of the House of Lords', 'Graham Doherty': 'Deputy Commissioner' },
    quotes: [['finally shown they have teeth', 'Ada Whitcombe']],
    opens: "Ireland's Data Protection Commission (DPC) fined",
  },
  'vaccine.md': {
    people: ['Kofi Mensah', 'Mary Hanlon'],
    roles: { 'Kofi Mensah': 'Professor, University of Ghana' },
    quotes: [['These results show that the vaccine saves lives', 'Mary Hanlon']],
    opens: 'A malaria vaccine given to more than 200,000 children',
  },
};

describe('invented articles, briefed end to end', () => {
  for (const [file, want] of Object.entries(ARTICLES)) {
    it(file, () => {
      const { figures, summary } = extractArticle(file, readFileSync(join(dir, file)), []);
      expect(figures.map((f) => f.name).sort()).toEqual(want.people);
      for (const [name, role] of Object.entries(want.roles ?? {})) expect(figures.find((f) => f.name === name)?.role, name).toBe(role);
      for (const [quote, speaker] of want.quotes ?? []) {
        const owners = figures.filter((f) => f.quotes.some((q) => q.startsWith(quote))).map((f) => f.name);
        expect(owners, quote).toEqual([speaker]);
      }
      expect(summary.summary.startsWith(want.opens), summary.summary).toBe(true);
      expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
      for (const point of summary.keyPoints) expect(hasDanglingOpener(point.text), point.text).toBe(false);
    });
  }
});
