import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/pipeline/article.ts';
import { extractFigures } from '../src/pipeline/figures/index.ts';
import { organisationContext } from '../src/pipeline/figures/person-model.ts';
import { tokenize } from '../src/pipeline/figures/tokens.ts';

/** The tokens of `text` and the span of the first occurrence of `name` in them. */
function spanOf(text: string, name: string): [ReturnType<typeof tokenize>, number, number] {
  const ts = tokenize(text);
  const start = text.indexOf(name);
  const first = ts.findIndex((t) => t.start === start);
  const last = ts.findIndex((t) => t.end >= start + name.length);
  return [ts, first, last];
}
const orgLike = (text: string, name: string) => organisationContext(...spanOf(text, name));

const names = (...paragraphs: string[]) =>
  extractFigures(toArticle({ file: 't.txt', title: 'Test', meta: {}, blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) }))
    .map((f) => f.name)
    .sort();

describe('a name read as an organisation by its context', () => {
  it('sees a kind of organisation before or after the name', () => {
    expect(orgLike('The work goes to contractor Brackenfield Civils at a cost of £2m.', 'Brackenfield Civils')).toBe(true);
    expect(orgLike('She trained at the accountancy firm Denby Crane in Leeds.', 'Denby Crane')).toBe(true);
    expect(orgLike('The peloton, led by the Vosberg-Lind team, crossed the line.', 'Vosberg-Lind')).toBe(true);
  });

  it('sees what organisations own after a possessive, or before "of"', () => {
    expect(orgLike("Only four of Kestrel Air's 19 aircraft flew on Thursday.", 'Kestrel Air')).toBe(true);
    expect(orgLike("Brackenfield Civils's chief executive, Tom Reed, said the work was on time.", 'Brackenfield Civils')).toBe(true);
    expect(orgLike('The chief executive of Kestrel Air resigned on Thursday.', 'Kestrel Air')).toBe(true);
  });

  it('leaves a person with shares, a spokesman or a capitalised word before the name alone', () => {
    expect(orgLike("Dale Ortiz's shares in the firm rose.", 'Dale Ortiz')).toBe(false);
    expect(orgLike("A spokesman for Dale Ortiz said he was resting.", 'Dale Ortiz')).toBe(false);
    expect(orgLike("Lisa Crane's team won the quiz.", 'Lisa Crane')).toBe(false);
    expect(orgLike('The son of Dale Ortiz was in court.', 'Dale Ortiz')).toBe(false);
  });

  // A company that also "says" things ("Brackenfield Civils said …") can still be taken for a person:
  // the share of its mentions that read as an organisation's is one weighed feature, not a veto.
  it('keeps a company named only as one out of the people, and the people who work there in', () => {
    expect(
      names(
        'The bridge will be repaired by contractor Brackenfield Civils at a cost of £3.2 million.',
        "Brackenfield Civils's project director, Alan Fenwick, said: \"Our team will be working around the clock.\"",
      ),
    ).toEqual(['Alan Fenwick']);
  });
});

describe('streets, waterfronts and venues', () => {
  it('takes no street, quay, theatre or taxi firm for a person, and keeps the people beside them', () => {
    expect(
      names(
        'The tour starts at Florence Place and ends at the Paramount Theatre on Harbour Row.',
        'A 1.4km wall will be built along Mill Quay, and G W Taxi will run a late shuttle.',
        'Guide Anna Kowal said the walk takes two hours.',
      ),
    ).toEqual(['Anna Kowal']);
  });
});
