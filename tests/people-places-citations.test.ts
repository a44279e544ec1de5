/**
 * Rules against places taken for people (the places gazetteer, foreign place-name words) and the
 * citation rules that read cited authors in academic prose; each rule is named on the mention so
 * `npm run explain` can show it.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf, peopleIn, names } from './helpers/people.ts';
import { citedNames } from '../src/pipeline/figures/citations.ts';
import { tokenize } from '../src/pipeline/figures/tokens.ts';

/** Each cited name's first word with the rule that read it. */
const cited = (text: string) => {
  const ts = tokenize(text);
  return Object.fromEntries([...citedNames(ts)].map(([i, rule]) => [ts[i]!.text, rule]));
};

describe('places taken for people', () => {
  it('reads a whole name the gazetteer knows as the place, and names the rule', () => {
    const r = peopleOf('Buses run daily between Nizhny Novgorod and Juiz de Fora.', 'Nizhny Novgorod welcomed the runners.');
    expect(r.figures).toEqual([]);
    expect(r.ruledOut.map((m) => [m.words, m.rules])).toContainEqual(['Nizhny Novgorod', ['gazetteer-place']]);
    expect(r.ruledOut.map((m) => m.words)).toContain('Juiz de Fora');
  });

  it('keeps a person who bears a place’s name when a speech verb or a courtesy title says so', () => {
    expect(names('"The road is closed," Juiz de Fora said.')).toEqual(['Juiz de Fora']);
  });

  it('takes an adjective before a country for no title ("independent Greece")', () => {
    expect(names('The museum tells the story of independent Greece in twelve rooms.')).toEqual([]);
  });

  it('reads names built on a foreign place word or article as places', () => {
    const r = peopleOf('From Grande Terre the ferry sails to Terre de Haut, past Anse Bertrand and La Désirade, then to the Paseo de Montejo.');
    expect(r.figures).toEqual([]);
    const fired = r.candidates.flatMap((c) => c.mentions.flatMap((m) => m.rules)).concat(r.ruledOut.flatMap((m) => m.rules));
    expect(fired).toEqual(expect.arrayContaining(['foreign-place-word', 'foreign-article']));
  });

  it('keeps a person whose name holds such a word after a given name, or who speaks', () => {
    expect(names('The singer Ariana Grande opened the show.', 'Ariana Grande said she was delighted.')).toEqual(['Ariana Grande']);
    expect(names('"We will not give up," La Russa said at the rally.', 'La Russa left by car.')).toEqual(['La Russa']);
  });
});

describe('cited authors (the weaker rules)', () => {
  it('reads "Name (year)" followed by a reporting word, and a series of them', () => {
    const c = cited('Ortun (1991) noted the pattern, and Brasca (2004) on the sonnet agrees (Velloso, 2012). Among others Quimper (1964), Lavedra, (2000), Mourra (1983) describe it.');
    expect(c).toMatchObject({ Ortun: 'citation-reporting', Brasca: 'citation-reporting', Velloso: 'citation-list', Quimper: 'citation-series', Lavedra: 'citation-series', Mourra: 'citation-reporting' });
  });

  it('reads page references, brackets without a comma, et al. and colleagues', () => {
    const c = cited('It is the "gold standard" (Vasquo, Telm, & Ardono, 2011, p. 88), as others hold (Pellar 1982). Kettering and colleagues [15] and Osmund et al. found more.');
    expect(c).toMatchObject({ Vasquo: 'citation-page', Telm: 'citation-page', Ardono: 'citation-page', Pellar: 'citation-harvard', Kettering: 'citation-colleagues', Osmund: 'citation-et-al' });
  });

  it('takes no date, no film list and no everyday word for an author', () => {
    expect(cited('Their daughter was born (b. March 2009) in the spring.')).toEqual({});
    expect(cited('Her films include The Lookout (2007), Stoker (2013) and Belle (2013).')).toEqual({});
    expect(names('The review of this kind (Spring 2003) and Weather (2004) on lakes was short.')).toEqual([]);
  });

  it('makes people of the authors the weaker rules read', () => {
    expect(names('As Ortun (1991) noted, the line break carries meaning (Pellar 1982).')).toEqual(['Ortun', 'Pellar']);
  });
});

