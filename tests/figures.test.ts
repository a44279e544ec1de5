import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/pipeline/article.ts';
import { extractFigures, type ExtractedFigure } from '../src/pipeline/figures/index.ts';
import { findQuoteSpans } from '../src/pipeline/figures/quote-spans.ts';
import { sameName } from '../src/pipeline/figures/coreference.ts';
import { isCaption } from '../src/pipeline/figures/captions.ts';

function figuresOf(...paragraphs: string[]): ExtractedFigure[] {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  return extractFigures(toArticle({ file: 't.txt', title: 'Test', meta: {}, blocks }));
}
const byName = (figs: ExtractedFigure[], name: string) => figs.find((f) => f.name === name);
const names = (figs: ExtractedFigure[]) => figs.map((f) => f.name).sort();

describe('names', () => {
  it('merges a full name with its later surname and keeps titles out of the name', () => {
    const figs = figuresOf(
      'Russian Foreign Minister Sergey Lavrov said on Thursday that talks would go on.',
      'Lavrov spoke at a news conference in Minsk.',
    );
    expect(names(figs)).toEqual(['Sergey Lavrov']);
    expect(figs[0].mentions).toBe(2);
    expect(figs[0].aliases).toEqual(['Lavrov']);
  });

  it('takes no organisations, places, events, nationalities or groups for people', () => {
    const figs = figuresOf(
      'She spoke at the Third Eurasian Women’s Forum in Saint Petersburg on Wednesday.',
      'Bushfires spread across the state of Victoria, and Muslims in New South Wales held prayers at the Grand Mosque.',
      'The Civil Defense Authority and the Democratic Party said the Hong Kong-based company was fined.',
    );
    expect(figs).toEqual([]);
  });

  it('takes the title of a book, film or game after its noun for a work, not a person', () => {
    const figs = figuresOf(
      'Margaret Atwood was there to launch her graphic novel Angel Catbird, with illustrator Johnnie Christmas.',
      'Fans queued for the film Forrest Gump, and the film director Ang Lee said he would return.',
    );
    expect(names(figs)).toEqual(['Ang Lee', 'Johnnie Christmas', 'Margaret Atwood']);
  });

  it('handles names of many origins', () => {
    const figs = figuresOf(
      'Leader Kim Jong-un issued an order, state media said.',
      'Italian minister Claudio De Vincenti met Carlo De Benedetti and Suleiman al-Amr in Rome.',
      'Pan-democrat Lam Cheuk-ting and veteran Lee Cheuk-yan were elected.',
    );
    expect(names(figs)).toEqual(['Carlo De Benedetti', 'Claudio De Vincenti', 'Kim Jong-un', 'Lam Cheuk-ting', 'Lee Cheuk-yan', 'Suleiman al-Amr']);
  });

  it('accepts names that are also common words or places', () => {
    const figs = figuresOf(
      'Pan-democrats elected were Leung Yiu-chung of NWSC and James To of the Democratic Party.',
      'Former Scientologist Valeska Paris said she was held on a ship.',
    );
    expect(names(figs)).toEqual(['James To', 'Leung Yiu-chung', 'Valeska Paris']);
  });

  it('keeps people named only in an image caption out', () => {
    expect(isCaption("DAB's Elizabeth Quat")).toBe(true);
    expect(isCaption('Leung Yiu-chung of NWSC; from file, 2008.')).toBe(true);
    expect(isCaption('Nuland arrived in Moscow on Monday.')).toBe(false);
    const figs = figuresOf("DAB's Elizabeth Quat", 'The party won three seats in the election.');
    expect(figs).toEqual([]);
  });

  it('links spelling variants and middle names of one person', () => {
    expect(sameName(['Kristen', 'Wilkins'], ['Kristin', 'Wilkins'])).toBe(true);
    expect(sameName(['Michael', 'Murillo'], ['Michael', 'Amir', 'Murillo'])).toBe(true);
    expect(sameName(['Vladimir', 'V.', 'Putin'], ['Vladimir', 'Putin'])).toBe(true);
    expect(sameName(['Hernán', 'Darío', 'Gómez'], ['Hernan', 'Dario', 'Gomez'])).toBe(true);
    expect(sameName(['Harry', 'Kane'], ['Harry', 'Maguire'])).toBe(false);
    expect(sameName(['Raymond', 'Wong'], ['Wong', 'Kwok-kin'])).toBe(false);
  });
});

