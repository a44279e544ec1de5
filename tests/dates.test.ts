/**
 * Dates: a plain-text article may carry its date (a `Date:` line, a date line, or a date in its
 * dateline), impossible dates are not taken, and an undated article records the day it was first
 * briefed, kept through later runs, so the site can place it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDateLine, parseDateline } from '../src/pipeline/clean.ts';
import { runBrief } from '../src/pipeline/brief.ts';
import { parseMarkdown } from '../src/pipeline/frontmatter.ts';
import { placedOn, todayIn } from '../src/lib/dates.ts';

const BODY = 'The town council of Eastbrook voted on Tuesday to rebuild the old bridge over the river.\n\nThe work is expected to take two years, the council said.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dates-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Brief one plain-text article; its briefing's frontmatter and body. */
function brief(name: string, text: string, today = '2030-01-02', force: string[] = []) {
  const seeds = join(dir, name, 'seeds');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, 'article.txt'), text);
  const report = runBrief({ inDir: seeds, outDir: join(dir, name, 'content'), today, force });
  const outcome = report.outcomes[0];
  if (!('slug' in outcome) || !outcome.slug) throw new Error(`not briefed: ${JSON.stringify(outcome)}`);
  const slug = outcome.slug;
  return parseMarkdown(readFileSync(join(dir, name, 'content/briefings', `${slug}.md`), 'utf8'));
}

describe('dates in plain-text articles', () => {
  it('reads a Date: line and the usual ways of writing a date', () => {
    expect(parseDateLine('Date: 2021-10-14')).toBe('2021-10-14');
    expect(parseDateLine('date: 14 October 2021')).toBe('2021-10-14');
    expect(parseDateLine('Published: Oct. 14, 2021')).toBe('2021-10-14');
    expect(parseDateLine('Friday, July 21, 2017')).toBe('2017-07-21');
    expect(parseDateLine('Tuesday 5 March 2024')).toBe('2024-03-05');
    expect(parseDateLine('Date: 2024-13-45')).toBeUndefined();
    expect(parseDateLine('Date: 30 February 2024')).toBeUndefined();
    expect(parseDateLine('July 21 2017 was a hot day')).toBeUndefined();
  });

  it('reads a date in a dateline, and only with its year', () => {
    expect(parseDateline('LONDON, 14 October 2021 (AA) – The council met.')).toEqual({
      dateline: { place: 'London', agency: 'AA' },
      date: '2021-10-14',
      rest: 'The council met.',
    });
    expect(parseDateline('NEW YORK, Oct. 14, 2021 (Reuters) - The council met.').date).toBe('2021-10-14');
    expect(parseDateline('MOSCOW (AA) – The council met.')).toEqual({ dateline: { place: 'Moscow', agency: 'AA' }, rest: 'The council met.' });
    expect(parseDateline('PARIS, Oct 14 (Reuters) - The council met.').date).toBeUndefined();
  });

  it('gives a briefing the date of its Date: line, and leaves the line out of the text', () => {
    const b = brief('date-line', `Eastbrook votes to rebuild bridge\n\nDate: 2021-10-14\n\n${BODY}\n`);
    expect(b.data.date).toBe('2021-10-14');
    expect(b.data.firstBriefed).toBeUndefined();
    expect(b.body).not.toContain('Date:');
  });

  it('gives a briefing the date of its dateline', () => {
    const b = brief('dateline', `Eastbrook votes to rebuild bridge\n\nEASTBROOK, 14 October 2021 (AA) – ${BODY}\n`);
    expect(b.data.date).toBe('2021-10-14');
    expect(b.data.dateline).toEqual({ place: 'Eastbrook', agency: 'AA' });
  });

  it('records the day an undated article was first briefed, and keeps it when the briefing is regenerated', () => {
    const first = brief('undated', `Eastbrook votes to rebuild bridge\n\n${BODY}\n`, '2030-01-02');
    expect(first.data.date).toBeUndefined();
    expect(first.data.firstBriefed).toBe('2030-01-02');
    const again = brief('undated', `Eastbrook votes to rebuild bridge\n\n${BODY}\n`, '2030-02-03', ['article.txt']);
    expect(again.data.firstBriefed).toBe('2030-01-02');
  });
});

describe('dates on the site', () => {
  it('takes today in the newsroom\'s time zone', () => {
    const evening = new Date('2024-03-01T20:00:00Z');
    expect(todayIn('UTC', evening)).toBe('2024-03-01');
    expect(todayIn('Pacific/Kiritimati', evening)).toBe('2024-03-02');
    expect(todayIn('America/Los_Angeles', new Date('2024-03-01T05:00:00Z'))).toBe('2024-02-29');
  });

  it('places a briefing by its date, else by the day it was first briefed', () => {
    expect(placedOn({ date: '2021-10-14', firstBriefed: '2030-01-02' })).toBe('2021-10-14');
    expect(placedOn({ firstBriefed: '2030-01-02' })).toBe('2030-01-02');
    expect(placedOn({})).toBeUndefined();
  });
});