describe('interviews and reading lists', () => {
  /** An article with a headline and body paragraphs. */
  const withTitle = (title: string, ...paragraphs: string[]) =>
    peopleIn(paragraphs, title);

  it('takes the person an interview’s headline names for a person, though the body never names them', () => {
    const body = ['How did you first come to study glaciers?', 'I grew up near the ice and never left it. The work is slow but it is worth every season.'];
    const r = withTitle('Wikinews interviews Zarvena Tamsworth on the melting shelf', ...body);
    expect(r.figures.map((f) => f.name)).toEqual(['Zarvena Tamsworth']);
    expect(r.candidates[0]!.mentions[0]!.rules).toContain('interview-headline');
    // The same name in a headline that is no interview's stays a heading-only name.
    expect(withTitle('Zarvena Tamsworth and the melting shelf', ...body).figures).toEqual([]);
  });

  it('takes the one who gives a speech a heading names for a person, not the other names in it', () => {
    const body = ['Friends, we meet at the start of a long road.', 'The work ahead is hard, and we will do it together.'];
    expect(withTitle('Prime Minister Zarvena Tamsworth’s Inaugural Address', ...body).figures.map((f) => f.name)).toEqual(['Zarvena Tamsworth']);
    expect(withTitle('Zarvena Tamsworth Floor Speech', ...body).figures).toEqual([]);
  });

  it('reads a given name that is also an adjective before a family name ("Frank Messina")', () => {
    const r = withTitle('Frank Delvecchio: An interview with the poet of the ballpark', 'You have had a good deal of attention lately.', 'Yes, and I am grateful for it. The fans have been generous.');
    expect(r.figures.map((f) => f.name)).toEqual(['Frank Delvecchio']);
  });

  it('reads "Family, Given." at the start of a reading-list entry as a person, not "Thanks, Mark."', () => {
    const names = withTitle('Books', 'Here is my list of favourite books for the summer.', 'Austen, Jane. Pride and Prejudice, a novel of manners first printed in 1813.', 'Thanks, Mark. That is all for today, I think.', 'Macaulay, Thomas Babington. Lays of Ancient Rome, printed in 1842.').figures.map((f) => f.name);
    expect(names.sort()).toEqual(['Jane Austen', 'Thomas Babington Macaulay']);
  });
});

describe('people named by family name alone', () => {
  it('reads a word the lexicon knows only as a family name as a person when it acts or owns', () => {
    expect(names('The talks went on for a week.', 'In the end Gorbachev agreed to the plan, and Gorbachev’s aides wrote it up.')).toEqual(['Gorbachev']);
    const r = peopleOf('The talks went on for a week.', 'In the end Gorbachev agreed to the plan.');
    expect(r.candidates.find((c) => c.name === 'Gorbachev')!.mentions[0]!.rules).toContain('known-surname');
  });

  it('leaves a family name used as a modifier, and a company named like a person', () => {
    expect(names('It was the end of the Gorbachev era in the east.')).toEqual([]);
    expect(names('Dell reported higher sales, and Ford opened a plant.')).toEqual([]);
  });
});

describe('months as given names, and trades the lexicon lacked', () => {
  it('reads a month that is also a given name as the start of a name, not in a date', () => {
    const r = peopleOf('Her daughter, June Pellowe, 74, said the party had been a joy.', 'The June primary was held in the rain, and May Day came and went.');
    expect(r.figures.map((f) => f.name)).toEqual(['June Pellowe']);
  });

  it('reads a trade before the name as the role ("ranger", "publican")', () => {
    const r = peopleOf('Park ranger Sabine Holloway said the water was six feet deep.', 'The publican, Gerald Mott, said the village was proud.');
    expect(r.figures.find((f) => f.name === 'Sabine Holloway')?.role).toMatch(/^park ranger$/i);
    expect(r.figures.find((f) => f.name === 'Gerald Mott')?.role).toBe('publican');
  });
});

