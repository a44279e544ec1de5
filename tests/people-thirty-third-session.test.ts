/**
 * Kinds of name, role and quote miss found on the development data in the thirty-third session
 * (issue #15: corpora/traps with rounds a hundred and forty-one onwards, `r141-` …), tested on
 * other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { formulaLength, genderOf } from '../src/pipeline/figures/lexicon.ts';
import { names, quotesOf, roleOf } from './helpers/people.ts';
import { fromMarkdown } from '../src/pipeline/markdown-text.ts';
import { toArticle } from '../src/pipeline/article.ts';
import { findPeople } from '../src/pipeline/figures/index.ts';

/** Every published quote of an article written in Markdown (bold kept), as "speaker: text". */
const quotesOfMarkdown = (markdown: string) => {
  const people = findPeople(toArticle({ file: 't.md', title: 'Test', meta: {}, blocks: fromMarkdown(markdown) }));
  return people.figures.flatMap((f) => f.quotes.map((q) => `${f.name}: ${q}`));
};

describe('greetings and blessings said as set phrases', () => {
  it('reads no one in a speech that opens and closes with them, and still finds who it thanks', () => {
    const story = [
      'Bismillahir Rahmanir Rahim. Assalamu Alaikum. Honourable Deputy Commissioner Mr. Rafiqul Haque Talukder, friends and workers of the yard.',
      'We lost two men on this slipway last year. That will not happen again. Khuda Hafiz.',
    ];
    expect(names(...story)).toEqual(['Rafiqul Haque Talukder']);
  });

  it('rules out only a run that opens with a whole formula, so names made of the same words stay names', () => {
    expect(formulaLength(['Allah', 'Hafez'])).toBe(2);
    expect(formulaLength(['Assalamu', 'Alaikum', 'Warahmatullahi', 'Wabarakatuh'])).toBe(4);
    expect(formulaLength(['Allah', 'Bakhsh'])).toBe(0);
    expect(formulaLength(['Hafiz', 'Rahman'])).toBe(0);
    expect(names('Allah Bakhsh, a wheat farmer, said the rain came late. "We lost half the crop," Bakhsh said.')).toEqual(['Allah Bakhsh']);
  });
});

describe('the tail of a body or festival name', () => {
  it('reads no one in a run that opens on a lower-case particle after a capitalised word', () => {
    expect(names('The mayor declared the Festival de Jazz de Otoño open on Friday.')).toEqual([]);
  });

  it("reads no one in a run that opens on the French article l'", () => {
    expect(names("Figures from the Chambre de Commerce et de l'Industrie du Var show a fall.")).toEqual([]);
  });

  it('keeps a family name with its particle when a sentence or a verb puts it first', () => {
    expect(names('Frederik van Zyl led the talks. "We are close," said van Zyl.')).toEqual(['Frederik van Zyl']);
  });
});

describe("a body's word opening a run after a plural title", () => {
  it('reads the body, not a person titled by its members', () => {
    expect(names('The Junior Nurses Association Sindh said wards were short of staff.')).toEqual([]);
  });

  it('keeps names whose first word is also a given or family name', () => {
    expect(names('Temple Grandin spoke first. Park Min-jun spoke next.')).toEqual(['Park Min-jun', 'Temple Grandin']);
  });
});

describe('titles of other languages', () => {
  it('reads a Philippine barangay officer by the title that opens with the district word', () => {
    const story = ['In Lahug, Barangay Captain Rodolfo Abellana went from house to house.', '"Nobody here refuses the vaccine," Abellana said.'];
    expect(names(...story)).toEqual(['Rodolfo Abellana']);
    expect(roleOf('Rodolfo Abellana', ...story)).toBe('Barangay Captain');
    expect(quotesOf(...story)).toEqual(['Rodolfo Abellana: Nobody here refuses the vaccine']);
  });

  it('still reads no one in a street named with a courtesy title after the district word', () => {
    expect(names('The clinic stands on Jalan Tun Sambanthan, near the station.')).toEqual([]);
  });

  it('reads Swiss and German titles of cantonal and city office as titles, not given names', () => {
    const story = ['Stadträtin Corinne Baumgartner-Vogt, head of the city works department, opened the bridge.', '"It took six years," Baumgartner-Vogt said.'];
    expect(names(...story)).toEqual(['Corinne Baumgartner-Vogt']);
    expect(roleOf('Corinne Baumgartner-Vogt', ...story)).toBe('Stadträtin');
  });
});