describe('names of things made of everyday words', () => {
  it('takes no run of everyday words for a person, nor a product an "its" appositive describes', () => {
    const figs = figuresOf(
      'On May 3, 1985, Space Shuttle Columbia lifted off, and the crew later toured the Orbiter Processing Facility-1 in Florida.',
      'Professor Ines Varga, Director of the National Iodine Nutrition study, spoke first.',
      'Mozilla Firefox, its main rival, has gained ground since January.',
      'The storm hit San Luis Obispo and Lake Victoria before Hurricane Milton reached Santa Barbara.',
      'The USS Gerald Ford arrived in Haifa, and HMS Queen Elizabeth followed.',
      'The firm broke the General Data Protection Regulation (GDPR) twice.',
    );
    expect(names(figs)).toEqual(['Ines Varga']);
  });

  it('still takes everyday words that are first names for names ("Rose", "Hunter", "Joy")', () => {
    const figs = figuresOf('On Monday Rose Keane met Hunter Blake in Seattle.', 'In the evening, Joy Ellison won the prize for the third time.');
    expect(names(figs)).toEqual(['Hunter Blake', 'Joy Ellison', 'Rose Keane']);
  });

  it('reads a name after a verb that is also a noun, and a family name that is also a short word', () => {
    expect(names(figuresOf('Novak Dimic beat Carlos Arenas in the final.'))).toEqual(['Carlos Arenas', 'Novak Dimic']);
    expect(names(figuresOf('The chancellor spoke with Xi Lanfang on Friday.'))).toEqual(['Xi Lanfang']);
  });

  it('takes a name the article also uses for a company for the company at every mention', () => {
    const figs = figuresOf(
      'Shares of Morgan Stanley fell 3% on Monday, and Morgan Stanley said profits would rise.',
      'Charles Schwab Corp. declined to comment. Analyst Dan Ives said Charles Schwab was cheap.',
      'Ana Ruiz shares her recipe for paella, and Dale Ortiz’s shares in the firm rose.',
    );
    expect(names(figs)).toEqual(['Ana Ruiz', 'Dale Ortiz', 'Dan Ives']);
  });

  it('takes an age in passing for a sign of a person, and a place word after a first name for a family name', () => {
    const figs = figuresOf(
      '"This is the day we waited for," said council leader Priya Natarajan.',
      'Residents were relieved. Margaret Hill, 74, whose home on Mill Lane flooded twice, said she had given up hope. "I will believe it when I see the diggers," she said.',
    );
    expect(names(figs)).toEqual(['Margaret Hill', 'Priya Natarajan']);
    expect(byName(figs, 'Margaret Hill')?.quotes).toEqual(['I will believe it when I see the diggers']);
    expect(names(figuresOf('The march went from Victoria Park to Regent Street.'))).toEqual([]);
  });

  it('takes a first name alone for a person after a role noun and a comma', () => {
    const figs = figuresOf('The couple are on trial over the death of their baby daughter, Lucia.', 'Lucia developed a fever in May.');
    expect(names(figs)).toEqual(['Lucia']);
    expect(figs[0]!.mentions).toBe(2);
    // Not a place, and not a name that goes on into a clause.
    expect(names(figuresOf('They met the mayor, Paris was busy.', 'He thanked the coach, Lucia said.'))).toEqual([]);
  });

  it('takes a full name for a person when its family name speaks alone elsewhere', () => {
    expect(names(figuresOf('Fans of Nora Swift packed the stadium.', 'Swift said the night was special.'))).toEqual(['Nora Swift']);
    expect(names(figuresOf('Fans of Nora Swift packed the stadium.', 'Tickets went fast, and Ms. Swift will play again in May.'))).toEqual(['Nora Swift']);
    expect(names(figuresOf('Fans of Nora Swift packed the stadium.'))).toEqual([]);
  });

  it('cuts an organisation’s name off the person named right after it', () => {
    const figs = figuresOf('Executive director of the Ohio chapter of the Alliance for Safe Streets Marta Kovacs said the rally would go ahead.');
    expect(names(figs)).toEqual(['Marta Kovacs']);
  });

  it('takes a place word for a family name when the name is cued as someone', () => {
    const figs = figuresOf(
      'Elodie London, a French nurse and former volunteer, has claimed that she was held on the ship for a year.',
      'London said she left in 2009.',
    );
    expect(names(figs)).toEqual(['Elodie London']);
    expect(byName(figs, 'Elodie London')?.role).toBe('French nurse and former volunteer');
  });

  it('reads a title before "Mr." and does not end the sentence at its full stop', () => {
    const figs = figuresOf('Undersecretary for Culture Mr. Bellandi says "the museums will open on Sunday after the repairs."');
    expect(names(figs)).toEqual(['Bellandi']);
    expect(byName(figs, 'Bellandi')?.role).toBe('Undersecretary for Culture');
    expect(byName(figs, 'Bellandi')?.quotes).toEqual(['the museums will open on Sunday after the repairs.']);
  });
});

