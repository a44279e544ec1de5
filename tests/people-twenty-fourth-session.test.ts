/**
 * Kinds of name, role and quote miss found on the development data in the twenty-fourth session
 * (issue #15: corpora/traps with rounds fifty-nine to sixty-two, `r59-` to `r62-`: ordinary news
 * of twelve kinds, news with most people's posts stated, and news whose difficulty is who said
 * what), tested on other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../src/pipeline/figures/index.ts';
import { toArticle } from '../src/pipeline/article.ts';
import { names, quotesOf, roleOf } from './helpers/people.ts';

describe('people who share a family name', () => {
  it('gives "X said" to the namesake the quote does not speak of by name', () => {
    const story = [
      'Among the injured was Joseph Banda, 41, a welder, his family said.',
      '"He rang me at noon to say he was fine," said his sister, Grace Banda, a nurse at the same hospital.',
      '"Joseph always said the scaffolding on that side was loose," Banda said.',
    ];
    expect(quotesOf(...story)).toContain('Grace Banda: Joseph always said the scaffolding on that side was loose');
    expect(quotesOf(...story).filter((q) => q.startsWith('Joseph Banda'))).toEqual([]);
  });

  it('leaves the family name alone to neither when the quote names no one', () => {
    const story = [
      'Among the injured was Joseph Banda, 41, a welder, his family said.',
      '"He rang me at noon to say he was fine," said Grace Banda, a nurse at the same hospital.',
      '"The scaffolding on that side was loose," Banda said.',
    ];
    expect(quotesOf(...story).filter((q) => q.includes('scaffolding'))).toEqual([]);
  });

  it('reads a first family name two people share as the one named before it (Spanish usage)', () => {
    const story = [
      'Chief executive Marcos Ibarra Garza told analysts the company had been hit by cheap imports.',
      '"We are not afraid of competition, but this is not competition," Ibarra said.',
      'The company is still controlled by the family. Ernesto Ibarra Sada, the chief executive\'s father, has been chairman since 2001.',
    ];
    expect(quotesOf(...story)).toEqual(['Marcos Ibarra Garza: We are not afraid of competition, but this is not competition']);
  });
});

describe('who said the words', () => {
  it('does not take a plural noun after a verb for a verb of speech', () => {
    const story = [
      'Rhona Blake, prosecuting, told the jury that Mr Tennant had submitted claims for prescriptions that had been "made up from start to finish".',
      'Mr Tennant denies the charges.',
    ];
    expect(quotesOf(...story).filter((q) => q.startsWith('Tennant') || q.includes('Tennant:'))).toEqual([]);
  });

  it('gives words written "in a post" to the he or she who wrote them', () => {
    const story = [
      'The fuel price rose by 12 per cent on Monday.',
      'Opposition MP Tendai Moyo called for the rise to be reversed. In a post on Facebook on Monday night he wrote: "Ministers ask the people to tighten their belts while they drive new cars."',
    ];
    expect(quotesOf(...story)).toEqual(['Tendai Moyo: Ministers ask the people to tighten their belts while they drive new cars.']);
  });

  it('does not take a name after an organisation\'s kind, set in an appositive, for the speaker', () => {
    const story = [
      'The bill passed by 40 votes to 35.',
      'Petra Azzopardi, coordinator of the environmental NGO Ħarsien Gozo, which organised the protest, wrote on Facebook: "Forty MPs decided tonight that residents no longer have a say."',
      'In a statement, Ħarsien Gozo said it was studying legal action.',
    ];
    expect(quotesOf(...story)).toEqual(['Petra Azzopardi: Forty MPs decided tonight that residents no longer have a say.']);
  });

  it('reads "Name, your <post>," as an appositive, not as the name said to someone', () => {
    const story = [
      'Thank you all for coming this morning.',
      'His daughter, Sian, is with us today. I asked her what her father would have made of it all. She laughed and said, "Dad would have called it too posh."',
      'Two years ago this was a field. Dr Eleri Vaughan, your chief executive, walked me round and told me something I still repeat. She said: "We are building a place to live well."',
    ];
    expect(quotesOf(...story)).toContain('Eleri Vaughan: We are building a place to live well.');
  });

  it('reads an age used as a description as the age of the one person named just before it', () => {
    const story = [
      'The team\'s captain, Mele Fonua, played through the second half with a strapped ankle.',
      'Fonua denied she had asked for the coach to be replaced.',
      '"It is not my job to pick the coach," the 30-year-old prop said on Tuesday.',
    ];
    expect(quotesOf(...story)).toEqual(['Mele Fonua: It is not my job to pick the coach']);
    // Not when the sentence before names two people.
    const two = [
      'The team\'s captain, Mele Fonua, played through the second half with a strapped ankle.',
      'Fonua and her teammate Ana Vea both denied asking for the coach to go.',
      '"It is not my job to pick the coach," the 30-year-old prop said.',
    ];
    expect(quotesOf(...two).filter((q) => q.includes('pick the coach'))).toEqual([]);
  });

  it('knows "Dana" may be a man ("he")', () => {
    const story = [
      'Council voted 11-4 for the bike lanes. Cycling group chair Tom Reid called it the vote of the decade.',
      'Mayor Dana Whitcombe, who said earlier this fall that he was undecided, voted with the majority.',
      '"I expect every one of those promises to be kept," he said.',
    ];
    expect(quotesOf(...story)).toContain('Dana Whitcombe: I expect every one of those promises to be kept');
  });

  it('reads a quote in a labelled answer introduced by "he wrote" as the man named in the answer, by his Icelandic name', () => {
    const story = [
      'Guðrún Magnúsdóttir leads the monitoring team. We spoke to her on Tuesday.',
      'Ledger: Who taught you?',
      'Guðrún: My old supervisor, Professor Kjartan Einarsson, used to say, "A volcano is never late." He meant that the mountain does not read our forecasts.',
      'Ledger: Is he still involved?',
      'Guðrún: Kjartan retired in 2019, but he still messages me when the data is published. Last week he wrote, "Your curve looks like my blood pressure." He is 81.',
    ];
    expect(quotesOf(...story)).toContain('Kjartan Einarsson: Your curve looks like my blood pressure.');
  });
});

describe('names', () => {
  it('reads a title opening a sentence before "Holly" as the title, not part of the name', () => {
    expect(names('Seamer Holly Kerr took three wickets in the final over.')).toEqual(['Holly Kerr']);
  });

  it('reads "Eng." as an engineer\'s courtesy title, with the post as the role', () => {
    const story = ['The laboratory was opened by Eng. Moses Habimana, Director General of Water Resources.', '"Data tells us where to spend," Eng. Habimana said.'];
    expect(names(...story)).toEqual(['Moses Habimana']);
    expect(roleOf('Moses Habimana', ...story)).toBe('Director General of Water Resources');
    expect(quotesOf(...story)).toEqual(['Moses Habimana: Data tells us where to spend']);
  });

  it('knows "Roch" is a man\'s name, so "Mr." and "Ms." tell father and daughter apart', () => {
    const story = [
      'Roch Tremblay, the minor hockey coach, died on Dec. 7. He was 81.',
      'His daughter, Isabelle Tremblay, said he died of pneumonia.',
      '"He was coaching the nurses by the end," Ms. Tremblay said.',
    ];
    expect(quotesOf(...story)).toEqual(['Isabelle Tremblay: He was coaching the nurses by the end']);
  });
});

describe('roles', () => {
  it('does not read a verb\'s -ing form and its object as the title before a name', () => {
    expect(roleOf('Amy Shaw', 'Kerr conceded a single before bowling Otago\'s top scorer, Amy Shaw, for 58.')).toBe("Otago's top scorer");
  });

  it('reads "postie" as a trade', () => {
    // (Since the thirty-seventh session "retired" stays in the title, as other modifiers of a post do.)
    expect(roleOf('Ron Hale', 'Another neighbour, retired postie Ron Hale, 68, backed her.')).toBe('retired postie');
  });

  it('reads the team someone coached in a relative clause as the role', () => {
    expect(roleOf('Luc Gagnon', 'Luc Gagnon, who coached the rival Lévis bantam team for twenty years, said they met often.')).toBe('coached the rival Lévis bantam team');
  });

  it('reads what an organisation in the possessive owns as what is headed', () => {
    expect(roleOf('Yui Mori', 'Yui Mori, who has headed the brewer\'s export sales since 2019, will take over.')).toBe("has headed the brewer's export sales");
  });

  it('reads a post someone "will become" or "is to become"', () => {
    expect(roleOf('Piotr Zając', 'Piotr Zając will become chief executive of Wawel Foods in March.')).toBe('chief executive of Wawel Foods');
    expect(roleOf('Jan Nowak', 'Jan Nowak, 50, is to become head coach of Cracovia next season.')).toBe('head coach of Cracovia');
  });

  it('reads the calling in an obituary\'s closing line of life dates', () => {
    const story = [
      'Winston Hylton, who has died aged 86, ran the Green Lamp, a basement club in Bristol, for half a century.',
      'He came to Bristol from Kingston in 1960 and worked on the buses before he opened the club.',
      'He is survived by his son, Marcus.',
      '*Winston Alphonso Hylton, jazz club owner, born 3 May 1939; died 28 November 2025*',
    ];
    expect(roleOf('Winston Alphonso Hylton', ...story)).toBe('jazz club owner');
  });
});

describe('family names, relatives and written words (rounds sixty-one and sixty-two)', () => {
  it('keeps the family name alone with the one who bore it first, once the others are introduced as relatives', () => {
    const story = [
      'Tomasz Wójcik, who drove Gdańsk\'s trams for forty years, has died aged 80.',
      'His father, Jan Wójcik, had worked in the shipyard. His daughter, Ewa Wójcik, is a nurse.',
      'In 1998, as the last conductors were taken off the trams, Wójcik told this newspaper: "A conductor is a pair of eyes."',
    ];
    expect(quotesOf(...story)).toEqual(['Tomasz Wójcik: A conductor is a pair of eyes.']);
    // "the younger Wójcik" says which of them, and is not read so.
    const younger = [
      'Tomasz Wójcik, the firm\'s founder, gave evidence first. His son, Marek Wójcik, runs the inspection team.',
      'The inquiry asked the younger Wójcik why he had not written to the council. "Because I thought the letter would do it," Wójcik replied.',
    ];
    expect(quotesOf(...younger).filter((q) => q.startsWith('Tomasz'))).toEqual([]);
  });

  it('gives "the statement said" to the one who "said in a statement", not to whom it spoke of', () => {
    const story = [
      'The union\'s state secretary, Paul Dwyer, said in a statement on Saturday that Ferrante had never asked for anything for himself. Ferrante\'s brother, Luca Ferrante, lives in Sydney.',
      '"He taught two generations of us to organise in the meal room," the statement said.',
    ];
    expect(quotesOf(...story)).toEqual(['Paul Dwyer: He taught two generations of us to organise in the meal room']);
  });

  it('gives words read from a post to the one who posted it', () => {
    const story = [
      'In Tondo, Noel Ramos, chairman of Barangay 12, posted on Facebook on Tuesday night urging residents to bring their children to the hall.',
      '"Bring your children, bring your neighbours\' children. Measles is not a joke," the post read.',
    ];
    expect(quotesOf(...story)).toEqual(["Noel Ramos: Bring your children, bring your neighbours' children. Measles is not a joke"]);
  });

  it('reads a body as the subject of a verb of speech ("His office said")', () => {
    const story = [
      'The foreign minister expelled two diplomats on Thursday.',
      'President Ivo Karsten has not commented publicly. His office said he had been briefed throughout and "fully supports the foreign minister".',
    ];
    expect(quotesOf(...story).filter((q) => q.includes('fully supports'))).toEqual([]);
  });

  it('finds "her father" through the daughter introduced as his', () => {
    const story = [
      'Keith Lavoie, a retired sergeant who lost a leg in 2008, laid the wreath. His daughter, Jenna Lavoie, has been his carer since she was 19.',
      '"Nobody trained me for any of it," Jenna Lavoie said after the ceremony.',
      'Her father was more guarded. "I\'ve been to a lot of these," he said.',
    ];
    expect(quotesOf(...story)).toContain("Keith Lavoie: I've been to a lot of these");
  });

  it('reads "That\'s the advice of …" after a quote as naming its speaker', () => {
    const story = [
      'The venue closed on Tuesday, leaving forty couples without a wedding.',
      '"Couples who paid by credit card should contact their card provider straight away."',
      "That's the advice of Meera Gill, a consumer law solicitor in Jesmond.",
    ];
    expect(quotesOf(...story)).toEqual(['Meera Gill: Couples who paid by credit card should contact their card provider straight away.']);
  });

  it('does not let the last speaker go on across a subheading', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'Liam Hart, a scaffolder, said he had been in bits since Tuesday. "I sat in the van for an hour," he said.' },
      { kind: 'heading' as const, text: 'What you can do' },
      { kind: 'paragraph' as const, text: '"Anyone who paid by card should call their bank straight away."' },
    ];
    const found = findPeople(toArticle({ file: 't.txt', title: 'Test', meta: {}, blocks }));
    expect(found.figures.flatMap((f) => f.quotes)).toEqual(['I sat in the van for an hour']);
  });

  it('does not take whom an email was sent to for the "she" who wrote it', () => {
    const story = [
      'Denise Hollis, who manages the couple\'s properties, gave evidence in October.',
      'The court heard that in an email to Ana Vaipulu in June, she had written: "Open the windows and wipe the walls with vinegar."',
    ];
    expect(quotesOf(...story)).toEqual(['Denise Hollis: Open the windows and wipe the walls with vinegar.']);
  });

  it('does not read the gender of a Korean family name written first', () => {
    const story = [
      'Hanbit Marine chief executive Kim Jae-won said the order would serve as a reference for other owners.',
      '"Shipowners do not want to be the first to take a risk on a new fuel," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Kim Jae-won: Shipowners do not want to be the first to take a risk on a new fuel']);
  });
});

describe('names and roles (rounds sixty-one and sixty-two)', () => {
  it('reads a courtesy title before the second of two given names as that person (Portuguese usage)', () => {
    const story = ['Maria Fernanda Lopes, 74, the owner, has run the house since 1979.', '"We will close the way we opened, with the door open," Dona Fernanda said.'];
    expect(names(...story)).toEqual(['Maria Fernanda Lopes']);
    expect(quotesOf(...story)).toEqual(['Maria Fernanda Lopes: We will close the way we opened, with the door open']);
  });

  it('knows "Vince" for "Vincenzo"', () => {
    expect(names('Vincenzo Russo, who drove trams for 41 years, has died aged 78.', 'Known to everyone on the route as Vince, Russo was born in Calabria.', 'Vince Russo never took a day off.')).toEqual(['Vincenzo Russo']);
  });

  it('reads a noun for a job that is also a pet name, before a first name and a family name, as the title', () => {
    expect(names('Skipper Dean Kovac, whose boat was used for the tagging, said it had changed his view.')).toEqual(['Dean Kovac']);
  });

  it('does not take cinema chains and shipbuilders for people', () => {
    expect(names('Greyfield Cinemas said it would reopen.', 'Hanul Ocean Shipbuilding said the order was its largest.', 'Sarah Kwon, an analyst at Sungmun Securities, agreed.')).toEqual(['Sarah Kwon']);
  });

  it('reads "lead author", a post someone "succeeded him as", and netball\'s goal shooter', () => {
    expect(roleOf('Anna Berg', 'But lead author Dr Anna Berg said the data showed the sharks stayed offshore.')).toBe('lead author');
    expect(roleOf('Dewi Pryce', 'Dewi Pryce, who succeeded him as chairman of the society in 2009, called him a father figure.')).toBe('chairman');
    expect(roleOf('Zanele Dube', 'It was veteran goal shooter Zanele Dube who sealed it with two late goals.')).toBe('veteran goal shooter');
  });
});

describe('who speaks, and relatives (rounds sixty-three and sixty-four)', () => {
  it('does not take the one who asks in a fronted "Asked by …" for the she who answers', () => {
    const story = [
      'The trial heard from two witnesses on Tuesday.',
      'Chloe Mayhew, 34, was cross-examined about the lighting. Asked by Ms Priya Natarajan whether she was sure, she replied: "I have seen his face every night since."',
    ];
    expect(quotesOf(...story)).toEqual(['Chloe Mayhew: I have seen his face every night since.']);
  });

  it('reads the first who speaks in a sentence as its subject, not one in a clause after it', () => {
    const story = [
      'Westgate coach Craig Lomax has resigned. Captain Tom Brereton was at the meeting.',
      'Brereton said the players were told at a meeting at which Lomax spoke for ten minutes. "There were a few tears," he said.',
    ];
    expect(quotesOf(...story)).toEqual(['Tom Brereton: There were a few tears']);
  });

  it('reads "her mother said" through the daughter introduced as hers, but not a relation further back', () => {
    const weavers = ['The grey tapestries are by Ingrid Holm, who is 74. The orange one is by her daughter, Elsa Holm, who is 41.', '"She was like that at six," her mother said.'];
    expect(quotesOf(...weavers)).toEqual(['Ingrid Holm: She was like that at six']);
    const photo = [
      'Westgate coach Craig Lomax has resigned. The decision is awkward for Lomax\'s son, Harry Lomax, a defender.',
      'Harry Lomax did not speak to the media but posted a photo of himself and his father on Instagram, writing: "Best coach I\'ve had and the best dad."',
    ];
    expect(quotesOf(...photo)).toEqual(["Harry Lomax: Best coach I've had and the best dad."]);
  });

  it('knows "Dean" as a given name, and "ruckman" as a player', () => {
    const story = ['That was the verdict of former Westgate ruckman Dean Carlisle, on his radio show.'];
    expect(names(...story)).toEqual(['Dean Carlisle']);
    expect(roleOf('Dean Carlisle', ...story)).toBe('former Westgate ruckman');
  });
});

describe('epithets, labels and names (rounds sixty-five and sixty-six)', () => {
  it('reads a description that is no one\'s role, right after a quote, as the one person described just before', () => {
    const story = [
      'The council will close the bridge for six weeks from January.',
      'Waterside councillor Niamh Dolan said she accepted the repairs but criticised the short notice.',
      '"People found out about this from a notice tied to a lamppost," the SDLP representative said.',
    ];
    expect(quotesOf(...story)).toEqual(['Niamh Dolan: People found out about this from a notice tied to a lamppost']);
    // Not a spokesman, who speaks for a body and is left unnamed.
    const spokesman = [...story.slice(0, 2), '"The work cannot wait," the spokesman said.'];
    expect(quotesOf(...spokesman)).toEqual([]);
  });

  it('gives a transcript label of a family name to the namesake not introduced as a relative', () => {
    const story = [
      'Ezekiel Kiprono Rotich, one of Kenya\'s best-known coaches, runs the camp with his daughter, Brenda Jerotich Rotich, who stopped racing in 2019.',
      'Their son, Collins Kipkemboi Rotich, is a steeplechaser. We spoke to father and daughter this week.',
      'Q: Brenda, why did you stop running?',
      'Brenda: My Achilles decided for me.',
      'Q: And you, coach?',
      'Rotich: For 25 years I did everything myself.',
    ];
    expect(quotesOf(...story)).toContain('Ezekiel Kiprono Rotich: For 25 years I did everything myself.');
  });

  it('keeps "do" inside a Portuguese name', () => {
    expect(names('Among the marchers was Maria do Céu Pires, 74, a retired seamstress.')).toEqual(['Maria do Céu Pires']);
  });

  it('knows "Ray" for "Raymond"', () => {
    expect(names('Raymond John Hallam, boatbuilder, has died aged 88.', 'Ray Hallam built his first dinghy at 15.')).toEqual(['Raymond John Hallam']);
  });

  it('ends what someone runs at a word of time', () => {
    expect(roleOf('Pete Hallam', 'His son, Pete Hallam, who has run the yard day to day since 2012, said so.')).toBe('son');
  });
});