describe('firms and trusts named in other languages', () => {
  it('reads no one in a Norwegian health trust, a Swiss bank or a Danish firm of architects', () => {
    expect(names('The state paid most of the bill and Helse Nord paid the rest.')).toEqual([]);
    expect(names('The former chief executive of Aare Privatbank told the inquiry he had done nothing wrong.')).toEqual([]);
    expect(names('The pavilion was designed by Lund & Holm Arkitekter of Aalborg.')).toEqual([]);
  });
});

describe('a short phrase fronted before the subject pronoun', () => {
  it("keeps the paragraph's he the one the sentence is about, not a name in a phrase after the verb", () => {
    const story = [
      'Andreas Christodoulou, who has died aged 84, fished out of Paphos for sixty years.',
      'In that post he argued with every minister from the time of Archbishop Kyprianos onwards.',
      '"The harbour is for the boats that feed the town," he told this newspaper in 2010.',
    ];
    expect(quotesOf(...story)).toEqual(['Andreas Christodoulou: The harbour is for the boats that feed the town']);
  });
});

describe('a question-and-answer interview with no labels', () => {
  const story = [
    'Tomasz Wierzba, 61, has run the ferry across the lagoon for thirty years. Wierzba was elected head of the boatmen’s guild in June, defeating the harbour pilot Marek Zalewski.',
    'Mr Wierzba received our harbour correspondent Ilona Kaczmarek on the quay at Tolkmicko.',
    'Captain, the guild says fares must rise. Will they?',
    'Not this winter. The crossing is a lifeline, and I will not price it out of reach.',
    'Your rival, Marek Zalewski, says the boats are too old. Is he right?',
    'The boats are old. So am I. We both still float.',
    'What will you do next year?',
    'Paint the hulls, if the council pays for the paint.',
    'Is there a successor in view?',
    'My deputy, and she knows it.',
    'Will you ever retire?',
    'When the lagoon freezes for good.',
  ];

  it('gives the answers to the one who received "our correspondent", though the introduction names others', () => {
    const quotes = quotesOf(...story);
    expect(quotes).toContain('Tomasz Wierzba: Not this winter. The crossing is a lifeline, and I will not price it out of reach.');
    expect(quotes).toContain('Tomasz Wierzba: The boats are old. So am I. We both still float.');
  });

  it('gives the questions to the correspondent the introduction names, and nothing to the rival it mentions', () => {
    const quotes = quotesOf(...story);
    expect(quotes).toContain('Ilona Kaczmarek: Captain, the guild says fares must rise. Will they?');
    expect(quotes.some((q) => q.startsWith('Marek Zalewski:'))).toBe(false);
  });
});

describe('a relative clause after a noun phrase subject', () => {
  it('does not give the quote to a name inside the clause', () => {
    const story = [
      'Pensioner Edna Briggs, 74, lives two doors down. "I was glad for him at first," she said.',
      'The retired school cook, whose late brother, Alfie, drove the number 9 bus for thirty years, added: "Now the vans start at six and the music stops at two."',
    ];
    expect(quotesOf(...story).some((q) => q.startsWith('Alfie:'))).toBe(false);
  });
});

describe('a pen name', () => {
  it('is what the he or she of its sentence is called, not a second person', () => {
    const story = [
      'Samir Haddad, a retired surgeon, has died aged 83.',
      'His three novels appeared in the 1980s under a pen name, Ibn Zaytun, because he did not think a surgeon should be seen to write love stories.',
    ];
    expect(names(...story)).toEqual(['Samir Haddad']);
  });
});

describe('theatres and settlements named in Spanish, French and Italian', () => {
  it('reads no one in them', () => {
    expect(names('Teatro Municipal Ribeiro reopened on Friday. The squatters called the camp Nueva Aurora.')).toEqual([]);
  });
});