describe('names in context', () => {
  it('trims a place before the name and keeps a given name that is also a place', () => {
    const figs = figuresOf(
      'According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress.',
      'Virginia Woolf once wrote about money. Tropical Storm Ana hit Port Louis, and the Red Cross helped.',
    );
    expect(names(figs)).toEqual(['Hamdullah Mohib', 'Virginia Woolf']);
    expect(byName(figs, 'Hamdullah Mohib')?.role).toBe('Afghan Ambassador to the United States');
  });

  it('reads names with particles, apostrophes and generational suffixes', () => {
    const figs = figuresOf(
      'Former minister Jean-Claude de l’Estrac met King Charles III and Conor McGregor.',
      'Manchester United manager Erik ten Hag praised the team. Mexican President Andrés Manuel López Obrador agreed, and López Obrador left.',
    );
    expect(names(figs)).toEqual(['Andrés Manuel López Obrador', 'Charles III', 'Conor McGregor', 'Erik ten Hag', 'Jean-Claude de l’Estrac']);
    expect(byName(figs, 'Andrés Manuel López Obrador')?.mentions).toBe(2);
  });

  it('does not count the place when a person shares its name', () => {
    const figs = figuresOf('Former Scientologist Valeska Paris said she was held on a ship.', 'Paris said she later fled to Paris and then to the state of Victoria.');
    expect(figs.map((f) => [f.name, f.mentions])).toEqual([['Valeska Paris', 2]]);
  });

  it('does not count a sentence-opening common word as a mention, but does count "Brown said"', () => {
    const figs = figuresOf('Chuck Close painted faces. Close to the gallery, John Brown waited.', 'Brown said he liked it.');
    expect(byName(figs, 'Chuck Close')?.mentions).toBe(1);
    expect(byName(figs, 'John Brown')?.mentions).toBe(2);
  });
});

