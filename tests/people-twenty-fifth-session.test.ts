/**
 * Kinds of name, role and quote miss found on the development data in the twenty-fifth session
 * (issue #15: corpora/traps with rounds sixty-seven to seventy-five, `r67-` to `r75-`: ordinary
 * news of many kinds, news with most people's posts stated, and news whose difficulty is who said
 * what), tested on other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../src/pipeline/figures/index.ts';
import { toArticle } from '../src/pipeline/article.ts';
import { names, peopleIn, quotesOf, roleOf } from './helpers/people.ts';

describe('who said the words', () => {
  it('gives a verb after ", but" or ", and" the subject of the sentence\'s verb of speech, not a name in the clause between', () => {
    const story = [
      'Colin Baxendale, 58, was jailed for four years. Judge Morag Elphinstone passed sentence.',
      'Judge Elphinstone said she had noted that Baxendale had repaid part of the money, but described his apology as "too little and far too late".',
    ];
    expect(quotesOf(...story)).toEqual(['Morag Elphinstone: too little and far too late']);
  });

  it('reads "accepted that … but said" the same way', () => {
    const story = [
      'Derek Whitlow, 44, admitted the thefts. Justice Priya Ramaswamy heard the case.',
      'Justice Ramaswamy accepted that Mr. Whitlow was sorry but said his sorrow had come "only once the police knocked".',
    ];
    expect(quotesOf(...story)).toEqual(['Priya Ramaswamy: only once the police knocked']);
  });

  it('gives a letter "written by X\'s daughter, Y" to Y', () => {
    const story = [
      'Builder Gordon Ashby, 61, admitted taking deposits for work he never did.',
      'His counsel read from a letter written by Ashby\'s son, Liam, who is a firefighter. "Dad has paid for this every day since," the letter said.',
    ];
    expect(quotesOf(...story)).toEqual(['Liam: Dad has paid for this every day since']);
  });

  it('gives words "in a written statement" to the one who made it, though the verb is no verb of speech', () => {
    const story = [
      'The harbour master, Oona Brackley, retired on Friday after 31 years.',
      'Transport Minister Kevin Ahern, who could not attend, paid tribute in a written statement. "Oona Brackley kept this port safe through three storms of the century," the statement said.',
    ];
    expect(quotesOf(...story)).toEqual(['Kevin Ahern: Oona Brackley kept this port safe through three storms of the century']);
  });

  it('gives words after ", who said" to the person the clause is about, though a preposition governs the name', () => {
    const story = [
      'Diesel queues stretched for miles on Monday.',
      'That was the view of Amaka Obi, managing director of Crestline Oil, one of the largest importers, who said that the queues were "a symptom of a dollar problem".',
    ];
    expect(quotesOf(...story)).toEqual(['Amaka Obi: a symptom of a dollar problem']);
  });

  it('reads "according to X" as X speaking in that sentence', () => {
    const story = [
      'The club\'s chief executive, Nomvula Dube, confirmed the review. Coach Tiaan Kritzinger was not at the meeting.',
      'Nor has the club approached anyone about replacing Kritzinger, according to Dube. "We have not spoken to a single candidate," she said.',
    ];
    expect(quotesOf(...story)).toEqual(['Nomvula Dube: We have not spoken to a single candidate']);
  });

  it('does not take a verb of speech after the quote, joined by "and has", for its cue', () => {
    const story = [
      'The country\'s Chief Economist, Dr Hana Kowalczyk, has warned that the state is "borrowing from its grandchildren" by running deficits, and has called on ministers to set a target.',
    ];
    expect(quotesOf(...story)).toEqual(['Hana Kowalczyk: borrowing from its grandchildren']);
  });

  it('reads "the Prime Minister said", a title of a capitalised word and a noun for a person', () => {
    const story = ['Prime Minister Nerys Pughe opened the bridge on Monday.', 'The Prime Minister said it was "a bridge fifty years overdue".'];
    expect(quotesOf(...story)).toEqual(['Nerys Pughe: a bridge fifty years overdue']);
  });

  it('reads a capitalised title as the subject of a sentence before a he or she', () => {
    const story = [
      'Among the guests was the Minister of Housing, Honourable Festus Kandjii.',
      'Firefighter Simon Haufiku went back into the water. He carried four people out.',
      'The Honourable Minister rang me that night. "You will have the tents by morning," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Festus Kandjii: You will have the tents by morning']);
  });

  it('does not take a name in a participle\'s phrase between the subject and its verb for the subject', () => {
    const story = [
      'Carl Dobbins, 35, admitted assault. His barrister spoke for him.',
      'Fiona Rudd, representing Dobbins, said he had been "a frightened young man" at the time.',
    ];
    expect(quotesOf(...story)).toEqual(['Fiona Rudd: a frightened young man']);
  });

  it('does not let the one who asks, nor a name in a fronted phrase, stand against a title after it', () => {
    const story = [
      'Detective Sergeant Kirsty Lomond gave evidence on Tuesday.',
      'Asked by Mr Gallacher what the scales suggested, the officer replied: "They are not the scales of someone who weighs flour."',
    ];
    expect(quotesOf(...story)).toEqual(['Kirsty Lomond: They are not the scales of someone who weighs flour.']);
  });

  it('reads "That was Derek\'s verdict" after a quote as Derek\'s', () => {
    const story = [
      'Neighbours Derek Platt and Sharon Kaye have argued over the fence for a decade.',
      '"I would have moved it myself if she had only asked." That was Derek\'s verdict when we called on Sunday.',
    ];
    expect(quotesOf(...story)).toEqual(['Derek Platt: I would have moved it myself if she had only asked.']);
  });

  it('reads "Those were the words X used" after a quote as X\'s', () => {
    const story = [
      'The gift of $4 million was announced on Tuesday.',
      '"Nobody in this town should wait a year for a scan." Those were the words Rupert Halloway, founder of Halloway Freight, used when he first met the hospital board.',
    ];
    expect(quotesOf(...story)).toEqual(['Rupert Halloway: Nobody in this town should wait a year for a scan.']);
  });

  it('goes on from the one person described before a noun after the quote, past names after a preposition', () => {
    const story = [
      'Maureen Tate, 68, says the sycamores planted by Gary and Denise Fellows block her light.',
      '"I have not had a tomato off that plot in three summers," said the retired school cook.',
    ];
    expect(quotesOf(...story)).toEqual(['Maureen Tate: I have not had a tomato off that plot in three summers']);
  });

  it('does not read "he said" after a quote that runs on into it as the quote\'s cue', () => {
    const story = [
      'Alasdair Reid, the trust\'s chief executive, defended the plan at a public meeting.',
      'On Thursday, a spokeswoman for the trust, Fiona Baird, said Mr Reid "stands by everything" he said at the meeting.',
    ];
    expect(quotesOf(...story)).toEqual(['Fiona Baird: stands by everything']);
  });

  it('keeps a contrasting clause\'s subject in the background for a he or she', () => {
    const story = [
      'Lottery winner Janice Orme and her sister-in-law, Paula Orme, both claim the ticket.',
      'That is how Paula, a care worker, explains her claim.',
      'She says she chose the numbers while Janice only paid for the ticket. "Those numbers are our wedding date," she said.',
    ];
    expect(quotesOf(...story)).toEqual(['Paula Orme: Those numbers are our wedding date']);
  });
});

describe('people who share a family name', () => {
  it('reads "the elder X" by the relation of another generation', () => {
    const story = [
      'Ousmane Ndiaye, 54, has fished from the beach for 30 years.',
      'His son, Pape Ndiaye, 22, said he was thinking of leaving. "There is nothing for me here," he said.',
      '"That is what keeps me awake," the elder Ndiaye said.',
    ];
    expect(quotesOf(...story)).toContain('Ousmane Ndiaye: That is what keeps me awake');
  });

  it('reads "the younger X" by the ages stated', () => {
    const story = [
      'Brothers Malcolm Rennie, 71, and Iain Rennie, 64, still run the boatyard.',
      '"We have never had a year like it," the younger Rennie said.',
    ];
    expect(quotesOf(...story)).toEqual(['Iain Rennie: We have never had a year like it']);
  });

  it('gives "Mr X said" to the namesake not called "my grandfather" in the quote', () => {
    const story = [
      'Vollmer Pumpen will cut 300 jobs.',
      'The company was founded in 1931 by Ernst Vollmer, and his grandson, Jens Vollmer, now runs it.',
      'In a note to staff, Mr Vollmer said the family had agreed to the cuts "with great reluctance". "My grandfather built this firm in Ulm and it will stay an Ulm firm," he wrote.',
    ];
    expect(quotesOf(...story)).toContain('Jens Vollmer: My grandfather built this firm in Ulm and it will stay an Ulm firm');
  });

  it('gives "Ms X said … that her mother" to the namesake who is not the mother', () => {
    const story = [
      'Inspectors found Edna Garvey, 90, in pain. Mrs Garvey\'s daughter, Ruth Garvey, sat in the gallery.',
      'Ms Garvey said outside court that her mother was "tougher than all of them".',
    ];
    expect(quotesOf(...story)).toEqual(['Ruth Garvey: tougher than all of them']);
  });

  it('takes "Mr X" for the namesake other than the one introduced as "Mr X\'s grandfather"', () => {
    const story = [
      'Tom Penhallow, managing director of Penhallow Ferries, said fares would rise.',
      'The firm was started by Mr Penhallow\'s grandfather, Arthur Penhallow, in 1951.',
      'Mr Penhallow said the firm would keep the cycle fare. "We are not going anywhere," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Tom Penhallow: We are not going anywhere']);
  });

  it('takes "Mrs X" for the wife when "Mr X\'s wife, Y X" introduces her', () => {
    const story = [
      'Kerr punched Thanh Nguyen at the lights.',
      'Mr Nguyen\'s wife, Mai Nguyen, read her statement to the court.',
      'Outside, Mrs Nguyen said the family had been "getting by on kindness".',
    ];
    expect(quotesOf(...story)).toEqual(['Mai Nguyen: getting by on kindness']);
  });

  it('takes a courtesy title and family name for the namesake the article never calls by given name alone', () => {
    const story = [
      'Brenda Corrie, 79, relies on the tram. Her daughter, Claire Corrie, drives her when she can.',
      '"Nobody told us," Claire said.',
      'Mrs Corrie said she would "just stay at home" until the trams were back.',
    ];
    expect(quotesOf(...story)).toContain('Brenda Corrie: just stay at home');
  });

  it('reads "Mr X" as the one namesake not known to be a woman', () => {
    const story = [
      'Justice Efua Amedzro presented the prize. Her nephew, Dzidefo Amedzro, 23, won it.',
      '"She has been telling me to work harder since I was five," Mr Amedzro said.',
    ];
    expect(quotesOf(...story)).toEqual(['Dzidefo Amedzro: She has been telling me to work harder since I was five']);
  });
});

describe('transcripts', () => {
  const interview = (turns: string[]) => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'Moana Tuhiwai and her son, Rawiri Tuhiwai, run the mussel farm. We spoke to them on the wharf.' },
      ...turns.map((text) => ({ kind: 'paragraph' as const, text })),
    ];
    return findPeople(toArticle({ file: 't.txt', title: 'Mussel farmers: a Q&A', meta: {}, blocks }));
  };

  it('cuts a turn before a later sentence that quotes someone else, and does not give those words to the one speaking', () => {
    const found = interview([
      'Why did you come home?',
      'Rawiri Tuhiwai: Dad phoned me at sea. He said, "Your mother is selling unless you come back."',
      'Did she mean it?',
      'Moana Tuhiwai: Every word.',
      'Will you stay?',
      'Rawiri Tuhiwai: For now.',
      'Moana Tuhiwai: He will.',
    ]);
    const rawiri = found.figures.find((f) => f.name.startsWith('Rawiri'))!;
    expect(rawiri.quotes).toContain('Dad phoned me at sea.');
    expect(rawiri.quotes.some((q) => q.includes('Your mother is selling'))).toBe(false);
  });
});

describe('names', () => {
  it('finds Wolof, Pulaar, Afrikaans and Ewe given names', () => {
    expect(names('Mariama Sow, who leads the women\'s group, said prices had doubled.')).toEqual(['Mariama Sow']);
    expect(names('The job went to Dawie Marais in 2019.')).toEqual(['Dawie Marais']);
    expect(names('The prize went to Elikem Tetteh, a 24-year-old from Ho.')).toEqual(['Elikem Tetteh']);
  });

  it('reads a family name that is a firm\'s, or a foreign body\'s word, after a given name and a role', () => {
    expect(names('Iain Baxter, head voicer at Harrison & Lowe, inspected the pipes.')).toEqual(['Iain Baxter']);
    expect(names('Aïssatou Camara, director of the group Ocean Watch, wrote that the ban was too short.')).toEqual(['Aïssatou Camara']);
  });

  it('reads a lone post that is a given name too, before "of", as the post', () => {
    expect(names('"We want them back," said Professor Ruth Adair, Executive Dean of Law at Westbourne.')).toEqual(['Ruth Adair']);
    expect(roleOf('Ruth Adair', '"We want them back," said Professor Ruth Adair, Executive Dean of Law at Westbourne.')).toBe('Executive Dean of Law at Westbourne');
  });

  it('knows "Ros" for "Rosalind"', () => {
    expect(names('Oyster farmer Rosalind Kettle has worked the bay for 38 years.', 'Ask anyone about Ros Kettle and they smile.')).toEqual(['Rosalind Kettle']);
  });

  it('does not take a team, a plural body, a company or a ship for a person', () => {
    expect(names('The Highland Stags have told their coach, Euan Mair, to wait.')).toEqual(['Euan Mair']);
    expect(names('Marco Vitale, president of the Tuscan Vintners\' Association, objected.')).toEqual(['Marco Vitale']);
    expect(names('Chilean copper producer Minera Altos Blancos said profit fell, analyst Jorge Pinto said.')).toEqual(['Jorge Pinto']);
    expect(names('The line will scrap the 1996-built Ingrid Thorsen, once its flagship. Chief executive Lars Eide said so.')).toEqual(['Lars Eide']);
    expect(names('His Redwood Studio on King Street made the records. Producer Delroy Henry ran it.')).toEqual(['Delroy Henry']);
  });

  it('does not take a firm named after "at" and a word for a firm, nor one an appositive calls a firm, for a person', () => {
    expect(names('Aisling Roche, a retail analyst at Cork stockbroker Kearney Hogan, said the price was fair.')).toEqual(['Aisling Roche']);
    expect(names('Harte Quinlan, the Galway firm of solicitors, advised the family, partner Niamh Kerr said.')).toEqual(['Niamh Kerr']);
    expect(names('Campo Verde, Peru\'s second-largest exporter of asparagus, reported a loss. Chief executive Julio Paz said so.')).toEqual(['Julio Paz']);
    expect(names('The lifeboat reached the crabber Mary Ellen in the storm, coxswain Dave Ward said.')).toEqual(['Dave Ward']);
    // A word for a firm that qualifies a person's post, or a "who", is still someone's appositive.
    expect(names('Jan Albers, a Verdi union secretary, said the cuts were unfair.')).toEqual(['Jan Albers']);
    expect(names('The reading room was left by Ernest Cadby, a Leicester hosiery manufacturer who died in 1894.')).toEqual(['Ernest Cadby']);
  });
});

describe('roles', () => {
  it('reads a title whose object holds a plural and an "and" ("director of services for roads and marine")', () => {
    expect(roleOf('Neasa Furlong', "The council's director of services for parks and libraries, Neasa Furlong, told the meeting.")).toBe("council's director of services for parks and libraries");
  });

  it('reads a role holding the name of a group followed by a noun for a body', () => {
    expect(roleOf('Lucía Ferrer', 'Lucía Ferrer, leader of the opposition Izquierda Castellana group in the Assembly, said the plan was late.')).toBe('leader of the opposition Izquierda Castellana group in the Assembly');
  });

  it('does not take an abstract noun for what a person is', () => {
    expect(roleOf('Harold Penrose', "The foundation announced a gift of $9 million from Joan and Harold Penrose, the largest donation in the foundation's 50-year history.")).toBe('');
  });

  it('does not take the next of kin listed after a name for that person\'s role', () => {
    const r = peopleIn(['Glyn Powell conducted the choir for 40 years. His son, Rhys Powell, sang in it.', 'He is survived by his wife, along with Rhys, their daughter and four grandchildren.']);
    expect(r.figures.find((f) => f.name === 'Rhys Powell')?.role).toBe('son');
  });

  it('does not give a name set off after "and a grandson of the founder" the relation said of the subject', () => {
    const r = peopleIn(['Konrad Brandauer is chairman of the board and a grandson of the founder, Otto Brandauer.']);
    expect(r.figures.find((f) => f.name === 'Otto Brandauer')?.role).toBe('founder');
    expect(roleOf('Anna Brook', 'The daughter of the Speaker, Anna Brook, spoke first.')).toBe('daughter of the Speaker');
  });

  it('does not take a number and a plural after a name, in a list of kin, for its role', () => {
    const r = peopleIn(['Mr Brophy is survived by his son Cathal, daughter Nuala, brother Pádraig, six grandchildren and a great-grandson.']);
    expect(r.figures.find((f) => f.name === 'Pádraig')?.role).toBe('brother');
  });

  it('does not take "children of a market gardener" before a name for a post', () => {
    expect(roleOf('Ravi Naidoo', 'Born in Clairwood in 1951, the eldest of six children of a market gardener, Ravi Naidoo learned the game young.')).toBe('');
  });

  it('does not take a town after "from" for an employer', () => {
    expect(roleOf('Chloé Tremblay', 'I worked with a linesperson, Chloé Tremblay from Beaconsfield, who is 23.')).toBe('linesperson');
  });

  it('reads "media manager" and "deputy convenor" whole', () => {
    expect(roleOf('Thandi Mokoena', 'His media manager, Thandi Mokoena, said the captain would speak on Friday.')).toBe('media manager');
    expect(roleOf('Billy Hanna', 'His former deputy convenor, Billy Hanna, said he never lost his temper.')).toBe('former deputy convenor');
  });

  it('knows "cabbie" for a trade', () => {
    expect(roleOf('Terry Ogden', 'But cabbie Terry Ogden, 58, says the trees give them privacy.')).toBe('cabbie');
  });
});
