/**
 * Dates to ISO 8601 in the publisher's time zone.
 *
 * A date with an offset ("2026-03-04T09:30:00+01:00", "Wed, 04 Mar 2026 08:30:00 GMT") is an
 * instant: it is written in the publisher's zone when one is configured, else with the offset the
 * publisher gave. A date without an offset is the publisher's local time: it gets the configured
 * zone's offset, or stays without one. A date alone ("2026-03-04") stays a date.
 */

/** An ISO 8601 date or date-time, or undefined when the text is not a date this reads. */
export function normaliseDate(raw: string | undefined, timeZone?: string): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return validDate(+dateOnly[1], +dateOnly[2], +dateOnly[3]) ? text : undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s = '00', zone] = iso;
    if (!validDate(+y, +mo, +d) || +h > 23 || +mi > 59) return undefined;
    const local = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
    if (!zone) return timeZone ? `${local}${offsetAt(Date.parse(`${local}Z`), timeZone, true)}` : local;
    const offsetMin = zoneMinutes(zone);
    return inZone(Date.parse(`${local}Z`) - offsetMin * 60_000, timeZone, offsetMin);
  }
  // RFC 822/2822 (RSS pubDate) and other forms Date.parse knows: only with an explicit zone,
  // since without one Date.parse would use the machine's zone, not the publisher's.
  const rfc = /([+-]\d{4}|\b(?:GMT|UT|UTC|Z)\b|\b[ECMP][SD]T\b)\s*$/.exec(text);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  if (rfc) return inZone(ms, timeZone, /^[+-]/.test(rfc[1]) ? zoneMinutes(rfc[1]) : namedZoneMinutes(rfc[1]));
  // A date with a month name and no time ("4 March 2026") is a calendar date.
  if (!/\d:\d/.test(text)) {
    const d = new Date(`${text} 12:00Z`);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  return undefined;
}

const NAMED: Record<string, number> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

function namedZoneMinutes(name: string): number {
  return NAMED[name.toUpperCase()] ?? 0;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function zoneMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
}

/** An instant written as local time plus offset, in `timeZone` or at `fallbackOffset` minutes. */
function inZone(ms: number, timeZone: string | undefined, fallbackOffset: number): string {
  const offset = timeZone ? offsetMinutes(ms, timeZone) : fallbackOffset;
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

/** The offset of `timeZone` at an instant (or, with `wallClock`, at that local time), as +hh:mm. */
function offsetAt(ms: number, timeZone: string, wallClock: boolean): string {
  let offset = offsetMinutes(ms, timeZone);
  // For a wall-clock time the instant is ms - offset; one correction settles it outside the
  // hour a clock change skips or repeats.
  if (wallClock) offset = offsetMinutes(ms - offset * 60_000, timeZone);
  return formatOffset(offset);
}

/** Minutes east of UTC of an IANA zone at an instant. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0)) : 0;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** True when an IANA time-zone name is known to this runtime. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