describe('roles, by kind', () => {
  it('keeps the whole of a compound title before a name, without the owner\'s "our"', () => {
    expect(byName(figuresOf('"We lost money on every trip," said the operator\'s regional managing director, Petra Lind.'), 'Petra Lind')?.role).toBe("operator's regional managing director");
    expect(byName(figuresOf('Our works manager, Hugo Brandt, kept the line running all winter.'), 'Hugo Brandt')?.role).toBe('works manager');
    expect(byName(figuresOf('The board named the chief operating officer, Sarah Collins, as interim head.'), 'Sarah Collins')?.role).toBe('chief operating officer');
    expect(byName(figuresOf('Charity fundraising manager Dina Kerr said the total beat last year\'s.'), 'Dina Kerr')?.role).toBe('Charity fundraising manager');
  });

  it('reads the fuller title before a comma, not the rank right before the name ("The Bishop of Durham, Tom Wright")', () => {
    expect(byName(figuresOf('The service was led by the Bishop of Durham, Tom Wright, who spoke of the flood.'), 'Tom Wright')?.role).toBe('Bishop of Durham');
    expect(byName(figuresOf('The hall was opened by the Mayor of Eastbrook, Councillor Ruth Abara.'), 'Ruth Abara')?.role).toBe('Mayor of Eastbrook');
  });

  it('never gives a relative\'s title to the relative, nor a relation to the titled one', () => {
    const figs = figuresOf('The daughter of the Speaker, Anna Brook, spoke first. Speaker Tom Brook listened.');
    expect(byName(figs, 'Anna Brook')?.role).toBe('daughter of the Speaker');
    expect(byName(figs, 'Tom Brook')?.role).toBe('Speaker');
    expect(byName(figuresOf('She thanked her predecessor, Bishop Alan Hale, for his years of service.'), 'Alan Hale')?.role).toBe('Bishop');
    expect(byName(figuresOf('Mayor Paul Hart\'s wife, Jenny Hart, opened the fair.'), 'Paul Hart')?.role).toBe('Mayor');
  });

  it('gives a relative the occupation the article states, not the relation to someone else', () => {
    const figs = figuresOf('Owner Ian Rudd will retire. His daughter, Mia Rudd, who has been finance director since 2019, will take over.', 'Rudd\'s wife, Ella Rudd, a retired nurse, watched.');
    expect(byName(figs, 'Mia Rudd')?.role).toBe('finance director');
    expect(byName(figs, 'Ella Rudd')?.role).toBe('retired nurse');
    expect(byName(figs, 'Ian Rudd')?.role).toBe('Owner');
    // With no occupation stated, the relation is what the article says.
    expect(byName(figuresOf('Her brother, Sam Ode, waited outside the court.'), 'Sam Ode')?.role).toBe('brother');
  });

  it('reads a role a sentence of its own states with he or she, only when the pronoun can stand for no one else', () => {
    expect(byName(figuresOf('Talks resumed on Monday, and Ali Vaezi spoke for an hour. He is, of course, the Iranian foreign minister.'), 'Ali Vaezi')?.role).toBe('Iranian foreign minister');
    // "She" cannot be Ali; and with two people named, "he" could be either.
    expect(byName(figuresOf('Talks resumed on Monday, and Ali Vaezi spoke for an hour. She is the Iranian foreign minister.'), 'Ali Vaezi')?.role).toBe('');
    expect(byName(figuresOf('Ali Vaezi met Omar Dast on Monday. He is the Iranian foreign minister.'), 'Ali Vaezi')?.role).toBe('');
  });

  it('ends a title before a name at a preposition ("on a massive scale under President …")', () => {
    expect(byName(figuresOf('Forests were cleared on a massive scale under President Ana Duarte, the report said.'), 'Ana Duarte')?.role).toBe('President');
  });

  it('takes no adjective or figure of speech for a role', () => {
    const figs = figuresOf('Karen Osei is no stranger to the mountains.', 'Paul Dunn is an outstanding candidate, the board said.', 'Lia Roth is our friend and we miss her.');
    for (const name of ['Karen Osei', 'Paul Dunn', 'Lia Roth']) expect(byName(figs, name)?.role, name).toBe('');
  });
});