describe('bold questions', () => {
  it('marks a paragraph set wholly in bold, and only such a paragraph', () => {
    expect(fromMarkdown('**Why did you stay?**\n\nBecause of the boats.\n\nIt was **very** cold.')).toEqual([
      { kind: 'paragraph', text: 'Why did you stay?', bold: true },
      { kind: 'paragraph', text: 'Because of the boats.' },
      { kind: 'paragraph', text: 'It was very cold.' },
    ]);
  });

  const interview = [
    'Dilnoza Yusupova has led the mountain rescue team in Chimgan for eleven years. She spoke to our correspondent Rustam Aliev by phone.',
    '**How many callouts did you have this winter?**',
    'Sixty-two, most of them skiers who left the marked runs.',
    '**What is the most common mistake?**',
    'Going up late. The light goes at four and the cold comes with it.',
    '**You lost a colleague yourself in 2019.**',
    'Yes. Timur. I still carry his radio in my pack.',
    '**Will the new cable car bring more people?**',
    'Twice as many, and half of them in trainers.',
  ].join('\n\n');

  it('reads a bold statement among bold questions as a question, not as an answer', () => {
    const quotes = quotesOfMarkdown(interview);
    expect(quotes).toContain('Rustam Aliev: You lost a colleague yourself in 2019.');
    expect(quotes.some((q) => q.startsWith('Dilnoza Yusupova: You lost'))).toBe(false);
  });

  it('gives the answers to the one who, as "she", spoke to the correspondent', () => {
    expect(quotesOfMarkdown(interview)).toContain('Dilnoza Yusupova: Yes. Timur. I still carry his radio in my pack.');
  });
});

describe('the correspondent meets her', () => {
  it('gives the answers to the one the introduction names first', () => {
    const story = [
      'Grażyna Malinowska has sold fish at the Hala Targowa for forty years. She retires on Friday.',
      'Our correspondent Piotr Zieliński met her at the stall before dawn.',
      'What has changed for you in forty years?',
      'The customers are older and the fish is dearer.',
      'Who will take your stall?',
      'My nephew, if he gets up in time.',
      'What will you miss?',
      'The noise. My flat is too quiet.',
    ];
    expect(quotesOf(...story)).toContain('Grażyna Malinowska: The customers are older and the fish is dearer.');
    expect(quotesOf(...story)).toContain('Piotr Zieliński: What has changed for you in forty years?');
  });
});

describe('Polish "Pani" before a given name', () => {
  it('is a courtesy title, so the full name stays whole', () => {
    const story = [
      'Wiesława Nowak ran the post office in Hel for thirty years.',
      'On her last day the postman, Jan Kowal, said only: "Pani Wiesława, who will sort the parcels now?"',
    ];
    expect(names(...story)).toEqual(['Jan Kowal', 'Wiesława Nowak']);
  });
});

describe('a he or she who spoke to the correspondent', () => {
  /** The questions and answers after either introduction. */
  const turns = [
    'How many welders are left at your yard?',
    'Two hundred. When I started there were two thousand.',
    'Do you miss the old days?',
    'I miss the orders, not the days.',
    'What would you tell your son?',
    'Learn to weld, then learn something else.',
  ];

  it('is no one when the sentence before opens on another person than the introduction names first', () => {
    const story = [
      'Goran Perić led the welders of the Split yard for twenty years until he retired in March.',
      'Ivo Marić, 48, who took over from him, has worked at the yard since 1999. He spoke to our correspondent Ana Kovač in the canteen.',
      ...turns,
    ];
    const quotes = quotesOf(...story);
    expect(quotes.some((q) => q.startsWith('Goran Perić:') || q.startsWith('Ivo Marić:'))).toBe(false);
  });

  it('is the one both readings agree on', () => {
    const story = [
      'Ivo Marić, 48, has worked at the Split yard since 1999 and has led its welders since March, when Goran Perić retired. He spoke to our correspondent Ana Kovač in the canteen.',
      ...turns,
    ];
    expect(quotesOf(...story)).toContain('Ivo Marić: Two hundred. When I started there were two thousand.');
  });
});

