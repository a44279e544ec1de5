/**
 * Kinds of role miss found on the trap articles (corpora/traps, development data; issue #15,
 * fifteenth session), tested on other invented sentences: a post held "as" something in a relative
 * clause or after a length of time, "promoted from … to …", a person's post after "his" or "her"
 * in an appositive, a title of an organisation whose name holds "and", a role in brackets after
 * whose it is, occupations the lexicon lacks (data/role-nouns.json), a title with a relative clause
 * before the name, a plural title as the subject of a list of names, and "Sri Lanka" read as a
 * place, not as an honorific and a name. Then the kinds of the seventh round (`n-`): a speaker
 * named as the owner of a view or verdict in the next sentence or paragraph, a name's given names
 * alone, companies' legal forms, honorifics and abbreviations of other countries, characters an
 * actor plays, a "which" after a name, and labels like "Band A". Then the eighth round's (`q-`):
 * a name inside an appositive between the speaker and the verb, "added" with a thing for object,
 * "said nothing", an appositive's link before the titles of the name it holds, and "Nana".
 */
import { describe, expect, it } from 'vitest';
import { names, quotesOf, roleOf } from './helpers/people.ts';

describe('a post held "as" something', () => {
  it('reads the role from a relative clause after the name', () => {
    expect(roleOf('Miriam Tolland', 'Miriam Tolland, who stepped down as chair of governors last spring, said the vote was rushed.')).toBe('chair');
    expect(roleOf('Kojo Mensah', 'The garage was sold to Kojo Mensah, who worked as a mechanic there for twenty years.')).toBe('mechanic');
  });

  it('reads the role after a length of time held', () => {
    expect(roleOf('Petra Sandvik', 'Petra Sandvik left after nine years as finance director of the group.')).toBe('finance director');
  });

  it('gives no role from an "as" that does not follow a verb of holding a post', () => {
    expect(roleOf('Ruth Amesbury', 'Ruth Amesbury, who came to Hull as a child, said the city had changed.')).toBe('');
    expect(roleOf('Dale Whitcombe', 'Dale Whitcombe, who was described as a loner by neighbours, said nothing in court.')).toBe('');
  });

  it('reads the post someone was promoted to, not the one they left', () => {
    expect(roleOf('Nadia Osei', 'The figures are the first since Nadia Osei was promoted from operations director to chief executive.')).toBe('chief executive');
  });
});

describe('appositives and titles', () => {
  it('reads a person’s post after "her" or "his", but not a relation', () => {
    expect(roleOf('Tamsin Roe', 'The minister arrived with Tamsin Roe, her chief of staff, and two advisers.')).toBe('chief of staff');
    expect(roleOf('Elliot Marr', 'Elliot Marr, his campaign manager, said the result was expected.')).toBe('campaign manager');
    expect(roleOf('Ben Dray', 'Ben Dray, his son, said the family would rebuild the shop.')).toBe('');
  });

  it('keeps "and" inside the name of what a title is of', () => {
    expect(roleOf('Fiona Kerr', 'The chief executive of Hale and Brightwater, Fiona Kerr, said the merger would go ahead.')).toBe('chief executive of Hale and Brightwater');
  });

  it('reads a bracketed role that says whose post it is', () => {
    expect(roleOf('Ravi Chandra', 'The tender was run properly, according to Ravi Chandra (the college’s registrar), who said three firms bid. Mr Chandra declined to say more.')).toBe('college’s registrar');
  });

  it('knows occupations compromise does not (data/role-nouns.json), and professions by their ending', () => {
    expect(roleOf('Ada Finlay', 'The site was first surveyed by the amateur botanist Ada Finlay in 1902.')).toBe('amateur botanist');
    expect(roleOf('Lars Ostrem', 'Lars Ostrem, a volcanologist at the university, said the risk was low.')).toBe('volcanologist at the university');
  });

  it('reads a title with a short relative clause before the name, but not a name inside the clause', () => {
    expect(roleOf('Marit Eide', 'The inspector who led the review, Marit Eide, said the failings were serious.')).toBe('inspector');
    const text = 'The solicitor who acted for Colin Dunmore, Sara Pell, said he would appeal.';
    expect(roleOf('Sara Pell', text)).toBe('');
    expect(roleOf('Colin Dunmore', text)).toBe('');
  });

  it('gives each name of a list the plural title it is the subject of', () => {
    const text = 'The judges were Gwen Hughes of Cardiff and Tomasz Wolny of Gdansk.';
    expect(roleOf('Gwen Hughes', text)).toBe('judge');
    expect(roleOf('Tomasz Wolny', text)).toBe('judge');
    expect(roleOf('Gwen Hughes', 'The winners were Gwen Hughes and Tomasz Wolny.')).toBe('');
  });
});

