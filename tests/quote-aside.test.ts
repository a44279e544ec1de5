/**
 * aside-before-verb (src/pipeline/figures/attribution.ts): a name inside a relative clause or
 * brackets between a speaker and the speech verb is not the speaker. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../src/pipeline/figures/index.ts';
import { toArticle } from '../src/pipeline/article.ts';

function speakers(...paragraphs: string[]) {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  const { figures } = findPeople(toArticle({ file: 't.txt', title: 'Test', meta: {}, blocks }));
  return Object.fromEntries(figures.flatMap((f) => f.quotes.map((q) => [q.split(' ').slice(0, 3).join(' '), f.name])));
}

describe('aside-before-verb', () => {
  it('looks past a relative clause that names someone else', () => {
    expect(
      speakers(
        'Baker Tobias Lindqvist, who opened the shop with his sister Marta Lindqvist in 2019, said the ruling would cost them "most of the summer trade and two of the jobs".',
      ),
    ).toEqual({ 'most of the': 'Tobias Lindqvist' });
  });

  it('looks past brackets that name someone else', () => {
    expect(
      speakers('Councillor Priya Raman (who chairs the committee with Owen Hale) said she had "no choice but to refuse it this time".'),
    ).toEqual({ 'no choice but': 'Priya Raman' });
  });

  it('still takes the nearest name when the aside is not between the speaker and the verb', () => {
    expect(
      speakers('Marta Lindqvist, the baker, said the ruling would cost them "most of the summer trade and two of the jobs".'),
    ).toEqual({ 'most of the': 'Marta Lindqvist' });
  });
});
