import { describe, expect, it } from 'vitest';
import { cleanBlocks, parseDateline, parseDateLine, isBoilerplate } from '../src/pipeline/clean.ts';

describe('cleaning', () => {
  it('parses a wire dateline and removes it from the text', () => {
    expect(parseDateline('MOSCOW (AA) – Russia and the US are talking.')).toEqual({
      dateline: { place: 'Moscow', agency: 'AA' },
      rest: 'Russia and the US are talking.',
    });
    expect(parseDateline('NEW YORK — Stocks fell.').dateline).toEqual({ place: 'New York' });
    expect(parseDateline('US officials said – nothing.').dateline).toBeUndefined();
  });

  it('reads a date line such as Wikinews prints', () => {
    expect(parseDateLine('Friday, July 21, 2017')).toBe('2017-07-21');
    expect(parseDateLine('The talks on July 21, 2017 went well.')).toBeUndefined();
  });

  it('drops site boilerplate but not news that mentions cookies', () => {
    expect(isBoilerplate("This website uses cookies to improve your experience. We'll assume you're ok with this. Accept")).toBe(true);
    expect(isBoilerplate('Regulators said the bakery sold cookies with undeclared nuts.')).toBe(false);
    const c = cleanBlocks([
      { kind: 'paragraph', text: 'Monday, March 3, 2014' },
      { kind: 'paragraph', text: 'PARIS (AFP) – A story.' },
      { kind: 'paragraph', text: 'This website uses cookies. Accept' },
    ]);
    expect(c).toEqual({
      blocks: [{ kind: 'paragraph', text: 'A story.' }],
      date: '2014-03-03',
      dateline: { place: 'Paris', agency: 'AFP' },
      removed: 1,
    });
  });
});
