/** Dates as readers expect them: "14 October 2021". Dates are plain YYYY-MM-DD, shown in UTC. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A month as a heading: "October 2021". */
export function formatMonth(iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A date for feeds and meta tags: midnight UTC of the given day, as a Date. */
export function toDate(iso: string | undefined): Date | undefined {
  return iso ? new Date(`${iso}T00:00:00Z`) : undefined;
}