describe('the role a story’s opening sentence gives', () => {
  it('gives the lead’s "A delivery driver who…" to the person the next paragraph names', () => {
    const r = peopleOf('A delivery driver who was reading his phone when he hit a cyclist has been jailed for six years.', 'Dorian Kettleby, 39, of Eastmere, admitted causing death by dangerous driving.', 'Judge Ama Rennick said the cyclist had no chance.');
    expect(r.figures.find((f) => f.name === 'Dorian Kettleby')?.role).toBe('delivery driver');
    expect(r.roles.find((x) => x.name === 'Dorian Kettleby')?.source).toBe('lead');
  });

  it('gives it to nobody when the next paragraph opens on something else', () => {
    const r = peopleOf('A delivery driver who was reading his phone when he hit a cyclist has been jailed for six years.', 'The court heard that Dorian Kettleby, 39, had been warned before.');
    expect(r.figures.find((f) => f.name === 'Dorian Kettleby')?.role).toBe('');
  });

  it('reads "said the care worker" as the person whose role ends in that noun, and "the parish" as no one', () => {
    const r = peopleOf('Kezia Thorne, a 29-year-old care worker, grew up by the harbour.', '"I can’t afford to live here," the care worker said.', 'Gillian Parson, the parish treasurer, was jailed.', 'The vicar said the parish had "forgiven her, but the money is gone".');
    expect(r.figures.find((f) => f.name === 'Kezia Thorne')?.quotes).toEqual(['I can’t afford to live here']);
    expect(r.figures.find((f) => f.name === 'Gillian Parson')?.quotes).toEqual([]);
  });
});

describe('a noun as the speech verb’s subject', () => {
  it('gives "his mother said she was …" to the one introduced as his mother, not to the last woman named', () => {
    const r = peopleOf('His mother, Patience Obi, a retired headteacher, sat in the gallery. The chair of the bench, Mrs Elaine Rutherford, warned the gallery.', 'Outside court, his mother said she was "proud of him and terrified for him in equal measure".');
    expect(r.figures.find((f) => f.name === 'Patience Obi')?.quotes).toEqual(['proud of him and terrified for him in equal measure']);
    expect(r.figures.find((f) => f.name === 'Elaine Rutherford')?.quotes).toEqual([]);
  });

  it('gives "his aunt said she was …" to nobody when no one was introduced as his aunt', () => {
    const r = peopleOf('The chair of the bench, Mrs Elaine Rutherford, warned the gallery.', 'Outside court, his aunt said she was "proud of him and terrified for him in equal measure".');
    expect(r.figures.flatMap((f) => f.quotes)).toEqual([]);
    expect(r.unattributed.map((q) => q.why)).toEqual(['unnamed']);
  });

  it('still gives "the care worker said she …" to the care worker', () => {
    const r = peopleOf('Kezia Thorne, a 29-year-old care worker, grew up by the harbour. Mrs Ada Bell runs the café.', 'Later the care worker said she was "not going anywhere, whatever the rent".');
    expect(r.figures.find((f) => f.name === 'Kezia Thorne')?.quotes).toEqual(['not going anywhere, whatever the rent']);
  });
});

describe('churches, shows and teams', () => {
  it('takes no church, team or show for a person', () => {
    expect(names('The family were Roman Catholic, and Roman Catholic schools taught him.', 'She joined Tallow Sports in 2019 and later starred in Marrowby Abbey.')).toEqual([]);
  });
});

describe('streets and roads', () => {
  it('takes no street after a compass point, and no road number, for a person', () => {
    expect(names('Bus 13 runs along S Buckeye to the depot, then up NW Kellerman to I-44 West.')).toEqual([]);
  });

  it('keeps initials written without full stops', () => {
    expect(names('The novelist J K Rowling said the book was finished.')).toEqual(['J K Rowling']);
  });
});
