/**
 * Kinds of miss found on the invented trap articles (corpora/traps, development data; issue #15,
 * thirteenth session), tested on other invented sentences: familiar forms of a given name,
 * institutions and vessels taken for people, the contracted "I'd" read into a name, verbs of
 * manner that introduce speech, a post stated before the person ("Her editor is …"), in the
 * perfect tense, or as "head of …", and a letter's words given to the person it was from; from
 * the second round (quote round-ups and hard attribution): names in capitals opening a paragraph,
 * the pronoun of the last clause, "said X had …", a speaker named in the next sentence, an
 * indefinite or written subject before a colon, an appositive's "had written".
 */
import { describe, expect, it } from 'vitest';
import { roleOf, names, quotesOf } from './helpers/people.ts';

describe('familiar forms of a given name (data/diminutives.json)', () => {
  it('takes "Bill Hartnell" and "William Hartnell" for one person', () => {
    expect(
      names(
        'William Hartnell, who ran the village shop for forty years, has died at 88.',
        '"Bill Hartnell knew every customer by name," said his neighbour, Joan Pike.',
      ),
    ).toEqual(['Joan Pike', 'William Hartnell']);
  });

  it('keeps two relatives whose given names are not forms of each other apart', () => {
    expect(names('Robert Lyle opened the mill in 1950.', 'His son, Edward Lyle, sold it in 1990.')).toEqual(['Edward Lyle', 'Robert Lyle']);
  });
});

describe('things named after people', () => {
  it('reads institutions, firms and trades by the last word of their name', () => {
    const found = names(
      'The patient, Amos Reed, was taken to the Edith Harrow Infirmary after the crash.',
      'The new stand was built by Dunmore Construction and opens in May, Amos Reed said.',
    );
    expect(found).toEqual(['Amos Reed']);
  });

  it('reads a name after a vessel noun as the vessel', () => {
    expect(names('Captain Ada Strand has taken the car ferry Mary Forbes across the sound for thirty years.')).toEqual(['Ada Strand']);
  });

  it('reads a name after "maker" or "producer" as a firm', () => {
    expect(names('Revenue rose after Lena Hart bought the crisp maker Tayford Crunch last year.')).toEqual(['Lena Hart']);
  });
});

describe('the contracted pronoun', () => {
  it('is no initial of the name before it', () => {
    expect(names('I promised Dorothy Quist I\'d keep this short, and she said she would time me.')).toEqual(['Dorothy Quist']);
  });
});

describe('verbs of manner that introduce speech', () => {
  it('give the quote to the name after them, not to the last speaker', () => {
    const quotes = quotesOf(
      'Helen Marsh said on Monday: "The hedge was always the problem between us."',
      '"Ron Marsh was a stubborn old goat and he owes me an apology," fumed Mr Cyril Dobbs, 79.',
    );
    expect(quotes).toContain('Cyril Dobbs: Ron Marsh was a stubborn old goat and he owes me an apology');
    expect(quotes.filter((q) => q.startsWith('Helen Marsh: Ron Marsh'))).toEqual([]);
  });
});

describe('a post stated before the person', () => {
  it('reads "Her editor … is Colm Ferris" and "whose site manager was Gemma Tennant"', () => {
    expect(roleOf('Colm Ferris', 'Hester Quayle wrote the novel in a year. Her editor at Harrow & Lyle is Colm Ferris.')).toBe('editor');
    expect(roleOf('Gemma Tennant', 'The pool was restored by Castlereagh Builders, whose site manager was Gemma Tennant.')).toBe('site manager');
  });

  it('reads no post from a noun that is no post', () => {
    expect(roleOf('Gemma Tennant', 'The problem, in the end, was Gemma Tennant.')).toBe('');
  });
});

describe('posts in the perfect tense and as "head of"', () => {
  it('reads "He has been Rovers\' manager"', () => {
    expect(roleOf('Neil Okonedo', 'The win was a personal one for Neil Okonedo. He has been Rovers\' manager for only nine matches.')).toBe("Rovers' manager");
  });

  it('reads "the company\'s head of engineering"', () => {
    expect(roleOf('Karin Holm', 'The sorting line was designed by Karin Holm. She is the company\'s head of engineering and joined in 2019.')).toBe("company's head of engineering");
  });

  it('reads a family doctor as a post', () => {
    expect(roleOf('Gerald Achterley', "In 1961 she married the town's GP, Dr Gerald Achterley, who died in 2004.")).toBe("town's GP");
  });
});