describe('the correspondent spoke to him, in a paragraph of its own', () => {
  it("goes back to the story's subject, not to the last man named in the paragraph before", () => {
    const story = [
      'The boatbuilder Colm Mac Donncha, 71, has built 30 hookers in his shed at Ros Muc. In spring he hands the yard to his nephew.',
      '"Colm is the reason the boats still sail," said Seán Ó Gríofa, chairman of the hooker association.',
      'Our reporter Aoife Breathnach spoke to him at the yard last week.',
      'How many boats are left on the bay?',
      'Fewer than a hundred. When I started there were none being built at all.',
      'Will your nephew keep the old ways?',
      'He will, or I will haunt him.',
      'What do you tell visitors about your boats?',
      'To buy one, not to photograph one.',
    ];
    const quotes = quotesOf(...story);
    expect(quotes).toContain('Colm Mac Donncha: Fewer than a hundred. When I started there were none being built at all.');
    expect(quotes.filter((q) => q.startsWith('Seán Ó Gríofa:'))).toEqual(['Seán Ó Gríofa: Colm is the reason the boats still sail']);
  });
});

describe("an unlabelled interview's answer that opens on someone else's words", () => {
  it('gives the answerer only what follows, and the words to their speaker or to no one', () => {
    const story = [
      'Carmen Ruiz Vega, 44, has welded ship hulls in Cádiz for twenty years. She spoke to our correspondent Elena Mora between shifts.',
      'How did you learn the trade?',
      'At the school by the port. It took two years.',
      'Who taught you the most?',
      'My instructor, Tomás Lara, told me: "Nobody sees a weld under the water, so make every one perfect." It is still the best advice I have had.',
      'Do you train apprentices now?',
      'Six of them. Two are women.',
    ];
    const quotes = quotesOf(...story);
    expect(quotes).toContain('Carmen Ruiz Vega: It is still the best advice I have had.');
    expect(quotes.some((q) => q.startsWith('Carmen Ruiz Vega: My instructor'))).toBe(false);
  });
});

describe('French given names of virtues and saints', () => {
  it('knows them, with their gender', () => {
    expect(['Parfait', 'Prosper', 'Dieudonné', 'Cyriaque'].map(genderOf)).toEqual(['m', 'm', 'm', 'm']);
    expect(['Félicité', 'Espérance', 'Honorine', 'Léontine'].map(genderOf)).toEqual(['f', 'f', 'f', 'f']);
  });

  it('reads them as given names, so a defendant in a list is a person and speaks for himself', () => {
    const story = [
      'In the dock were a sawmill owner, Rodrigue Gbaguidi, and a freight forwarder, Parfait Kpossou.',
      'Kpossou told the court he had relied on the documents he was given. "A forwarder fills in forms," he said.',
    ];
    expect(names(...story)).toEqual(['Parfait Kpossou', 'Rodrigue Gbaguidi']);
    expect(quotesOf(...story)).toEqual(['Parfait Kpossou: A forwarder fills in forms']);
  });
});

describe('a bold interview with a standfirst and subheadings', () => {
  const interview = [
    '**A cupper decides which of the valley’s coffees go abroad.**',
    'For thirty years, Ato Bekele Haile was the palate of the valley’s coffee. He retired in 2022.',
    'Hirut Alemu, 38, the daughter of a smallholder, now runs the cupping table. She tastes as many as 300 cups a day.',
    'Our reporter Samuel Tadesse met her between sessions at the laboratory.',
    '**On learning**',
    '**Your father grew coffee.**',
    'He still does, on two hectares outside the town.',
    '**How did you become a cupper?**',
    'Almost by mistake. I studied chemistry and applied for a laboratory job.',
    '**On the table**',
    '**What happens at a session?**',
    'We smell the dry grounds, then we pour the water.',
    '**Do you ever drink the coffee?**',
    'At home, every morning, and never at work.',
  ].join('\n\n');

  it('reads the questions after the introduction, even the first one put as a statement', () => {
    const quotes = quotesOfMarkdown(interview);
    expect(quotes).toContain('Hirut Alemu: He still does, on two hectares outside the town.');
    expect(quotes).toContain('Samuel Tadesse: Your father grew coffee.');
  });

  it('gives no one the standfirst or a subheading', () => {
    const quotes = quotesOfMarkdown(interview);
    expect(quotes.some((q) => /On learning|On the table|A cupper decides/.test(q))).toBe(false);
  });
});
