const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

import { dateTimeFormat, type Locale } from '../../i18n/index.ts';

const intlDate = (locale: Locale, iso: string, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** "January 2026" from an ISO date or timestamp ("Januar 2026", "janvier 2026" in German and French). */
export function monthYear(iso: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return intlDate(locale, iso, { month: 'long', year: 'numeric' });
  const [y, m] = iso.split('-');
  return `${months[Number(m) - 1] ?? ''} ${y}`.trim();
}

/** "28 November 2026" from an ISO date or timestamp ("28. November 2026", "28 novembre 2026"). */
export function longDate(iso: string, locale: Locale = 'en'): string {
  if (locale === 'fr') return intlDate(locale, iso, { day: 'numeric', month: 'long', year: 'numeric' }).replace(/^1 /, '1er '); // "1er décembre 2026"
  if (locale !== 'en') return intlDate(locale, iso, { day: 'numeric', month: 'long', year: 'numeric' });
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${months[Number(m) - 1] ?? ''} ${y}`;
}
