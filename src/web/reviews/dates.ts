/** Dates of the data on a review page, in the page's language. */
import { dateTimeFormat, type Locale } from '../../i18n/index.ts';

/**
 * A date of the data (YYYY, YYYY-MM or YYYY-MM-DD) as the page's language
 * writes it. English keeps the ISO form its pages have always shown; German
 * and French spell the month out ("September 2024", "1. Dezember 2026",
 * "septembre 2024"). Anything else is returned as it is.
 * @example dataDate('2024-09', 'de') // "September 2024"; dataDate('2024-09', 'en') // "2024-09"
 */
export function dataDate(iso: string, locale: Locale): string {
  if (locale === 'en') return iso;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y ?? iso;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  const text = dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  // French writes the first of the month as an ordinal: "1er décembre 2026"
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
