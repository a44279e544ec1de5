/**
 * Kinds of name, role and quote miss found on the development data in the thirty-fifth session
 * (issue #15: corpora/traps round a hundred and fifty-seven, `r157-`), tested on other invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { genderOf } from '../src/pipeline/figures/lexicon.ts';
import { quotesOf } from './helpers/people.ts';
import { readArticle } from '../src/pipeline/extract.ts';

/** Four questions with no labels and their answers, after an introduction. */
const interview = (introduction: string[]) => [
  ...introduction,
  'How long have you worked on the quays?',
  'Since I was nineteen. I carried sacks of cocoa before I ever touched a crane.',
  'Why threaten a strike now?',
  'Because after the machines arrive it is too late to talk about the men they replace.',
  'What do you want from the port?',
  'A register of the casual workers, and a wage that does not change with the foreman.',
  'Will the union call it off?',
  'Only if the port signs. Nobody wants a strike, least of all my members.',
];

describe('the reporter named before "our … reporter", and the one the reporter met', () => {
  const introduction = [
    'Emeka Obi has run the dockers\' union in Port Harcourt since March. His predecessor, Samuel Okafor, retired in the spring after twenty years.',
    "Grace Adaeze, our labour reporter, met Mr Obi at the union's offices near the main gate.",
  ];

  it('gives the questions to the reporter and the answers to the one she met', () => {
    const quotes = quotesOf(...interview(introduction));
    expect(quotes).toContain('Grace Adaeze: Why threaten a strike now?');
    expect(quotes).toContain('Emeka Obi: Because after the machines arrive it is too late to talk about the men they replace.');
    expect(quotes.some((q) => q.startsWith('Samuel Okafor:'))).toBe(false);
  });

  it('reads the reporter after "our … editor," with a comma before the name', () => {
    const quotes = quotesOf(
      ...interview([
        'Emeka Obi has run the dockers\' union in Port Harcourt since March.',
        'In conversation with our business editor, Grace Adaeze, Mr Obi explains why the union has set a date for a strike.',
      ]),
    );
    expect(quotes).toContain('Grace Adaeze: What do you want from the port?');
  });

  it('does not take a name that only follows a sentence about a reporter for the one interviewed', () => {
    // "met" in a sentence of its own after the reporter's: not the reporter meeting anyone.
    const quotes = quotesOf(
      ...interview([
        'Grace Adaeze, our labour reporter, has covered the port for ten years. Unions met Samuel Okafor, the port manager, in June.',
        'Emeka Obi, the union\'s secretary, has run it since March.',
      ]),
    );
    expect(quotes.some((q) => q.startsWith('Samuel Okafor: Because'))).toBe(false);
  });
});

describe('a labelled interview is with the one its introduction names', () => {
  it('gives the answers to the one introduced, not to a colleague the answers name more often', () => {
    const quotes = quotesOf(
      'For fifteen years the ecologist Clarisse Mboumba has counted the forest elephants of Lopé.',
      'Q: Who taught you to track them?',
      'A: Jean-Rémy Mabika, our chief tracker. Jean-Rémy grew up in the forest and reads it like a newspaper.',
      'Q: Does he agree with your study?',
      'A: When Jean-Rémy disagrees, I go with Jean-Rémy. This time he agreed.',
      'Q: What comes next?',
      'A: Another fifteen years of counting, if the funding holds.',
    );
    expect(quotes).toContain('Clarisse Mboumba: Another fifteen years of counting, if the funding holds.');
    expect(quotes.some((q) => q.startsWith('Jean-Rémy Mabika:'))).toBe(false);
  });
});

describe('given names and their gender', () => {
  it('gives a hyphened French given name the gender of its first part', () => {
    expect(genderOf('Jean-Claude')).toBe('m');
    expect(genderOf('Jean-Rémy')).toBe('m');
    expect(genderOf('Marie-Claude')).toBe('f');
    // "Jean" alone stays a name of either gender, as the English lists have it.
    expect(genderOf('Jean')).toBeUndefined();
  });

  it('does not give a son\'s words to his father because only the father\'s given name was known', () => {
    const quotes = quotesOf(
      'Karamoko Keïta runs the new kora festival in Bamako. His father, Sékou Keïta, taught him to play in the family courtyard.',
      '"We need a bigger stage, and the river gives us one," Mr Keïta said.',
    );
    expect(quotes.some((q) => q.startsWith('Sékou Keïta: We need a bigger stage'))).toBe(false);
  });
});

