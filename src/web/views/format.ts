const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "January 2026" from an ISO date or timestamp. */
export function monthYear(iso: string): string {
  const [y, m] = iso.split('-');
  return `${months[Number(m) - 1] ?? ''} ${y}`.trim();
}

/** "28 November 2026" from an ISO date or timestamp. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${months[Number(m) - 1] ?? ''} ${y}`;
}
