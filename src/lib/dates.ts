import { settings } from './site-settings.ts';

/**
 * Dates as readers of the site's locale expect them: "14 October 2021" in en-GB. Dates are
 * calendar days (YYYY-MM-DD), so they are formatted as such (in UTC), whatever the time zone.
 */
export function formatDate(iso: string | undefined, locale = settings.locale): string {
  if (!iso) return '';
  return formatter(locale, 'day').format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The dates a run of briefings covers, for a reader: "3 May 2026 to 9 May 2026", one date when
 * they are the same or only one is known, and '' when neither is (undated sources).
 */
export function dateSpan(first: string | undefined, last: string | undefined, locale = settings.locale): string {
  const [from, to] = [formatDate(first, locale), formatDate(last, locale)];
  if (!from || !to || from === to) return from || to;
  return `${from} to ${to}`;
}

/** A month as a heading: "October 2021". */
export function formatMonth(iso: string, locale = settings.locale): string {
  return formatter(locale, 'month').format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and form, kept: `toLocaleDateString` builds a new one on every call,
 * which was 0.8 s of CPU in a 1,000-briefing build (every list shows dates).
 */
function formatter(locale: string, form: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}\0${form}`;
  let f = formatters.get(key);
  if (!f) {
    const day = form === 'day' ? ({ day: 'numeric' } as const) : {};
    f = new Intl.DateTimeFormat(locale, { ...day, month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** Today's date (YYYY-MM-DD) in a time zone: the newsroom's day, not the build machine's. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Where a briefing stands in time: its source's date, else the day it was first briefed. */
export function placedOn(b: { date?: string; firstBriefed?: string }): string | undefined {
  return b.date ?? b.firstBriefed;
}

/** A date for feeds and meta tags: midnight UTC of the given day, as a Date. */
export function toDate(iso: string | undefined): Date | undefined {
  return iso ? new Date(`${iso}T00:00:00Z`) : undefined;
}
