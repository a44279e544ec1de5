/** Which namesakes a courtesy title's or a pronoun's gender fits (src/pipeline/figures/gender-fit.ts). */
import { describe, expect, it } from 'vitest';
import { byGender } from '../src/pipeline/figures/gender-fit.ts';

const people = [
  { name: 'Stephen Cook', gender: 'm' as const },
  { name: 'Ayesha Cook', gender: 'f' as const },
  { name: 'Sandy Cook', gender: undefined },
];
const genderOf = (p: (typeof people)[number]) => p.gender;

describe('byGender', () => {
  it('keeps those known to be of the gender, and those not known to be of the other', () => {
    const { same, open } = byGender(people, 'f', genderOf);
    expect(same.map((p) => p.name)).toEqual(['Ayesha Cook']);
    expect(open.map((p) => p.name)).toEqual(['Ayesha Cook', 'Sandy Cook']);
  });

  it('finds no one of a gender no namesake is known to have, and leaves only the unknown open', () => {
    const { same, open } = byGender([people[0]!, people[2]!], 'f', genderOf);
    expect(same).toEqual([]);
    expect(open.map((p) => p.name)).toEqual(['Sandy Cook']);
  });

  it('with no gender to go by, keeps no one as of it and only the unknown as open', () => {
    const { same, open } = byGender(people, undefined, genderOf);
    expect(same).toEqual([]);
    expect(open.map((p) => p.name)).toEqual(['Sandy Cook']);
  });
});
