import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateSpan, formatDate, formatMonth } from '../src/lib/dates.ts';

/** Dates as the site shows them (src/lib/dates.ts); the dates briefings carry are in dates.test.ts. */
describe('dates as readers of the locale expect them', () => {
  it('writes a calendar day and a month in the locale given', () => {
    expect(formatDate('2021-10-14', 'en-GB')).toBe('14 October 2021');
    expect(formatDate('2021-10-14', 'en-US')).toBe('October 14, 2021');
    expect(formatDate('2021-10-14', 'de-DE')).toBe('14. Oktober 2021');
    expect(formatMonth('2021-10-14', 'en-GB')).toBe('October 2021');
    expect(formatMonth('2021-10', 'fr-FR')).toBe('octobre 2021');
    expect(formatDate(undefined)).toBe('');
  });

  it('spans a run of briefings without a dangling "to" when a date is missing or the same', () => {
    expect(dateSpan('2026-05-03', '2026-05-09', 'en-GB')).toBe('3 May 2026 to 9 May 2026');
    expect(dateSpan('2026-05-03', '2026-05-03', 'en-GB')).toBe('3 May 2026');
    expect(dateSpan(undefined, '2026-05-09', 'en-GB')).toBe('9 May 2026');
    expect(dateSpan(undefined, undefined, 'en-GB')).toBe('');
  });

  it('gives the same day in any time zone of the build machine: a date is a calendar day', () => {
    // 1 January at midnight UTC is still 31 December west of Greenwich; the day must not move.
    expect(formatDate('2022-01-01', 'en-GB')).toBe('1 January 2022');
    expect(formatMonth('2022-01-01', 'en-GB')).toBe('January 2022');
  });

  it('agrees with the platform for any day, locale after locale (formatters are kept between calls)', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('en-GB', 'en-US', 'de-DE', 'ja-JP'), (iso, locale) => {
        const d = new Date(`${iso}T00:00:00Z`);
        expect(formatDate(iso, locale)).toBe(d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
        expect(formatMonth(iso, locale)).toBe(d.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
      }),
      { numRuns: 300 },
    );
  });
});
