/**
 * Kinds of role miss found on the trap articles (corpora/traps, development data; issue #15,
 * fifteenth session), tested on other invented sentences: a post held "as" something in a relative
 * clause or after a length of time, "promoted from … to …", a person's post after "his" or "her"
 * in an appositive, a title of an organisation whose name holds "and", a role in brackets after
 * whose it is, occupations the lexicon lacks (data/role-nouns.json), a title with a relative clause
 * before the name, a plural title as the subject of a list of names, and "Sri Lanka" read as a
 * place, not as an honorific and a name.
 */
import { describe, expect, it } from 'vitest';
import { names, roleOf } from './helpers/people.ts';

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
    expect(roleOf('Carys Bevan', 'Carys Bevan, 49, is the hospital’s senior surgeon and trained in Cardiff.')).toBe('hospital’s senior surgeon');
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