describe('roles', () => {
  it('reads a title before the name and stops where the role stops', () => {
    const figs = figuresOf(
      'The team drew notice from critics of U.S. President Donald Trump over the ban.',
      'She met deputy head of the presidential administration Dmitry Kozak on Monday.',
    );
    expect(byName(figs, 'Donald Trump')?.role).toBe('U.S. President');
    expect(byName(figs, 'Dmitry Kozak')?.role).toBe('deputy head of the presidential administration');
  });

  it('reads an appositive after the name', () => {
    const figs = figuresOf(
      'Maria Zakharova, the foreign ministry spokeswoman, said the visit was useful.',
      'Following the visit, Jason Rebholz, spokesperson for the US Embassy in Moscow, said on Twitter that it went well.',
    );
    expect(byName(figs, 'Maria Zakharova')?.role).toBe('foreign ministry spokeswoman');
    expect(byName(figs, 'Jason Rebholz')?.role).toBe('spokesperson for the US Embassy in Moscow');
  });

  it('finds a role stated at a later mention, and leaves it empty when none is stated', () => {
    const figs = figuresOf(
      'Sergey Ryabkov met Victoria Nuland in Moscow.',
      'Nuland said nothing, and Deputy Minister Ryabkov left.',
    );
    expect(byName(figs, 'Sergey Ryabkov')?.role).toBe('Deputy Minister');
    expect(byName(figs, 'Victoria Nuland')?.role).toBe('');
  });

  it('reads an appositive after an age, a noun phrase with an article, and an organisation as a last resort', () => {
    const figs = figuresOf(
      'Mary Smith, 45, a teacher from Leeds, said she waited.',
      'Dr. Maria Gonzalez-Ruiz, a climatologist at the University of Cape Town, spoke.',
      'Pan-democrats elected were James To of the Democratic Party and Ann Chiang of DAB.',
    );
    expect(byName(figs, 'Mary Smith')?.role).toBe('teacher from Leeds');
    expect(byName(figuresOf('Dmitry Peskov, who is the Kremlin spokesman, declined to comment.'), 'Dmitry Peskov')?.role).toBe('Kremlin spokesman');
    expect(byName(figs, 'Maria Gonzalez-Ruiz')?.role).toBe('climatologist at the University of Cape Town');
    expect(byName(figs, 'James To')?.role).toBe('Democratic Party');
    expect(byName(figs, 'Ann Chiang')?.role).toBe('DAB');
  });

  it('shares a plural title with the rest of its list, in the singular', () => {
    const figs = figuresOf('The exhibit shows photographers Nat Finkelstein, Christopher Makos and Felice Quinto; and actor Dennis Hopper.');
    expect(figs.map((f) => [f.name, f.role])).toEqual([
      ['Nat Finkelstein', 'photographer'],
      ['Christopher Makos', 'photographer'],
      ['Felice Quinto', 'photographer'],
      ['Dennis Hopper', 'actor'],
    ]);
  });

  it('reads what a person made from a passive sentence that opens with it', () => {
    const figs = figuresOf(
      'The FIRST Global competition (For Inspiration and Recognition of Science and Technology) was founded by Dean Kamen to encourage interest in science.',
      'Tickets were bought by Mary Smith, who said she would return.',
    );
    expect(byName(figs, 'Dean Kamen')?.role).toBe('founder of the FIRST Global competition');
    expect(byName(figs, 'Mary Smith')?.role).not.toMatch(/founder|creator/);
  });

  it('reads a list after "like" or "such as", and a party shared by two names joined by "and"', () => {
    const guests = figuresOf('Vendors were joined by celebrity guests like Stan Lee, Mark Hamill, and Margaret Atwood.');
    expect(guests.map((f) => [f.name, f.role])).toEqual([
      ['Stan Lee', 'celebrity guest'],
      ['Mark Hamill', 'celebrity guest'],
      ['Margaret Atwood', 'celebrity guest'],
    ]);
    const such = figuresOf('He joins other well-known photographers who used the camera, such as Ansel Adams and Chuck Close.');
    expect(such.map((f) => f.role)).toEqual(['well-known photographer', 'well-known photographer']);
    const party = figuresOf(
      "Pro-Beijing DAB's Starry Lee and Holden Chow were elected, while FTU's Alice Mak, Nathan Law and Paul Tse lost.",
      'Two veteran politicians Lee Cheuk-yan and Frederick Fung were defeated.',
    );
    const roles = Object.fromEntries(party.map((f) => [f.name, f.role]));
    expect(roles['Holden Chow']).toBe(roles['Starry Lee']);
    expect(roles['Starry Lee']).toMatch(/DAB/);
    // A possessive carries over one "and", not down a comma list.
    expect(roles['Nathan Law']).toBe('');
    expect(roles['Lee Cheuk-yan']).toBe('veteran politician');
    expect(roles['Frederick Fung']).toBe('veteran politician');
  });

  it('reads a title a sentence opens with before the name’s own commas, and family ties', () => {
    const figs = figuresOf(
      'Co-founder of Acme, Ravi Patel, met the students on Monday.',
      'Also the president of the Umbria region, Carla Neri, has proposed a fund.',
      'After the vote in the city of Lyon, Dario Conti, a baker, went home.',
      'His father Omar Haddad said the family would travel to Geneva. Her then-boyfriend Luc Brun had ties to a gang.',
    );
    expect(byName(figs, 'Ravi Patel')?.role).toBe('Co-founder of Acme');
    expect(byName(figs, 'Carla Neri')?.role).toBe('president of the Umbria region');
    // A clause before the comma is no title: the appositive after the name is.
    expect(byName(figs, 'Dario Conti')?.role).toBe('baker');
    expect(byName(figs, 'Omar Haddad')?.role).toBe('father');
    expect(byName(figs, 'Luc Brun')?.role).toBe('then-boyfriend');
    expect(byName(figuresOf('Her colleague Marta Gil agreed with the nurses.'), 'Marta Gil')?.role).toBe('colleague');
    expect(byName(figuresOf('"We will be left with nothing," said shopkeeper Alan Pryce.'), 'Alan Pryce')?.role).toBe('shopkeeper');
    // Occupations that are common family names are not roles, so "Tim Cook" and "James Baker" stay names.
    expect(names(figuresOf('Tim Cook and James Baker spoke at the dinner.'))).toEqual(['James Baker', 'Tim Cook']);
  });

  it('spells out a title written short, and keeps particles inside a name', () => {
    const figs = figuresOf(
      'Sen. Chuck Sumner said the bill would pass, and Lt. Gen. John Harlow said the troops would stay.',
      'Commission President Ursula von der Linden met Gov. Gavin Newell on Friday.',
      'Florida Gov. Ron DeSalvo urged residents to leave.',
    );
    expect(byName(figs, 'Ron DeSalvo')?.role).toBe('Florida Governor');
    expect(byName(figs, 'Chuck Sumner')?.role).toBe('Senator');
    expect(byName(figs, 'John Harlow')?.role).toBe('Lieutenant General');
    expect(byName(figs, 'Gavin Newell')?.role).toBe('Governor');
    expect(byName(figs, 'Ursula von der Linden')?.role).toBe('Commission President');
  });

  it('shares a plural title a few words before the comma that opens a list', () => {
    const figs = figuresOf(
      'The others elected were young activists from the student movement, Ana Ruiz and Tomas Vidal.',
      'Police were called, Marta Gil said.',
    );
    expect(byName(figs, 'Ana Ruiz')?.role).toBe('young activist');
    expect(byName(figs, 'Tomas Vidal')?.role).toBe('young activist');
    // A clause before the comma is no title.
    expect(byName(figs, 'Marta Gil')?.role).toBe('');
  });

  it('reads a role in brackets after a name, but not an age, a party tag or a place in brackets', () => {
    const figs = figuresOf(
      'Lina Haddad (the mayor of Tripoli) met Ravi Das (45) and Sen. Bob Carey (D-Pa.) near the Masjid Al-Haram (Grand Mosque).',
    );
    expect(byName(figs, 'Lina Haddad')?.role).toBe('mayor of Tripoli');
    expect(byName(figs, 'Ravi Das')?.role).toBe('');
    expect(byName(figs, 'Bob Carey')?.role).toBe('Senator');
    expect(names(figs)).toEqual(['Bob Carey', 'Lina Haddad', 'Ravi Das']);
  });

  it('adds the body named after a person to a bare title before the name', () => {
    const figs = figuresOf('Professor Kofi Mensah of the University of Ghana said the study was too small. Councillor Ann Lee of the Green Party agreed.');
    expect(byName(figs, 'Kofi Mensah')?.role).toBe('Professor, University of Ghana');
    expect(byName(figs, 'Ann Lee')?.role).toBe('Councillor, Green Party');
  });

  it('reads a political label before a name as a role', () => {
    const figs = figuresOf('The seat went to pro-democracy independent Mei Ling Chau. Nonpartisan Tomas Brandt was re-elected.');
    expect(byName(figs, 'Mei Ling Chau')?.role).toBe('pro-democracy independent');
    expect(byName(figs, 'Tomas Brandt')?.role).toBe('Nonpartisan');
  });

  it('does not hand one person’s role to the name listed before it', () => {
    const figs = figuresOf('She met Sergey Ryabkov, presidential assistant Yury Ushakov, and others.');
    expect(byName(figs, 'Sergey Ryabkov')?.role).toBe('');
    expect(byName(figs, 'Yury Ushakov')?.role).toBe('presidential assistant');
  });
});

