/** Dates as readers expect them: "14 October 2021". Dates are plain YYYY-MM-DD, shown in UTC. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
