/**
 * Kinds of name, role and quote miss found on the development data in the twenty-third session
 * (issue #15: corpora/traps with rounds fifty-three to fifty-eight, `r53-` to `r58-`: ordinary
 * news of twelve kinds, and news of six more kinds with nearly every person's post stated), tested
 * on other invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { names, quotesOf, roleOf } from './helpers/people.ts';

describe('courtesy titles that are also relations', () => {
  it('reads "Aunty" and "Uncle" before an Elder\'s name as titles of respect, and the given name after them as the Elder', () => {
    const story = [
      'Gumbaynggirr Elder Aunty Merle Dawson opened the new health centre on Tuesday.',
      '"This building will keep our families close to country," Aunty Merle said.',
    ];
    expect(names(...story)).toEqual(['Merle Dawson']);
    expect(roleOf('Merle Dawson', ...story)).toBe('Gumbaynggirr Elder');
    expect(quotesOf(...story)).toEqual(['Merle Dawson: This building will keep our families close to country']);
    expect(quotesOf('Yorta Yorta elder Uncle Jack Walsh led the smoking ceremony.', '"The river has always been a meeting place," Uncle Jack said.')).toEqual([
      'Jack Walsh: The river has always been a meeting place',
    ]);
  });

  it('still reads a relation written in lower case before a name as the role', () => {
    expect(roleOf('Colin Fahy', 'Her uncle, Colin Fahy, said the family was heartbroken.')).toBe('uncle');
    expect(roleOf('Dora Quinn', 'His aunty, Dora Quinn, 71, travelled from Cavan for the hearing.')).toBe('aunty');
    expect(roleOf('Pat Rourke', 'Their uncle Pat Rourke drove the tractor.')).toBe('uncle');
  });

  it('does not take courtesy titles alone, said to someone, for a name', () => {
    expect(names('Minister Datuk Seri Azlan Yusof took questions from reporters.', 'Q: Datuk Seri, will the tunnel be ready before the monsoon?')).toEqual(['Azlan Yusof']);
  });
});

describe('roles', () => {
  it('reads an elder as a role before a name', () => {
    expect(roleOf('Tipene Rangi', 'Village elder Tipene Rangi said the road had washed out twice.')).toBe('Village elder');
  });

  it('gives a label someone wears ("self-styled", "so-called") way to the post after the name', () => {
    expect(roleOf('Wayne Crossley', 'Self-styled kebab king Wayne Crossley, 44, a taxi driver who reviews takeaways online, disagreed.')).toBe('taxi driver');
    expect(roleOf('Meg Larkin', 'So-called queen of the allotments Meg Larkin, a retired midwife, won again.')).toBe('retired midwife');
  });

  it('reads the appositive after a home place given with "of"', () => {
    expect(roleOf('Aidan Boyle', 'The cup was presented by Aidan Boyle of Ballymote, a retired vet, on Sunday.')).toBe('retired vet');
    // A body after "of" with no appositive is still the affiliation.
    expect(roleOf('Mary Jones', 'Mary Jones of Acme Holdings said the figures were sound.')).toBe('Acme Holdings');
  });

  it('writes an owner who "owns" something as its owner', () => {
    expect(roleOf('Dev Patel', 'Dev Patel, who owns the corner shop on Mill Road, said trade was down.')).toBe('owner of the corner shop');
    expect(roleOf('Rhian Pugh', 'Rhian Pugh owns Blue Door Books, a shop on the quay.')).toBe('owner of Blue Door Books');
    // What someone owned, or runs, stays as the article says it.
    expect(roleOf('Ann Lee', 'Ann Lee, who has owned the bakery since 1990, said flour had doubled in price.')).toBe('has owned the bakery');
  });

  it('reads the head of a body named with capitals after "of" in a later sentence', () => {
    expect(roleOf('Grace Wanjiru', 'Grace Wanjiru sees it differently. She is the principal of Ruiru Girls Secondary School, which has 900 pupils.')).toBe(
      'principal of Ruiru Girls Secondary School',
    );
  });

  it('reads a participle and a field before the word for a trade', () => {
    expect(roleOf('Harold Dunne', 'Harold Dunne is a retired bank manager and sits on the parish council.')).toBe('retired bank manager');
  });

  it('does not take what someone uses for their role', () => {
    expect(roleOf('Oisín', 'Her nephew, Oisín, is a wheelchair user and cannot reach the beach.')).toBe('nephew');
  });

  it('reads a ground, a promenade, a circle and plural courts as places, not people, and the post after them', () => {
    expect(names('Fans gathered at Kingsmead Oval, on Tramore Prom, at Obafemi Circle and outside the Riverside Courts.')).toEqual([]);
    expect(roleOf('Gus Fenn', 'Gus Fenn, Kingsmead Oval\'s head groundsman, said the pitch would hold.')).toBe("Kingsmead Oval's head groundsman");
    expect(names('Traffic was stopped on Harbour Parade and on Fitzgerald Strand.', 'The singer Liv Strand was in town.')).toEqual(['Liv Strand']);
  });
});

describe('whose words', () => {
  it('does not count a speaker\'s family name inside someone else\'s name in the quote as the speaker naming himself', () => {
    expect(
      quotesOf(
        'Farm minister Colm Hegarty spoke of his own family.',
        '"My late grandfather, Tadhg Hegarty, cut turf on this bog for fifty years. I will not be the one who closes it," he said.',
      ),
    ).toEqual(['Colm Hegarty: My late grandfather, Tadhg Hegarty, cut turf on this bog for fifty years. I will not be the one who closes it']);
    // Named alone in his own quote, he is still someone spoken about.
    expect(quotesOf('Farm minister Colm Hegarty spoke on Monday.', '"I told Hegarty he was wrong about the bog," he said.')).toEqual([]);
  });

  it('reads a post\'s initials as the post of the one person who holds it', () => {
    expect(quotesOf('The plan was launched by Prime Minister Ruth Ngata. The opposition leader, Hone Parata, was absent.', '"Every family will see the difference by winter," the PM said.')).toEqual([
      'Ruth Ngata: Every family will see the difference by winter',
    ]);
    expect(quotesOf('The results were released by Health Cabinet Secretary Joseph Mutai.', '"No hospital will be left without oxygen," the CS said.')).toEqual(['Joseph Mutai: No hospital will be left without oxygen']);
  });

  it('reads a reveal with a word of manner before its noun', () => {
    expect(quotesOf('Sea ice has thinned again.', '"We are out of time. The next five years decide it." That was the stark warning of Dr Ingrid Solberg, who leads the polar programme.')).toEqual([
      'Ingrid Solberg: We are out of time. The next five years decide it.',
    ]);
  });
});

describe('rounds fifty-five and fifty-six', () => {
  it('reads a team named by a plural before a title and a name as the team, and gives the quote to the person', () => {
    const story = [
      'The club lost its savings to its treasurer, a court heard.',
      '"We will never see that money again, and we have made our peace with it." Outside court, Millbrook Eagles secretary Jill Amos said the members were relieved.',
    ];
    expect(names(...story)).toEqual(['Jill Amos']);
    expect(quotesOf(...story)).toEqual(['Jill Amos: We will never see that money again, and we have made our peace with it.']);
    expect(roleOf('Jill Amos', ...story)).toBe('Millbrook Eagles secretary');
    // A family name that ends in "s" before a title is still a person's ("Brooks adviser").
    expect(names('Brooks adviser Tom Hill was there.', 'Jack Williams spoke later.')).toEqual(expect.arrayContaining(['Tom Hill', 'Jack Williams']));
  });

  it('reads the title before "the late" and a name', () => {
    expect(roleOf('Moses Kagame', 'The first shop was opened by the firm\'s founder, the late Moses Kagame, in 1971.')).toBe("firm's founder");
  });

  it('reads a nickname given after a family name and its comma as that person, and the nickname alone later as them', () => {
    const story = [
      'Two cafes on the same street are at war over a sauce.',
      'Colin Mabbott, 58, has run the Grill on Borough Road for thirty years.',
      'Mabbott, known as Mabs to the regulars, was still angry on Thursday.',
      'Mabs said: "I want an apology, nothing more. Everyone knows whose sauce it is."',
    ];
    expect(names(...story)).toEqual(['Colin Mabbott']);
    expect(quotesOf(...story)).toEqual(['Colin Mabbott: I want an apology, nothing more. Everyone knows whose sauce it is.']);
    // A body's short name after "known as" is no nickname of a person.
    expect(names('The Federal Financial Supervisory Authority, known as BaFin, fined the bank.', 'Its president, Marc Auer, said the case was closed.')).toEqual(['Marc Auer']);
  });
});

describe('rounds fifty-seven and fifty-eight', () => {
  it('reads a family name given an age in passing as a person, and the fuller name that ends on it', () => {
    const story = [
      'For 38 years, every leak on the old town hall has passed through the hands of Jaagup Rebassoo.',
      'Rebassoo, 70, joined the heritage department as a junior architect in 1989.',
      'Colleagues call him the roof doctor, and few have seen him use the lift.',
    ];
    expect(names(...story)).toEqual(['Jaagup Rebassoo']);
    // A nickname given an age, with no fuller name ending on it, is not made a person by the age alone.
    expect(names('Gary Lumsden bakes stotties in Heaton.', 'Lummy, 47, opened the bakery two years ago.')).toEqual(['Gary Lumsden']);
  });

  it('reads an appositive that opens on a name in the possessive as the post', () => {
    expect(roleOf('Tunde Bakare', '"We will ask for a rematch," said Tunde Bakare, Okafor\'s manager.', 'Okafor, 30, lost on points.')).toBe("Okafor's manager");
  });

  it('reads a barangay captain\'s title and the places of Philippine and Polish towns', () => {
    expect(roleOf('Nestor Dalagan', 'Kapitan Nestor Dalagan said the water had reached the chapel.')).toBe('Kapitan');
    expect(names('Families in Talomo Proper and Księże Małe fled, Télévision Togolaise reported, as Ana Cruz watched.')).toEqual(['Ana Cruz']);
  });
});
