/**
 * Writing a catalogue message: ICU MessageFormat through intl-messageformat,
 * with plural rules and number formats from Intl for the locale ("8,5/10" in
 * German and French, "8.5/10" in English).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues, type MessageKey } from './catalogues.ts';
import type { Locale } from './locales.ts';

export type MessageParams = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    const source = catalogues[locale][key];
    f = new IntlMessageFormat(locale === 'fr' ? markElision(source) : source, locale, undefined, { ignoreTag: true });
    compiled.set(id, f);
  }
  return f;
}

/**
 * French elision before a parameter: "de {name}" is written "d’iMessage",
 * "d’Apple", "d’Uber" but "de Signal", "de Yahoo", "de happn" (no elision
 * before a consonant, a y or an h, which brand names keep aspirated). A
 * catalogue cannot know the name in advance, so the French source marks each
 * "de"/"que" that stands before a placeholder, and `elide` decides once the
 * name is filled in.
 */
const MARK = '\uE000';
const ELIDABLE_BEFORE_PARAM = /(^|[^\p{L}’'])(de|De|que|Que) (?=\{)/gu;

function markElision(source: string): string {
  return source.replace(ELIDABLE_BEFORE_PARAM, `$1$2${MARK}`);
}

/** Whether a French "de"/"que" elides before `word` (a name filled into a sentence). */
export function elidesBefore(word: string): boolean {
  if (/^one/i.test(word)) return false; // OneDrive, OneNote: said with a /w/
  return /^[aeiouàâäéèêëîïôöûùüœæ]/iu.test(word);
}

function elide(text: string): string {
  return text.replace(/(de|De|que|Que)\uE000(\S*)/gu, (_m, word: string, next: string) =>
    elidesBefore(next) ? `${word.slice(0, -1)}’${next}` : `${word} ${next}`,
  );
}

/**
 * The catalogue's sentence for `key` in `locale` with its parameters filled in.
 * A missing parameter is a programmer error and throws.
 * @example t('de', 'answer.score', { name: 'Signal', score: 8.5, label: 'Ausgezeichnet' }) // "Signal erreicht 8,5/10 …"
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const out = formatter(locale, key).format(params);
  if (typeof out !== 'string') throw new Error(`message "${key}" did not format to text`);
  return locale === 'fr' ? elide(out) : out;
}

/** A number as the locale writes it: 8.5 → "8,5" in German and French. */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/**
 * A date (YYYY-MM-DD) as readers of the locale write it. English keeps the
 * ISO form the English pages have always shown; German and French spell it out
 * ("1. Mai 2024", "1er mai 2024"). Anything that is not a full date is returned as is.
 */
export function formatDate(locale: Locale, iso: string): string {
  if (locale === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text; // "1er décembre 2026"
}

/**
 * A list the way the locale joins it. English keeps "a, b and c" (no serial
 * comma, as the pages always had); German and French use Intl ("a, b und c", "a, b et c").
 */
export function joinList(locale: Locale, words: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (words.length <= 1) return words[0] ?? '';
  if (locale === 'en') return `${words.slice(0, -1).join(', ')} ${type === 'conjunction' ? 'and' : 'or'} ${words[words.length - 1]}`;
  return new Intl.ListFormat(locale, { type, style: 'long' }).format(words);
}
