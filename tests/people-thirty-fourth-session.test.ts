/**
 * Kinds of name, role and quote miss found on the development data in the thirty-fourth session
 * (issue #15: corpora/traps with rounds a hundred and fifty onwards, `r150-` …), tested on other
 * invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { genderOf } from '../src/pipeline/figures/lexicon.ts';
import { names, quotesOf, roleOf } from './helpers/people.ts';
import { unlabelledTurns } from '../src/pipeline/figures/speaker-labels.ts';

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

describe('bold questions after a long introduction', () => {
  /** Eight paragraphs of introduction, then four bold questions with their answers. */
  const paragraphs = (closing: string) => [
    'Ljubica Marić has packed anchovies at the Sali cannery for thirty-one years.',
    'The cannery, the last on the island, will close its hand line in March.',
    '"She is the fastest knife on the line," said Ante Perić, the foreman.',
    'Her sister, Vesna, left for a hotel job in Zadar in 2019.',
    '"The hotels pay twice what the fish pays," Vesna said.',
    'The owners say a machine from Denmark will do the work of twelve women.',
    'A younger packer, who asked not to be named, said most of the seasonal workers were looking elsewhere.',
    closing,
    'Why did you start at the cannery?',
    'My mother packed here, and her mother before her.',
    'What will the machine change?',
    'It will be faster. It will not know a good fish from a bad one.',
    'Will you stay until the end?',
    'Until the last tin, yes.',
    'What would you tell a young packer?',
    'Learn something else as well.',
  ];
  const bold = new Set([8, 10, 12, 14]);

  it('reads them as an interview where the introduction says one follows', () => {
    const turns = unlabelledTurns(paragraphs('The interview has been edited for length.'), bold);
    expect(turns.filter((t) => t.label === 'Q').map((t) => t.paragraph)).toEqual([8, 10, 12, 14]);
  });

  it('reads them as an interview where the one interviewed "spoke to us"', () => {
    expect(unlabelledTurns(paragraphs('Marić, 54, spoke to us during her break.'), bold).length).toBe(8);
  });

  it('reads no interview where nothing says one follows, so late bold lines stay the article’s', () => {
    expect(unlabelledTurns(paragraphs('The cannery employs 140 people in the season.'), bold)).toEqual([]);
  });
});

describe('a letter signed by someone named after its words', () => {
  it('gives the words to the signer, not to the one the paragraph names before them', () => {
    const story = [
      'Hasan Begić, 58, a boatbuilder, has asked the city for a permit since spring. The hotel owner, Mirsad Kovač, built his jetty without one.',
      'Kovač brought in concrete by the lorry, and nobody stopped him. I wrote to the council in May. The reply is in my drawer: "Your request will be considered at the next session." Signed by Amra Delić, the head of planning. That was in June.',
    ];
    const quotes = quotesOf(...story);
    expect(quotes).toContain('Amra Delić: Your request will be considered at the next session.');
    expect(quotes.some((q) => q.startsWith('Mirsad Kovač:'))).toBe(false);
  });
});

describe('South Slavic titles and names', () => {
  it('joins "Teta" and a given name to the woman it titles', () => {
    expect(names('Ljubica Marić has packed fish for thirty years.', '"Teta Ljubica taught us all," said a young packer.')).toEqual(['Ljubica Marić']);
  });

  it('knows the gender of given names the lists lacked', () => {
    expect(['Tomislav', 'Jože', 'Enes', 'Rexhep'].map(genderOf)).toEqual(['m', 'm', 'm', 'm']);
    expect(['Tjaša', 'Dragica', 'Nives', 'Sanja', 'Stana', 'Nevenka'].map(genderOf)).toEqual(['f', 'f', 'f', 'f', 'f', 'f']);
  });
});

describe('French "M." before a family name', () => {
  it('is Monsieur, joining the man named in full, whose words they are', () => {
    const story = [
      'Patrice Lemaire, who leads the opposition on the council, voted against the bus lane.',
      'M. Lemaire said the plan had been "drawn up without a single shopkeeper".',
    ];
    expect(names(...story)).toEqual(['Patrice Lemaire']);
    expect(quotesOf(...story)).toEqual(['Patrice Lemaire: drawn up without a single shopkeeper']);
  });

  it('stays an initial before a name no one else has, and where the given name opens with M', () => {
    expect(names('M. Karunanidhi led the party for fifty years.')).toEqual(['M. Karunanidhi']);
    expect(names('Marc Lemaire chairs the board. M. Lemaire was re-elected on Monday.')).toEqual(['Marc Lemaire']);
  });
});

describe('"Said" inside a name', () => {
  it('is a name word, not the verb, between a given and a family name', () => {
    expect(names('Advocate Halima Said Kombo, for the second accused, told the court that her client was a clearing agent.')).toEqual(['Halima Said Kombo']);
  });
});

describe('a club that is "Unidos"', () => {
  it('is no person, so its coach’s words are not the club’s', () => {
    const story = [
      'Arroyito Norte beat Echesortu Unidos 2-1 on Sunday.',
      '"I know what I saw," said Darío Benedetti, the Echesortu Unidos coach.',
    ];
    expect(names(...story)).toEqual(['Darío Benedetti']);
  });
});

describe('"he added" in the paragraph after a quote of someone named by a title', () => {
  it('goes on with that speaker, not the man named before', () => {
    const story = [
      'Detective Sergeant Amos Wekesa told the court he had stopped the lorry at Isebania. The defence lawyer, Peter Odhiambo, asked whether anyone had searched it before him.',
      '"Nobody touched it," the detective replied.',
      '"The seals were still on the doors when I opened them," he added.',
    ];
    const quotes = quotesOf(...story);
    expect(quotes).toContain('Amos Wekesa: The seals were still on the doors when I opened them');
    expect(quotes.some((q) => q.startsWith('Peter Odhiambo:'))).toBe(false);
  });
});

describe('"we met her" after a daughter named after her mother', () => {
  it('gives the answers to no one rather than to the mother the introduction names first', () => {
    const quotes = quotesOf(
      ...interview([
        'In 1971 Ana Ferrante took a job mending nets at the Chioggia cooperative. Her daughter followed her onto the quay twenty years later.',
        'That daughter, Lucia Bassi, is now 52 and the cooperative’s oldest net-mender. Bassi retires in March. We met her on the quay after the morning catch.',
      ]),
    );
    expect(quotes.some((q) => q.startsWith('Ana Ferrante:'))).toBe(false);
  });
});

describe('Greek saints and courtesy titles', () => {
  it('reads a church of "Agios" as no person, though a man has the saint\'s name', () => {
    const story = [
      'Stavros Kyprou was born in 1939, the son of a sponge diver, Lazaros Kyprou.',
      'Father Michalis Georgiou, the priest of Agios Lazaros, said Kyprou brought the first catch of every season to the church.',
      'The funeral will take place at the Church of Agios Lazaros on Wednesday.',
    ];
    expect(names(...story)).toEqual(['Lazaros Kyprou', 'Michalis Georgiou', 'Stavros Kyprou']);
  });

  it('reads "Kyr" before a given name as a title', () => {
    expect(names('Stelios Pittas, 70, fished beside him.', 'Kyr Stelios mended the nets every winter.')).toEqual(['Stelios Pittas']);
  });
});
