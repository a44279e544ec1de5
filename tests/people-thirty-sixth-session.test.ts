/**
 * Kinds of name, role and quote miss found on the development data in the thirty-sixth session
 * (issue #15: corpora/traps round a hundred and sixty, `r160-`), tested on other invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { names, quotesOf, roleOf } from './helpers/people.ts';
import { cleanBlocks } from '../src/pipeline/clean.ts';
import { readArticle } from '../src/pipeline/extract.ts';

describe('a quote whose speaker the sentence after it names', () => {
  it("gives it to the one whose retort, reply or remark the next paragraph opens on", () => {
    const quotes = quotesOf(
      'Council leader Priya Raman defended the budget at Tuesday\'s meeting.',
      '"Every figure in it has been checked twice," she said. "Nobody is hiding a deficit."',
      '"Then why is the reserve down by a third?"',
      "Cllr Tomasz Wielgus's reply drew laughter from the gallery.",
    );
    expect(quotes).toContain('Tomasz Wielgus: Then why is the reserve down by a third?');
    expect(quotes.some((q) => q.startsWith('Priya Raman: Then why'))).toBe(false);
  });

  it('gives it to the one who, the next sentence says, would not elaborate', () => {
    const quotes = quotesOf(
      'The striker Dmitri Volkov scored twice for the visitors, whose coach, Erik Halvorsen, was sacked on Friday.',
      '"It was a good night for us," he said. "The lads deserved it."',
      '"I have told the board what I think. The rest is between us."',
      'Halvorsen, speaking outside the ground on Saturday, would not elaborate.',
    );
    expect(quotes).toContain('Erik Halvorsen: I have told the board what I think. The rest is between us.');
  });

  it('does not take "declined to comment" for a reply', () => {
    const quotes = quotesOf(
      'The striker Dmitri Volkov scored twice for the visitors, whose coach, Erik Halvorsen, was sacked on Friday.',
      '"It was a good night for us," he said. "The lads deserved it."',
      '"I have told the board what I think. The rest is between us."',
      'Halvorsen, speaking outside the ground on Saturday, declined to comment.',
    );
    expect(quotes.some((q) => q.startsWith('Erik Halvorsen: I have'))).toBe(false);
  });
});

describe('"Name, he said, had …": the pronoun set off by commas reports about the name', () => {
  it('gives the words to the one who said them, not to the one they are about', () => {
    const quotes = quotesOf(
      'Paul Kellerman, 44, denies selling fake tickets to 300 fans.',
      'Defence counsel Martin Oduya told the jury his client had been misled. Kellerman, he said, had paid the supplier in good faith and was "as much a victim as the buyers".',
    );
    expect(quotes).toContain('Martin Oduya: as much a victim as the buyers');
    expect(quotes.some((q) => q.startsWith('Paul Kellerman:'))).toBe(false);
  });
});

describe('a relative introduced by "her …" is not the she who speaks of "my …"', () => {
  it('gives the words to the one whose relative it is', () => {
    const quotes = quotesOf(
      'Dr Leyla Aksoy, a historian, runs the archive. For Aksoy, the work is personal. Her grandmother, Aylin, kept a tailor\'s shop on the square until 1974.',
      '"I found his ledger in a box of receipts, and only then did I know my grandmother had sewn for half the town," she says.',
    );
    expect(quotes).toContain('Leyla Aksoy: I found his ledger in a box of receipts, and only then did I know my grandmother had sewn for half the town');
  });

  it('keeps a mother as the she who speaks of her own mother, when the relation was "his"', () => {
    const quotes = quotesOf(
      'The clinic opened on Monday. "We waited ten years for this," Dr Halima Sani said.',
      'Among the first patients was Musa Bello, 9, who has been admitted five times this year. His mother, Amina Bello, a seamstress, said the family had sold a cow to pay for his last stay.',
      '"Every time he is ill I think I will lose him. We have spent everything, even my mother\'s bangles," she said.',
    );
    expect(quotes).toContain("Amina Bello: Every time he is ill I think I will lose him. We have spent everything, even my mother's bangles");
  });
});

describe('given names after a relation', () => {
  const obituary = 'He is survived by his wife of 51 years, Teresa; his sons, Marco and Kevin; and his daughter, Elena Conti.';

  it('reads each name of a list set off after a plural relation', () => {
    expect(names('Giuseppe Conti, a baker in Bari, died on Sunday aged 79.', obituary)).toEqual(expect.arrayContaining(['Marco', 'Kevin']));
  });

  it('reads a name after a relation and how long it has lasted', () => {
    expect(names('Giuseppe Conti, a baker in Bari, died on Sunday aged 79.', obituary)).toContain('Teresa');
    expect(roleOf('Teresa', 'Giuseppe Conti, a baker in Bari, died on Sunday aged 79.', obituary)).toBe('wife');
  });
});

describe('roles set off by an age or a home town', () => {
  it('reads the post before an age and the name', () => {
    expect(roleOf('Huw Bellamy', 'The club secretary, 68-year-old Huw Bellamy, has run the accounts since 1990.')).toContain('secretary');
  });

  it('reads the appositive after an age and where someone is from', () => {
    expect(roleOf('Fiona Gauld', 'That was Fiona Gauld, 61, from Stonehaven, the owner of the harbour café, who opened early for the crews.')).toContain('owner of the harbour café');
  });
});

describe("an Italian works' name", () => {
  it('is no person, and the family name after it does not make one', () => {
    const people = names(
      'Oleificio Bianchi, a family olive-oil mill in Bitonto, has been sold. Carla Bianchi, its managing director, will stay on.',
      '"We were too small to sell abroad alone," Bianchi said.',
    );
    expect(people).not.toContain('Oleificio Bianchi');
    expect(quotesOf('Oleificio Bianchi, a family olive-oil mill in Bitonto, has been sold. Carla Bianchi, its managing director, will stay on.', '"We were too small to sell abroad alone," Bianchi said.')).toContain('Carla Bianchi: We were too small to sell abroad alone');
  });
});

/** Five questions with no labels and their answers, after an introduction. */
const unlabelled = (introduction: string[], answers: string[] = []) => [
  ...introduction,
  'How did you start?',
  answers[0] ?? 'I was nine. I carried the bamboo for my uncle before I ever cut a frame.',
  'What goes into one?',
  answers[1] ?? 'Paper, bamboo and patience. The paper comes from the coast, the bamboo from the hills.',
  'Do the printed ones worry you?',
  answers[2] ?? 'They look nice in a shop. In the air they fall like a stone.',
  'Will your grandchildren carry it on?',
  answers[3] ?? 'One of them paints the paper better than I do. The others want phones.',
  'And your favourite?',
  answers[4] ?? 'A plain white one. You can see it against any sky.',
];

