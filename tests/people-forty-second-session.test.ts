/**
 * Kinds of name, role and quote miss found on the development data in the forty-second session
 * (issue #15: corpora/traps rounds two hundred and thirty-eight on, `r238-` …, and the GUM
 * interviews), tested on other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { isHonorific, isRoleWord } from '../src/pipeline/figures/lexicon.ts';
import { lineUpNames } from '../src/pipeline/figures/line-ups.ts';
import { tokenize } from '../src/pipeline/figures/tokens.ts';
import { names, peopleOf, quotesOf, roleOf } from './helpers/people.ts';

describe('names', () => {
  it('reads a name whose first words an editor put in brackets as the whole name', () => {
    const found = names('The senator listed the men he had campaigned for: [Robert] Dole in 1996, [George H. W.] Bush in 1992 and [Bob] Kerrey in 1988, the report says.');
    expect(found).toEqual(expect.arrayContaining(['Robert Dole', 'George H. W. Bush', 'Bob Kerrey']));
    expect(found).not.toContain('George H. W');
  });

  it('keeps a stage direction or a label in brackets out of the name after it', () => {
    expect(names('[Applause] With that, Mayor Ines Carvalho closed the meeting.', '[Interview] Gwangju has changed, says Park Min-jae.')).toEqual(['Ines Carvalho', 'Park Min-jae']);
    // The brackets are read as spaces: every token keeps its place in the paragraph.
    const text = 'backed [Robert] Dole';
    expect(tokenize(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ['backed', 'backed'],
      ['Robert', 'Robert'],
      ['Dole', 'Dole'],
    ]);
  });

  it('reads a place\'s name after a rank as the given name it is', () => {
    const people = peopleOf('Corporal Wellington Baptista Lobo, 31, was cleared on Monday by the military court.', 'Lobo left without speaking to reporters.');
    expect(people.figures.map((f) => [f.name, f.role])).toEqual([['Wellington Baptista Lobo', 'Corporal']]);
    // Not a saint's or a street's abbreviation: "Mr St Rose" stays the family name it was.
    expect(names('The deputy principal, Vernon St Rose, has been acting head since June.', 'Mr St Rose will return to his post.')).toEqual(['Vernon St Rose']);
  });

  it('takes the Ethiopian "W/ro" and the Armenian "Paron" for courtesy titles', () => {
    expect(tokenize('W/ro Almaz Bekele and A/C units').map((t) => t.text)).toEqual(['W/ro', 'Almaz', 'Bekele', 'and', 'A', '/', 'C', 'units']);
    expect(isHonorific('W/ro') && isHonorific('Paron')).toBe(true);
    const people = peopleOf('The chair of the zone council, W/ro Almaz Bekele, closed the session early.', 'Almaz said the budget would be voted on Friday.');
    expect(people.figures.map((f) => [f.name, f.role])).toEqual([['Almaz Bekele', 'chair of the zone council']]);
    expect(names('Hayk Sargsyan has taught the violin in Gyumri since 1991.', 'His pupils call him Paron Hayk.')).toEqual(['Hayk Sargsyan']);
  });

  it('reads the word right after a courtesy title as the name\'s first, whatever its ending', () => {
    expect(names('The work was led by the conservation architect Dr Kovan Ismail Barzani, who has spent three years on the site.')).toEqual(['Kovan Ismail Barzani']);
  });

  it('reads a run ending in a family name of a known ending as a person\'s name, its first word a given name', () => {
    // "Mats" is a word too, and no list of given names knows "Olausson" or "Grigorescu".
    expect(names('Mats Lindquistsson was 19 when he first welded a hull.', 'Later Mats Lindquistsson went back to school.')).toEqual(['Mats Lindquistsson']);
    expect(names('Dorin Grigorescu, 58, still opens the bakery at four.')).toEqual(['Dorin Grigorescu']);
  });

  it('calls someone by the family name without the Arabic article joined to it', () => {
    const paragraphs = [
      'Haider Salim al-Rubaie, 47, owner of a shipping agency, was sentenced to five years.',
      'The prosecutor, Jawad Karim, asked for ten years.',
      'Rubaie denied the charges. "I signed what the port gave me," he told the court.',
    ];
    expect(quotesOf(...paragraphs)).toEqual(['Haider Salim al-Rubaie: I signed what the port gave me']);
  });

  it('calls someone of two given names and two family names by the second given name after a courtesy title', () => {
    const paragraphs = ['Raimunda Ivonete Barros Lacerda, 61, has sold fish at the quay for forty years.', 'Everyone at the market calls her Dona Ivonete.'];
    expect(names(...paragraphs)).toEqual(['Raimunda Ivonete Barros Lacerda']);
  });

  it('reads every player of a team line-up as a person', () => {
    const paragraphs = [
      'Redcastle won the cup final 2-1 with a late goal from Joel Amankwah.',
      'Redcastle: Pryce; Halloran, Nkemelu, Strand, Okafor; Varga, Lindqvist (Beaumont 70), Tiernan; Amankwah, Castellano, Ruiz.',
    ];
    const found = names(...paragraphs);
    for (const player of ['Pryce', 'Halloran', 'Nkemelu', 'Strand', 'Okafor', 'Varga', 'Lindqvist', 'Beaumont', 'Tiernan', 'Castellano', 'Ruiz']) expect(found).toContain(player);
    expect(found).toContain('Joel Amankwah');
    expect(found).not.toContain('Amankwah');
    expect(found).not.toContain('Redcastle');
  });

  it('reads no line-up where the form is not one', () => {
    // Too few lines and names: a list of scorers or venues.
    expect(lineUpNames(tokenize('Scorers: Halloran, Varga; Ruiz.'))).toBeUndefined();
    expect(lineUpNames(tokenize('The plan: the council will meet; the mayor will speak; the vote is on Friday; and then, the budget.'))).toBeUndefined();
    expect(lineUpNames(tokenize('Redcastle: Pryce; Halloran, Nkemelu, Strand, Okafor; Varga, Lindqvist (Beaumont 70), Tiernan; Amankwah, Castellano, Ruiz.'))?.length).toBe(12);
  });
});

describe('roles', () => {
  it('keeps a title and the party to a case it acts for as one post, set off before the name', () => {
    expect(roleOf('Abena Owusu-Ansah', 'Opening the hearing, counsel for the defendant, Mrs Abena Owusu-Ansah, asked for an adjournment.')).toBe('counsel for the defendant');
    expect(roleOf('Tomas Lindgren', 'Counsel to the claimant, Tomas Lindgren, said the permit was unlawful.')).toBe('Counsel to the claimant');
    // After any other title, the name is the one acted for; so after a party, when the phrase is
    // set beside a name before it.
    expect(roleOf('Tomas Lindgren', 'A spokesman for the governor, Tomas Lindgren, said the governor would not sign.')).toBe('governor');
    expect(roleOf('Kofi Owusu', 'Ama Mensah, counsel for the plaintiff, Kofi Owusu, said nothing.')).toBe('plaintiff');
    // Nor a relation: "the daughter of the Speaker" is still hers, whole.
    expect(roleOf('Anna Brook', 'The daughter of the Speaker, Anna Brook, said she would stand.')).toBe('daughter of the Speaker');
  });

  it('reads Portuguese offices before a name as the role, and no part of the name', () => {
    expect(isRoleWord('vereadora') && isRoleWord('prefeito') && isRoleWord('delegada')).toBe(true);
    const people = peopleOf('The city\'s prefeita, Ana Beatriz Lopes, said the budget was closed.', 'Vereador Caio Nogueira Ramos said the opposition would vote against it.');
    expect(people.figures.map((f) => [f.name, f.role])).toEqual([
      ['Ana Beatriz Lopes', "city's prefeita"],
      ['Caio Nogueira Ramos', 'Vereador'],
    ]);
  });

  it('reads what someone is in charge of past an age in passing', () => {
    expect(roleOf('Kenta Abe', 'Kenta Abe, 71, chairs the board of the fishermen\'s cooperative.')).toBe("chairs the board of the fishermen's cooperative");
  });

  it('reads a queenmother as a role', () => {
    expect(roleOf('Adwoa Serwaa II', 'The chief was nominated by the Queenmother of Asokore, Nana Adwoa Serwaa II.')).toBe('Queenmother of Asokore');
  });
});

describe('bodies, places and works', () => {
  it('finds no person in a bank\'s, a police force\'s or a club\'s name in Portuguese', () => {
    expect(names('The loan came from Banco Horizonte Sul, the regional lender.', 'Officers of the Polícia Militar sealed the road.', 'Esporte Clube Vila Nova won on penalties.')).toEqual([]);
  });

  it('finds no person in a Maghreb house\'s or town\'s name, nor in a developer\'s that closes on "Immobilier"', () => {
    expect(names('The old palace, Dar Ben Youssef, reopened on Monday.', 'The hospital in Aïn Defla will follow.', 'The developer, Riad Nour Immobilier, sold the plots twice.')).toEqual([]);
  });

  it('finds no person in a numbered work or a numbered constituency', () => {
    expect(names('She gives the first performance of the composer Owain Tudur-Parry\'s Harp Concerto No. 2 at St David\'s Hall.', 'The Cardiff Bay Philharmonic perform Harp Concerto No. 2 at St David\'s Hall on 16 April.')).toEqual(['Owain Tudur-Parry']);
    expect(names('Rimi won her father\'s Narail-3 seat in a by-election.', 'The Narail-3 seat had been his since 2008.')).toEqual([]);
  });
});

describe('courtesy titles and offices of South Asia', () => {
  it('takes "Ustad", "Ustaza" and "Mian" for courtesy titles, and a field after a judge\'s title for part of it', () => {
    expect(names('Ustad Barkat Ali Sialkoti, the qawwal, died on Friday.', 'Ustad Barkat Ali was 81.')).toEqual(['Barkat Ali Sialkoti']);
    expect(roleOf('Imran Saeed Gondal', 'Special Judge Anti-Corruption Imran Saeed Gondal acquitted the clerk.')).toBe('Special Judge Anti-Corruption');
  });

  it('reads the Bhutanese Thrompon and Thuemi as offices', () => {
    expect(isRoleWord('Thrompon') && isRoleWord('Thuemi')).toBe(true);
    expect(roleOf('Karma Dorji', 'The Thrompon, Karma Dorji, said the road would be widened next year.', 'Dorji, 58, has held the post since 2021.')).toBe('Thrompon');
  });
});

describe('who answers in an interview', () => {
  it('gives the answers to the one the questions speak to, not the one they speak of', () => {
    const paragraphs = [
      'Teodora Vasquez, 61, has run the lifeboat station at Punta Lobos since 2002. One of her crew, 19-year-old Ines Ferrer, pulled three fishermen from the sea last month. We met her on the slipway.',
      'Q: Where were you when Ines brought the first man in?',
      'A: On the radio, shouting. The swell was four metres and the boat was rolling badly.',
      'Q: Ines had only joined in March.',
      'A: March, yes. She had trained for six weeks. You cannot teach nerve, though.',
      'Q: What will Ines do next?',
      'A: Sleep, I hope. Then the winter exams.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes.filter((q) => q.startsWith('Teodora Vasquez:'))).toHaveLength(3);
    expect(quotes.some((q) => q.startsWith('Ines Ferrer:'))).toBe(false);
  });
});

describe('who a he or she is', () => {
  it('takes a paragraph that opens on a he back to the story\'s subject, past a voice named once after a quote', () => {
    const paragraphs = [
      'Kostas Veniadis, the fiddler who taught a whole island to dance, has died at 91.',
      'Veniadis was born in Chania in 1935. Veniadis played at every wedding for sixty years.',
      'Not every listener was won over. "Kostas Veniadis plays as if the war never ended," Petros Alikakis wrote in 1969.',
      'He moved back to Chania in 1980 and opened a school. "Give me ten children and one room," he wrote to the mayor.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes).toContain('Kostas Veniadis: Give me ten children and one room');
    expect(quotes).toContain('Petros Alikakis: Kostas Veniadis plays as if the war never ended');
  });
});

describe('who answers in an interview, read from its introduction', () => {
  it('passes over a name that is a verb\'s object in the sentence before "We met him"', () => {
    const paragraphs = [
      'Eirik Solbakken has skippered the ferry between Bygdøy and the city hall pier for 31 years. On Friday the 60-year-old steers his last crossing before retiring from Nordfjord Sjølinjer, the operator he joined in 1994. We met him in the wheelhouse.',
      'You started as a deckhand. Was captain the plan?',
      'Not at all. I needed a summer job and my uncle knew the foreman.',
      'What was the worst crossing?',
      'January 2010, in the ice. It took an hour and twenty minutes.',
      'Will you miss it?',
      'Every morning, I think.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes.filter((q) => q.startsWith('Eirik Solbakken:'))).toHaveLength(3);
  });

  it('takes the one the paper went "to meet" for the one interviewed', () => {
    const paragraphs = [
      'In the booth above the 600 seats of the Ciné Rialto there are two projectors. Issa Traoré, 64, has run both since 1983. "He is the memory of this hall," says the owner, Mariam Sanou. "When the power cuts, everyone looks up at his window." We climbed the stairs to meet him.',
      'How did you start?',
      'By tearing tickets. I was eighteen.',
      'What was the best year?',
      'The eighties, at festival time.',
      'Will you retire?',
      'When the projector does.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes.filter((q) => q.startsWith('Issa Traoré:'))).toHaveLength(3);
    // The owner's second sentence, right after the clause that named her, is hers too.
    expect(quotes).toContain('Mariam Sanou: When the power cuts, everyone looks up at his window.');
  });

  it('does not count the names an answerer speaks of toward who answers', () => {
    const paragraphs = [
      'Anahit Karapetyan spent 26 years restoring carpets at the museum before opening her own studio. It employs five people, among them her son Tigran. She is 64.',
      'Q: You trained as a chemist.',
      'A: That is right. Tigran laughs at me for it. Tigran builds our website.',
      'Q: Who does the dyeing?',
      'A: Tigran does the orders. I do the dyeing, in the back room.',
      'Q: What comes next?',
      'A: Tigran will decide that himself.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes.filter((q) => q.startsWith('Anahit Karapetyan:'))).toHaveLength(3);
    expect(quotes.some((q) => q.startsWith('Tigran:'))).toBe(false);
  });

  it('reads a family name label that fits a father and his daughter as the one interviewed, or as no one', () => {
    const intro = 'Panadería El Sol has sold bread on the plaza since 1975, when its founder, Tomás Ruiz, opened it. His daughter, Elena Ruiz Mora, 58, has run it since 2004.';
    const turns = ['Vidal: You look wide awake.', 'Ruiz: I have been up since three.', 'Vidal: What has changed?', 'Ruiz: Flour costs twice as much.', 'Vidal: And next year?', 'Ruiz: The same ovens, I hope.'];
    const met = quotesOf(`${intro} Carlos Vidal asked the questions. We met her in the bakery at dawn.`, ...turns);
    expect(met.filter((q) => q.startsWith('Elena Ruiz Mora:'))).toHaveLength(3);
    expect(met.some((q) => q.startsWith('Tomás Ruiz:'))).toBe(false);
    // With nothing to say which of the two answers, no one is guessed.
    const unsure = quotesOf(`${intro} Carlos Vidal asked the questions in the bakery at dawn.`, ...turns);
    expect(unsure.some((q) => q.startsWith('Tomás Ruiz:'))).toBe(false);
  });

  it('gives a labelled turn to the one whose initials the label is', () => {
    const paragraphs = [
      'Liv Marit Haugen has played the organ at Sandnes church for twenty years. She spoke to Tor Dahl before her last concert.',
      'TD: Why the organ?',
      'LMH: Because my grandmother played it and nobody else would.',
      'TD: Will you miss it?',
      'LMH: Every Sunday, for the rest of my life.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes.filter((q) => q.startsWith('Liv Marit Haugen:'))).toHaveLength(2);
  });
});
