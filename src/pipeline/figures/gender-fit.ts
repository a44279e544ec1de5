/**
 * Which of several namesakes a gender fits — a courtesy title's ("Mrs Cook" of Stephen and Ayesha
 * Cook) or a pronoun's ("Wieczorek said he …"). One reading for the two places that tell namesakes
 * apart by gender: the grouping of mentions (coreference.ts, where only a given name's gender is
 * known yet) and the settling of the mentions left ambiguous (index.ts, where a person's gender
 * may also come from titles, relations and pronouns).
 */

/** Of `namesakes`, those known to be of gender `g` (`same`) and those not known to be of the other (`open`). */
export function byGender<C>(namesakes: readonly C[], g: 'm' | 'f' | undefined, genderOf: (c: C) => 'm' | 'f' | undefined): { same: C[]; open: C[] } {
  const same: C[] = [];
  const open: C[] = [];
  for (const c of namesakes) {
    const known = genderOf(c);
    if (known === g && known !== undefined) same.push(c);
    if (!known || known === g) open.push(c);
  }
  return { same, open };
}