describe('version 132: interviews', () => {
  it('reads the asker of a closing credit that gives a beat\'s place before the post', () => {
    const c = cleanBlocks([
      { kind: 'paragraph', text: 'The kite makers of the old city are busy before the festival.' },
      { kind: 'paragraph', text: 'Interview by Hemalatha Sundar, Madurai correspondent' },
    ]);
    expect(c.interviewer).toBe('Hemalatha Sundar');
  });

  it('gives "Q:" questions to "our staff reporter" the introduction names, where the answers carry a name', () => {
    const quotes = quotesOf(
      'Rupjyoti Bora has guarded rhinos at the sanctuary for twenty-two years.',
      'Our staff reporter Nilakshi Deka talked to Mr Bora by phone as he returned from patrol.',
      'Q: How is the sanctuary after the floods?',
      'Bora: We were lucky. The water came up in July and went down in ten days.',
      'Q: Is poaching still a threat?',
      'Bora: Less than before. The villages are with us now.',
      'Q: What does your family make of the job?',
      'Bora: My wife says I know the rhinos better than our children.',
    );
    expect(quotes).toContain('Nilakshi Deka: How is the sanctuary after the floods?');
    expect(quotes).toContain('Rupjyoti Bora: We were lucky. The water came up in July and went down in ten days.');
  });

  it('takes "the Hawa Mahal" for a building, so the introduction names one person, who answers', () => {
    const paragraphs = unlabelled(['In the lanes behind the Hawa Mahal, Abdul Hafeez, 66, has made kites for half a century. Hafeez still tests every design himself.']);
    expect(names(...paragraphs)).not.toContain('Hawa Mahal');
    expect(quotesOf(...paragraphs)).toContain('Abdul Hafeez: Paper, bamboo and patience. The paper comes from the coast, the bamboo from the hills.');
  });

  it('does not give the answer to one the question speaks of as he', () => {
    const paragraphs = [
      'Biju Mathew, 44, has captained the Thevara boat club for six seasons.',
      'How did you start?',
      'I rowed for the juniors at twelve. My coach shouted at me for a whole year.',
      'Rajesh Pillai, captain of the Kainakary Rowers, said your crew "peaked too late". Is he right?',
      'Rajesh is a good friend and a better talker. He is partly right.',
      'What do you tell a new rower?',
      'Sit straight, watch the stroke, and never look at the other boat.',
      'Will you row next year?',
      'If my back lets me. Ask me in August.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes).toContain('Biju Mathew: Rajesh is a good friend and a better talker. He is partly right.');
    expect(quotes.some((q) => q.startsWith('Rajesh Pillai: Rajesh is'))).toBe(false);
  });

  it("keeps an answer that names the speaker's father, whose given name is the speaker's family name", () => {
    const paragraphs = unlabelled(['Biju Mathew, 44, has made kites in Kochi for thirty years, in the shop his father opened.'], [
      'My father, Mathew Chacko, opened this shop in 1961. He is 79 and still comes to watch every morning.',
    ]);
    expect(quotesOf(...paragraphs)).toContain('Biju Mathew: My father, Mathew Chacko, opened this shop in 1961. He is 79 and still comes to watch every morning.');
  });

  it("does not take an editor's note in square brackets for an answer", () => {
    const paragraphs = unlabelled(['Farideh Kazerouni, 71, has distilled rosewater in Shiraz since she was a girl.'], [
      '[At this point the telephone rang, and the interview stopped for a while.]',
    ]);
    expect(quotesOf(...paragraphs).some((q) => q.includes('At this point'))).toBe(false);
  });
});

describe('version 132: who the introduction says answers', () => {
  const answers = (...introduction: string[]) => quotesOf(...unlabelled(introduction));
  const second = 'Paper, bamboo and patience. The paper comes from the coast, the bamboo from the hills.';

  it('reads "told our reporter" after the one interviewed and an aside', () => {
    expect(
      answers(
        'For eleven summers the harbour kite stall belonged to Bent Mikkelsen, who retired in 2024. Since then it has belonged to Freja Holm, 29.',
        'Holm, who also teaches at the Saturday club, told our reporter Mads Thygesen about paper, wind and money.',
      ),
    ).toContain(`Freja Holm: ${second}`);
  });

  it('reads "Our reporter … asked him"', () => {
    expect(
      answers(
        'When the carpenter Veikko Heikkilä built his first kite in 1962, the boy who held the string was a neighbour\'s son, Tapio Nieminen. Heikkilä died in 2009. Nieminen, now 54, still works in the same shed.',
        'Last year Nieminen made the city\'s festival kite. Our reporter Laura Väisänen asked him about wind and patience.',
      ),
    ).toContain(`Tapio Nieminen: ${second}`);
  });

  it('reads "…, our reporter, met her" with the reporter set off by commas', () => {
    expect(
      answers(
        'When Prof. Hans Wallner retired after 31 years, the guild chose Magdalena Achleitner, 46, to run the kite workshop.',
        'Stefan Huemer, our reporter, met her in the workshop on a grey morning.',
      ),
    ).toContain(`Magdalena Achleitner: ${second}`);
  });

  it('reads the reporter and a photographer meeting the one interviewed, named by a family name others share', () => {
    expect(
      answers(
        'Kjell-Arne Pedersen was 17 when he first flew a kite from the quay his uncle, Odd Pedersen, owned. In January he hands the shop to his daughter, Marte Pedersen.',
        'Our correspondent Sunniva Hætta and photographer Eirik Vangen met Pedersen on the quay at Breivika.',
      ),
    ).toContain(`Kjell-Arne Pedersen: ${second}`);
  });
});

describe('version 132: a reply to words put to someone by name', () => {
  it('is the reply of the one they were put to', () => {
    const quotes = quotesOf(
      'Jana Kolářová, the former head of procurement, gave evidence on Tuesday. Defence lawyer Martin Vlček cross-examined her.',
      '"You signed the protocol, Mrs Kolářová. Nobody was holding your hand," Vlček said, as the presiding judge, Alena Šimková, looked on.',
      '"I signed it because the alternative was to lose my job," she answered.',
    );
    expect(quotes).toContain('Jana Kolářová: I signed it because the alternative was to lose my job');
  });
});

describe("version 132: a Q&A's closing translation note", () => {
  const keeper = { kind: 'paragraph' as const, text: 'The keepers start at six every morning, before the tourists come.' };
  it('goes, as a line of its own', () => {
    expect(cleanBlocks([keeper, { kind: 'paragraph', text: 'Translated from Thai and condensed.' }]).blocks.map((b) => b.text)).toEqual([keeper.text]);
  });

  it('stays where a sentence of the story mentions a translation', () => {
    const story = 'The novel, translated from Thai by her daughter, sold 10,000 copies.';
    expect(cleanBlocks([keeper, { kind: 'paragraph', text: story }]).blocks.map((b) => b.text)).toEqual([keeper.text, story]);
  });
});

describe('version 133', () => {
  it('gives the words to the name after "the Rev." right after a quote', () => {
    const quotes = quotesOf(
      'The congregation began a $2.4 million restoration fund on Sunday.',
      '"This building held us up when the whole city was pushing down on us," the Rev. Cornelius Whitlow, the church\'s senior pastor, told the congregation.',
    );
    expect(quotes).toContain('Cornelius Whitlow: This building held us up when the whole city was pushing down on us');
  });

  it('does not take the agent a statement came through for the he who made it', () => {
    const quotes = quotesOf(
      'The selectors dropped Mthulisi Ncube, the captain, on Monday after a run of low scores.',
      'Ncube was not at training yesterday. In a brief statement released through his agent, Farai Mlambo, he said: "I respect the decision of the selectors even if I do not agree with it."',
    );
    expect(quotes).toContain('Mthulisi Ncube: I respect the decision of the selectors even if I do not agree with it.');
    expect(quotes.some((q) => q.startsWith('Farai Mlambo:'))).toBe(false);
  });

  it('takes a name set off after a post for a person though "which" follows it', () => {
    expect(names('The clerk read out a letter from the Minister of Local Government, Gertrude Phiri, which had arrived on Wednesday.')).toContain('Gertrude Phiri');
  });
});

describe('version 134', () => {
  const markdown = (author: string, source: string, intro: string, asker: string) =>
    [
      '---',
      'title: "A saffron trader on a small harvest"',
      `author: "${author}"`,
      `source: "${source}"`,
      '---',
      '',
      intro,
      '',
      `${asker}: How was the harvest?`,
      '',
      'Rahnama: Smaller than last year, maybe by a fifth. The flowers came late.',
      '',
      `${asker}: Where did that leave prices?`,
      '',
      'Rahnama: Up, naturally, then down again when the buyers decided to wait.',
      '',
      `${asker}: Who runs the business after you?`,
      '',
      'Rahnama: My daughter, if she wants it. She has the nose for it.',
      '',
    ].join('\n');
  const quotes = (md: string) => readArticle('t.md', new TextEncoder().encode(md)).figures.flatMap((f) => f.quotes.map((q) => `${f.name}: ${q}`));

  it("gives questions labelled with the outlet's own name to the one who asked, named by the closing credit", () => {
    const md = markdown('Desk', 'Toos Business Review', 'Hossein Rahnama, 58, has traded saffron in the covered lanes of the bazaar for 31 years.', 'Toos Review') + '\nInterview by Mahsa Tavakoli, Mashhad correspondent\n';
    expect(quotes(md)).toContain('Mahsa Tavakoli: How was the harvest?');
  });

  it('takes the byline for the asker when the introduction has the one interviewed talk to that name', () => {
    const md = markdown('Naseebullah Kakar', 'Quetta Courier', 'Hossein Rahnama, 58, has traded saffron for 31 years. Rahnama talked to Naseebullah Kakar by phone from his shop.', 'Q');
    expect(quotes(md)).toContain('Naseebullah Kakar: How was the harvest?');
  });

  it('takes a market closed by "Bazaar" after "in" or a place\'s possessive for a place, though a given name opens it', () => {
    const people = names('Hossein Rahnama has worked in Mashhad\'s Reza Bazaar for 31 years. Last winter a shopkeeper in Liaquat Bazaar gave the team twenty blankets.');
    expect(people).not.toContain('Reza Bazaar');
    expect(people).toContain('Hossein Rahnama');
  });
});
