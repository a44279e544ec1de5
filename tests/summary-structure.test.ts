/**
 * List articles and round-ups are summarised by their introduction, not by one item;
 * a time told from the day of writing never opens a summary; a sentence announcing a list is never
 * a summary or a key point on its own. Articles invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { toArticle, type Article } from '../src/pipeline/article.ts';
import type { Block } from '../src/pipeline/parse-source.ts';
import { summarize } from '../src/pipeline/summary/index.ts';
import { introductionEnd } from '../src/pipeline/summary/structure.ts';
import { hasDanglingOpener } from '../src/pipeline/summary/dangling.ts';
import { openingTrim } from '../src/pipeline/summary/trimming.ts';

function article(title: string, blocks: (string | { heading: string })[]): Article {
  const bs: Block[] = blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph', text: b } : { kind: 'heading', text: b.heading }));
  return toArticle({ file: 'test.txt', title, meta: {}, blocks: bs });
}

const ROUND_UP = article('Weekend round-up: Eastwick mayor Rhea Banerjee sworn in', [
  'The weekend across the county brought a reopened bridge, a record crowd at the fair and a new face at the town hall.',
  { heading: 'Bridge reopens' },
  'The Mill Lane bridge reopened to traffic on Saturday after eight months of repairs to its deck and railings.',
  { heading: 'Fair sets record' },
  'The county fair drew 42,000 visitors over three days, the most in its 120-year history, organisers said on Sunday.',
  { heading: 'New mayor sworn in' },
  'Councillor Rhea Banerjee was sworn in as mayor of Eastwick on Sunday evening, the youngest person to hold the office in Eastwick.',
  'Banerjee, 29, said her first job as mayor of Eastwick would be to fix the roads.',
]);

describe('series articles', () => {
  it('finds where the items of a round-up or a list begin', () => {
    expect(introductionEnd(ROUND_UP)).toBe(1);
    const list = article('Five ways the city plans to cut traffic', [
      'The city council published a plan on Monday to cut car traffic in the centre by a third within five years.',
      '1. Bus lanes will be added on the four main roads into the centre.',
      '2. Parking charges will rise by a fifth in the central zone.',
      '3. A new tram line will link the station to the hospital.',
    ]);
    expect(introductionEnd(list)).toBe(1);
    const story = article('Council approves budget', ['The council approved its budget on Monday.', 'It raises taxes by two percent.', 'Opposition members voted against it.']);
    expect(introductionEnd(story)).toBeUndefined();
  });

  it('summarises a round-up by its introduction, not by its last item', () => {
    const { summary } = summarize(ROUND_UP);
    expect(summary).toBe(ROUND_UP.paragraphs[0]);
  });

});

describe('openers told from the day of writing', () => {
  it('never open a summary, and may be cut off', () => {
    expect(hasDanglingOpener('Yesterday, the council voted to close the bridge.')).toBe(true);
    expect(hasDanglingOpener('Its round shape makes it easy to roll.')).toBe(true);
    expect(openingTrim('Yesterday, day five of the Cup, Sweden defeated South Korea one goal to nil in Nizhny Novgorod.')).toBe(
      'Day five of the Cup, Sweden defeated South Korea one goal to nil in Nizhny Novgorod.',
    );
    const a = article('Council closes bridge for repairs', [
      'Yesterday, the county council voted to close the Mill Lane bridge for six months of repairs to its deck.',
      'Engineers found cracks in the deck during an inspection in March.',
      'Drivers will be sent along a ten-mile detour through Westford.',
    ]);
    expect(summarize(a).summary.startsWith('Yesterday')).toBe(false);
  });
});

describe('sentences that announce a list', () => {
  it('are no summary and no key point on their own', () => {
    const a = article('Minister sets conditions for school reopening', [
      'The education minister said on Monday that two things would decide whether schools in the region reopen in September.',
      'The ministry is also hiring 300 extra teachers for the coming year, the minister told the regional parliament.',
      'Unions said the extra teachers would not be enough to cover the staff who are off sick.',
      'Parents in the region have been asked to fill in a survey about home schooling by the end of the month.',
    ]);
    const { summary, keyPoints } = summarize(a);
    expect(summary).not.toMatch(/^The education minister said on Monday that two things would decide[^.]*\.$/);
    expect(keyPoints.map((k) => k.text)).not.toContain(a.sentences[0]!.text);
  });
});