describe('kinds from the seventh round (corpora/traps m-)', () => {
  it('reads a predicate role after whose post it is', () => {
    expect(roleOf('Rhian Pugh', 'Rhian Pugh is the club’s captain and joined in 2019.')).toBe('club’s captain');
  });

  it('reads a barrister’s side set off by commas after the name', () => {
    expect(roleOf('Helen Tasker', 'Helen Tasker, defending, said her client had shown remorse.')).toBe('defending counsel');
    expect(roleOf('Owen Marsh', 'Owen Marsh said he felt ready. Owen Marsh, defending his title, starts on Monday.')).toBe('');
  });

  it('keeps "and the" inside the name of what a title is of, and reads no verb phrase as an appositive', () => {
    const text = 'The Chancellor of Gresham and the Vale, Ngozi Ibe, opened the new library on Friday.';
    expect(roleOf('Ngozi Ibe', text)).toBe('Chancellor of Gresham and the Vale');
    expect(roleOf('Ngozi Ibe', 'The leaders met at the Vale, and Ngozi Ibe, opened the new library, which the council built.')).toBe('');
  });

  it('reads the post after "our" in an answer, and knows TD, MSP and GP as posts (data/role-nouns.json)', () => {
    expect(roleOf('Femi Adeyemi', 'We went out with Femi Adeyemi, our deputy launch authority, and two crew.')).toBe('deputy launch authority');
    expect(roleOf('Breda Nolan', 'Independent TD Breda Nolan said the bill would pass.')).toBe('Independent TD');
    expect(roleOf('Ewan Baird', 'Ewan Baird, a retired GP, said the clinic was overdue.')).toBe('retired GP');
  });
});

describe('a place whose first word is an honorific', () => {
  it('reads "Sri Lanka" as the place and finds no person "Lanka"', () => {
    expect(names('The referees were Kumar Sangakkara of Sri Lanka and Joe Bright of Kenya.')).toEqual(['Joe Bright', 'Kumar Sangakkara']);
  });
});

describe('kinds from the seventh round (corpora/traps n-)', () => {
  it('gives a quote to the person a following sentence names as its owner, in the next paragraph too', () => {
    const quotes = quotesOf(
      'Residents were unimpressed. "We were promised a bus every ten minutes and we get one an hour."',
      'That was the view of Marjorie Tembo, 70, who has lived on the estate since 1981.',
      'Elsewhere, the council leader, Paul Hoy, said the timetable would be reviewed.',
    );
    expect(quotes).toContain('Marjorie Tembo: We were promised a bus every ten minutes and we get one an hour.');
  });

  it('does not reach across a paragraph for a short "It was"', () => {
    const quotes = quotesOf('Nobody expected the flood. "We lost everything in an hour."', 'It was Dorothy Ngata who first saw the water rising, neighbours said.');
    expect(quotes.some((q) => q.startsWith('Dorothy Ngata'))).toBe(false);
  });

  it('reads a name’s given names alone as the person, but not a name inside a prize or an act', () => {
    expect(names('Finance director Nur Izzati Rahman said margins were thin.', 'Nur Izzati, who joined in 2020, said costs would fall.')).toEqual(['Nur Izzati Rahman']);
    expect(names('The Joan Makepeace Prize went to a first novel.', 'Joan Makepeace, who founded it, said the entries were strong.')).toContain('Joan Makepeace');
  });

  it('reads a name before a company’s legal form as the company’s (data/name-cues.json)', () => {
    const found = names('Shares in Pertama Logistik Bhd fell 4 per cent.', 'Pertama Logistik said demand was weak, chief executive Tan Boon Huat said.');
    expect(found).toEqual(['Tan Boon Huat']);
  });

  it('knows Malaysian honorifics, "Coun.", "BL" and "MEC" (data/titles.json, data/role-nouns.json)', () => {
    expect(names('Datuk Farid Osman said the plant would reopen.')).toEqual(['Farid Osman']);
    expect(roleOf('Jean Cormier', 'Coun. Jean Cormier said the rink would stay open.')).toBe('Councillor');
    expect(roleOf('Niall Quinn', 'Niall Quinn BL, defending, said his client was sorry.')).toBe('defending counsel');
    expect(roleOf('Thabo Mbeki-Zulu', 'The provincial MEC for Health, Thabo Mbeki-Zulu, opened the clinic.')).toBe('provincial MEC for Health');
    expect(names('The Honourable Marcia Bent, the minister, opened the market.')).toEqual(['Marcia Bent']);
  });

  it('reads a name an actor plays as a character’s, at every mention', () => {
    const found = names(
      'The play follows Esther Kane, a laundress in 1920s Dublin.',
      'Esther is played by Aisling Roe, who won an award for it last year.',
    );
    expect(found).toEqual(['Aisling Roe']);
  });

  it('reads a name with "which" after it as a thing’s, and "Band A" as a label', () => {
    expect(names('Calder Mineria, which owns the quarry, disputes the figures, its chief executive, Rosa Vidal, said.')).toEqual(['Rosa Vidal']);
    expect(names('Ama Owusu said customers in Band A and Band B will pay more.')).toEqual(['Ama Owusu']);
  });

  it('does not take a noun phrase after a preposition for the speaker of the quote after it', () => {
    const quotes = quotesOf(
      'Health Minister Rhoda Keane said a review was needed.',
      'Peter Lund, adviser to the minister, said "the budget will not be cut this year".',
    );
    expect(quotes).toContain('Peter Lund: the budget will not be cut this year');
  });
});