describe('document-author', () => {
  it('gives a letter\'s words to the person it was written by', () => {
    const quotes = quotesOf(
      'Among her papers, her family found a letter sent to her in 1963 by Agnes Fairlie, a farmer\'s wife. "Dear Nurse Webb," it begins, "I have no words good enough, so I have knitted you a scarf instead."',
    );
    expect(quotes).toContain('Agnes Fairlie: I have no words good enough, so I have knitted you a scarf instead.');
  });

  it('reads no cue in the next sentence: a statement named after a quote that ends its sentence leaves it to its speaker', () => {
    const quotes = quotesOf('Reading a statement to the court, churchwarden Margaret Fenn said: "Gillian was our friend. She sat with us every week." The statement added that savings were lost.');
    expect(quotes).toContain('Margaret Fenn: Gillian was our friend. She sat with us every week.');
  });

  it('gives a letter from an organisation to no one', () => {
    const quotes = quotesOf('Residents received a letter from the council on Monday, written to Mrs Ada Webb. "We regret that the library will close," it reads.');
    expect(quotes).toEqual([]);
  });
});

describe('capital-name-opening', () => {
  it('reads a round-up\'s names in capitals, with their words', () => {
    const paragraphs = [
      'Our weekly round-up of what people said.',
      'MARGARET OYELARAN, chair of the Allotment Society, on the marrow: "Derek has been feeding that marrow something odd."',
      'KWAME ASANTE-BRIGGS, the town captain, after the defeat: "We were rubbish, and we know it."',
    ];
    expect(names(...paragraphs)).toEqual(['Kwame Asante-Briggs', 'Margaret Oyelaran']);
    expect(quotesOf(...paragraphs)).toEqual(['Margaret Oyelaran: Derek has been feeding that marrow something odd.', 'Kwame Asante-Briggs: We were rubbish, and we know it.']);
  });

  it('leaves capitals that are everyday words alone', () => {
    expect(names('BREAKING NEWS: The bridge has closed after a lorry struck it on Monday, police said.')).toEqual([]);
  });
});

describe('who a pronoun stands for', () => {
  it('is the subject of the last clause of a coordinated sentence', () => {
    const quotes = quotesOf('Inês Carvalho asked both women to stay at the table, but Marta Pinheiro walked out before dawn. "My members have not been paid since March," she said.');
    expect(quotes).toEqual(['Marta Pinheiro: My members have not been paid since March']);
  });

  it('is not a name that only follows "said" as the subject of what was said', () => {
    const quotes = quotesOf(
      'Margaret Thursby did not deny the remark but said Nadia Brennan had "time to fill in the detail". "Nadia is the most talented politician of her generation," she said.',
    );
    expect(quotes).toContain('Margaret Thursby: Nadia is the most talented politician of her generation');
    expect(quotes.filter((q) => q.startsWith('Nadia Brennan'))).toEqual([]);
  });

  it('is the one an appositive says had written the words, a title before the name', () => {
    const quotes = quotesOf(
      'Judge Patricia Rooke heard that the charity\'s chief executive, Dr Sarah Okwu, had written a statement, which the prosecutor read to the court. "Four families were told there was no bed for their child," she wrote.',
    );
    expect(quotes).toEqual(['Sarah Okwu: Four families were told there was no bed for their child']);
  });
});

describe('next-sentence-speaker', () => {
  it('stops the last speaker going on when the next sentence names someone else', () => {
    const quotes = quotesOf(
      '"We will not move," said Sofia Mendes, the operators\' negotiator.',
      '"Nobody in that building believes a 4 per cent offer ends a strike." That was the verdict of Tom Reyes, the union\'s negotiator, who said members would vote on Friday.',
    );
    // Since the fifteenth session "That was the verdict of …" names the speaker (speaker-reveal).
    expect(quotes).toEqual(['Sofia Mendes: We will not move', 'Tom Reyes: Nobody in that building believes a 4 per cent offer ends a strike.']);
  });
});

describe('a colon after an unnamed or written subject', () => {
  it('gives the words of a placard, and of "a caller", to no one', () => {
    const quotes = quotesOf(
      'FROM A LETTER by Joan Ashworth, 88: "I have written to this newspaper every month since 1974."',
      'A CALLER to the phone-in, on the parking charges: "I have parked on that street for forty years for nothing."',
      'Ms Blaylock\'s daughter Maisie, 14, joined a protest with a placard that read: "My jumper is fine and I am keeping it."',
    );
    expect(quotes.filter((q) => /forty years|jumper/.test(q))).toEqual([]);
  });
});

describe('a new sentence about a relative after a quote', () => {
  it('does not attribute the quote before it', () => {
    const quotes = quotesOf(
      'One patient, Gail Mercer, described her stay in a film. "I thought the nurses were trying to poison me," she says in the film. "This time I slept, and I knew where I was." Her daughter, Joanne Pike, said her mother had come home happy.',
    );
    expect(quotes.filter((q) => q.startsWith('Joanne Pike'))).toEqual([]);
  });
});