describe("version 130: an interview's introduction read for its subject", () => {
  it('takes the one the introduction names most for its "him", not a mentor its opening anecdote names first', () => {
    const quotes = quotesOf(
      ...interview([
        'A Frenchman named Luc Ferrand was among the first foreign pilots to launch from the ridge above the lake. The boy who carried his glider up the hill was a tea seller called Nabin Gurung.',
        'Three decades on, Gurung, 45, runs the busiest flying school on the lakeshore. Our Pokhara correspondent Anjali Subedi spoke to him at the landing field.',
      ]),
    );
    expect(quotes).toContain('Nabin Gurung: Since I was nineteen. I carried sacks of cocoa before I ever touched a crane.');
    expect(quotes.some((q) => q.startsWith('Luc Ferrand: Since'))).toBe(false);
    // "Our Pokhara correspondent": a beat may be a place's name.
    expect(quotes).toContain('Anjali Subedi: Why threaten a strike now?');
  });

  it('reads a family name two namesakes share as the one the article settled it to be', () => {
    const quotes = quotesOf(
      ...interview([
        'Ghulam Rasool Baloch took the wheel of his first launch in 1987. His father, Haji Allah Bakhsh Baloch, had worked the same route for three decades before him. Today Baloch, 59, skippers the Sultana.',
        'Last month the port trust said it would phase out the wooden launches. Baloch spoke to our correspondent Sana Qureshi on the jetty.',
      ]),
    );
    expect(quotes).toContain('Ghulam Rasool Baloch: A register of the casual workers, and a wage that does not change with the foreman.');
    expect(quotes.some((q) => q.startsWith('Haji Allah Bakhsh Baloch: A register'))).toBe(false);
  });

  it('gives the answers to the one the introduction has speaking about the subject', () => {
    const quotes = quotesOf(
      ...interview([
        'When Abdul Mannan retired after two decades as safety officer at the yard, the owners gave the job to a woman. Farhana Chowdhury, 34, a chemical engineer, now oversees some 600 workers.',
        'Chowdhury, who joined the yard from a fertiliser plant, spoke about gas tests, asbestos and the families who wait at the gate.',
      ]),
    );
    expect(quotes).toContain('Farhana Chowdhury: Because after the machines arrive it is too late to talk about the men they replace.');
    expect(quotes.some((q) => q.startsWith('Abdul Mannan:'))).toBe(false);
  });
});

describe('version 131: a Q&A closing on "Interview by …"', () => {
  const markdown = (credit: string) =>
    [
      '---',
      'title: "A ferry captain on the last wooden launches"',
      'author: "Staff reporter"',
      '---',
      '',
      'Emeka Obi has run the dockers\' union in Port Harcourt since March. His predecessor, Samuel Okafor, retired in the spring after twenty years.',
      '',
      interview([]).join('\n\n'),
      '',
      credit,
      '',
    ].join('\n');

  it('gives the questions to the one the closing credit names, and drops the credit from the text', () => {
    const reading = readArticle('t.md', new TextEncoder().encode(markdown('*Interview by Grace Adaeze, labour correspondent*')));
    const quotes = reading.figures.flatMap((f) => f.quotes.map((q) => `${f.name}: ${q}`));
    expect(quotes).toContain('Grace Adaeze: Why threaten a strike now?');
    expect(reading.article.paragraphs.some((p) => /Interview by/.test(p))).toBe(false);
  });

  it('does not take a credit for the words or pictures for the asker', () => {
    const reading = readArticle('t.md', new TextEncoder().encode(markdown('Photographs by Grace Adaeze')));
    expect(reading.figures.some((f) => f.name === 'Grace Adaeze' && f.quotes.length > 0)).toBe(false);
  });
});