describe('quotes', () => {
  it('attributes quotes by the speech verb after or before them', () => {
    const figs = figuresOf(
      '“There is an absolutely obvious mutual aspiration to develop such contacts,” Lavrov said, according to Sergey Lavrov’s ministry.',
      'Vladimir Putin said: “The Under Secretary of State is currently in Moscow.”',
      '"Seventeen years ago, this would not have been possible at all," said Ambassador Hamdullah Mohib.',
    );
    expect(byName(figs, 'Sergey Lavrov')?.quotes).toEqual(['There is an absolutely obvious mutual aspiration to develop such contacts']);
    expect(byName(figs, 'Vladimir Putin')?.quotes).toEqual(['The Under Secretary of State is currently in Moscow.']);
    expect(byName(figs, 'Hamdullah Mohib')?.quotes[0]).toMatch(/^Seventeen years ago/);
  });

  it('joins a quote running over several paragraphs and resolves she to the speaker', () => {
    const figs = figuresOf(
      'Maria Zakharova spoke after Sergey Ryabkov left.',
      '“He was refused a visa. It is very important.',
      '“It should not depend on bilateral relations,” she stressed.',
    );
    const z = byName(figs, 'Maria Zakharova')!;
    expect(z.quotes).toEqual(['He was refused a visa. It is very important. It should not depend on bilateral relations']);
    expect(byName(figs, 'Sergey Ryabkov')!.quotes).toEqual([]);
  });

  it('continues the previous speaker for a quote with no cue of its own, and he resolves by gender', () => {
    const figs = figuresOf(
      'Harry Kane won the award. He said, "In the first half it felt good out there.',
      'We could\'ve scored two or three goals."',
      '"They represent our aspirations and resilience," said Ambassador Hamdullah Mohib.',
      '"These girls will be proving to the world that nothing will prevent us."',
    );
    expect(byName(figs, 'Harry Kane')?.quotes).toEqual(["In the first half it felt good out there. We could've scored two or three goals."]);
    expect(byName(figs, 'Hamdullah Mohib')?.quotes).toHaveLength(2);
  });

  it('resolves she to the person who spoke last, not the one spoken to', () => {
    const figs = figuresOf(
      'Maria Zakharova met Victoria Nuland on Monday.',
      'Nuland was told about the proposals, Zakharova also said.',
      '“As a positive example, the dialogue on strategic stability was mentioned,” she said.',
    );
    expect(byName(figs, 'Maria Zakharova')?.quotes).toHaveLength(1);
    expect(byName(figs, 'Victoria Nuland')?.quotes).toEqual([]);
  });

  it('takes the speaker from a paragraph that ends with "said:"', () => {
    const figs = figuresOf('Speaking in Ankara, Turkish President Recep Tayyip Erdogan said:', '"We will defend our borders whatever it costs."');
    expect(byName(figs, 'Recep Tayyip Erdogan')?.quotes).toEqual(['We will defend our borders whatever it costs.']);
  });

  it('gives a quote from an unnamed source to nobody', () => {
    const figs = figuresOf(
      'Matthew Ingram wrote: "Scientology vs. the Internet, part XVII."',
      'One poster admitted to being part of the effort, writing "I have myself loaded up the tool and started."',
    );
    expect(byName(figs, 'Matthew Ingram')?.quotes).toEqual(['Scientology vs. the Internet, part XVII.']);
  });

  it('does not take reported speech or quoted titles for quotes', () => {
    const figs = figuresOf(
      'Vladimir Putin said US diplomat Victoria Nuland discussed a new summit.',
      'Andy Warhol made a screen print called "Cowboys and Indians" in 1987.',
    );
    expect(figs.flatMap((f) => f.quotes)).toEqual([]);
  });

  it('closes a run-on quote whose closing mark follows a comma', () => {
    const spans = findQuoteSpans(['He said, "In the first half it felt good.', 'We could have scored more," he said, "and we will."']);
    expect(spans.map((s) => [s.paragraph, s.group, s.open >= 0, s.close >= 0])).toEqual([
      [0, 0, true, false],
      [1, 0, false, true],
      [1, 1, true, true],
    ]);
  });

  it('closes a quote at an opening mark typed in place of a closing one, and at a reopening mark after a full stop', () => {
    const figs = figuresOf(
      'Senator Ann Brook said, "We are deeply disappointed with the decision of the board.“ However, the board will meet again. ' +
        'In a statement, Mayor Tom Reyes said, "The city put a great deal of effort into the bid. "However, the trainer will come to the museum next year.',
    );
    expect(byName(figs, 'Ann Brook')?.quotes).toEqual(['We are deeply disappointed with the decision of the board.']);
    expect(byName(figs, 'Tom Reyes')?.quotes).toEqual(['The city put a great deal of effort into the bid. However, the trainer will come to the museum next year.']);
  });

  it('resolves "she said" to a speaker named in an appositive before the verb', () => {
    const figs = figuresOf(
      'Security guard Ahmed Rahimi, 58, and forklift driver Jolene Carter, 41, died in the fire.',
      'In a statement, Ms Carter’s sister, Dawn, said the family would never recover. "Jolene was the kindest person I knew," she said.',
      'Det Insp Mark Bowen of Northfield Police said the sentence was fair.',
    );
    expect(byName(figs, 'Dawn')?.quotes).toEqual(['Jolene was the kindest person I knew']);
    expect(byName(figs, 'Jolene Carter')?.quotes).toEqual([]);
    expect(byName(figs, 'Ahmed Rahimi')?.role).toBe('Security guard');
    expect(byName(figs, 'Mark Bowen')?.role).toBe('Detective Inspector, Northfield Police');
  });

  it('ends an appositive role where a relative clause begins, and takes "called" as a speech verb', () => {
    const figs = figuresOf(
      'Rosa Lind, the Swedish architect whose designs turned the docks into homes, has died at 88.',
      'Prime Minister Ulf Berg called her "a builder of the country we live in today".',
    );
    expect(byName(figs, 'Rosa Lind')?.role).toBe('Swedish architect');
    const lords = figuresOf('Beeban Kidron, a member of the House of Lords who campaigns on safety online, welcomed it.');
    expect(byName(lords, 'Beeban Kidron')?.role).toBe('member of the House of Lords');
    expect(byName(figs, 'Ulf Berg')?.quotes).toEqual(['a builder of the country we live in today']);
  });

  it('gives a quote introduced by a colon to the person the sentence is about', () => {
    const figs = figuresOf(
      'Minister Paolo Russo spoke first. The head of the council, Nora Castellanos, has called the ruling "unfair": "We will appeal the decision in the high court next month."',
    );
    // "unfair" is hers too: a word quoted in what she is reported to have said (reported-fragment).
    expect(byName(figs, 'Nora Castellanos')?.quotes).toEqual(['unfair', 'We will appeal the decision in the high court next month.']);
    expect(byName(figs, 'Paolo Russo')?.quotes).toEqual([]);
  });

  it('finds quote spans with straight and curly marks', () => {
    const spans = findQuoteSpans(['He said," [Warhol] liked booths". Then "more', 'text" ended.']);
    expect(spans.map((s) => [s.paragraph, s.group])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('ranking', () => {
  it('puts the most mentioned and quoted person first', () => {
    const figs = figuresOf(
      'Coach Nabil Maaloul watched as defender Kyle Walker was booked.',
      'Maaloul said, "We were playing against a highly skilled team."',
      'Maaloul added that the team would recover.',
    );
    expect(figs.map((f) => f.name)).toEqual(['Nabil Maaloul', 'Kyle Walker']);
    expect(figs[0].mentions).toBe(3);
  });
});