describe('kinds from the eighth round (corpora/traps q-)', () => {
  it('reads past a name inside an appositive to the speaker, and no speech in "added 2,000 seats"', () => {
    const quotes = quotesOf('Tomas Quill, a spokesman for Transport Secretary Helen Amadi, said the department had added 400 buses and was "confident the service will recover by spring".');
    expect(quotes).toEqual(['Tomas Quill: confident the service will recover by spring']);
  });

  it('takes "said nothing" after a quote for no attribution of it', () => {
    const quotes = quotesOf('In my first year Captain Nikos Petrou looked past me and asked my cadet, "Where is the pilot?" I said, "Good morning, Captain. I am the pilot." He said nothing for the rest of the trip.');
    expect(quotes.some((q) => q.includes('I am the pilot'))).toBe(false);
  });

  it('keeps an appositive whose link comes before the titles of a name inside it', () => {
    expect(roleOf('Tomas Quill', 'Tomas Quill, a spokesman for Transport Secretary Helen Amadi, declined to comment.')).toBe('spokesman for Transport Secretary Helen Amadi');
  });

  it('reads "Nana" as an honorific, so a chief\'s "he said" is his', () => {
    const quotes = quotesOf(
      'The Deputy Minister, Kwame Addo, said the project was a model. "It can be done anywhere," he said.',
      'Nana Kofi Ampem II, chief of the island, thanked the engineers. "Our children will read at night now," he said.',
    );
    expect(quotes).toContain('Kofi Ampem II: Our children will read at night now');
  });
});

describe('kinds from the ninth round (corpora/traps s-)', () => {
  it('keeps a given name the lexicons lack that opens a sentence, and knows its gender (data/given-names.json)', () => {
    expect(names('Favour Eze, who sells fabric at the market, said prices had doubled.')).toEqual(['Favour Eze']);
    const quotes = quotesOf('Kwame Asante said the road was finished. Yaa Mensah disagreed. "It floods every April," she said.');
    expect(quotes).toContain('Yaa Mensah: It floods every April');
  });

  it('reads "-ician" and "-ographer" nouns as professions (data/role-nouns.json)', () => {
    expect(roleOf('Mutale Banda', 'Consultant paediatrician Mutale Banda said oxygen saved lives.')).toBe('Consultant paediatrician');
    expect(roleOf('Ines Vidal', 'The scanner is twenty years old, said radiographer Ines Vidal.')).toBe('radiographer');
  });

  it('reads what a post is held for as a place or a brief, not a person (data/name-cues.json seatRoles)', () => {
    const text = 'The ward councillor for Fenwick Vale, Cllr Asha Rahman, spoke for residents. "Nobody asked us," she told the meeting.';
    expect(names(text)).toEqual(['Asha Rahman']);
    expect(quotesOf(text)).toEqual(['Asha Rahman: Nobody asked us']);
  });

  it('reads an inverted predicate past the name\'s own title, after "that", and with a participle\'s phrase', () => {
    expect(roleOf('Grace Ndlovu', 'The officer leading the search is DS Grace Ndlovu.')).toBe('officer leading the search');
    expect(roleOf('Peter Banda', 'At the clinic, that nurse is Peter Banda, who has worked there since 2011.')).toBe('nurse');
  });

  it('reads what someone does for a living after "who" (data/role-nouns.json occupationVerbs), not a one-off past act', () => {
    expect(roleOf('Baraka Mushi', 'Baraka Mushi, 44, who grows cassava near Tanga, said the rains came late.')).toBe('grows cassava');
    expect(roleOf('Eilidh Ross', 'Eilidh Ross, who has kept hens on the croft since 1998, said the fox came at night.')).toBe('kept hens');
    expect(roleOf('Colin Ames', 'Colin Ames, who sold the farm in 2019, said the price was fair.')).toBe('');
  });

  it('gives a phrase set off between two names to the first as its appositive, not to the second as a title', () => {
    const text = 'The others at the table were Tom Reed, a friend, Ann Lee and Bill Ames.';
    expect(roleOf('Ann Lee', text)).toBe('');
    expect(roleOf('Ann Lee', 'Later the chairman met the mayor, Ann Lee.')).toBe('mayor');
  });
});

