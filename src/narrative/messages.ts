/**
 * The narrative's one way to write a sentence: a key of the message catalogue
 * (src/i18n/messages/) with named parameters, in the page's language. The
 * narrative code never concatenates words of its own.
 */
import { catalogues, joinList, t, type Locale, type MessageKey, type MessageParams } from '../i18n/index.ts';

/**
 * The catalogue's sentence for `key` in `locale` (English by default).
 * @example say('answer.score', { name: 'Signal', score: 8.7, label: 'Excellent' }) // "Signal scores 8.7/10 (Excellent) on our rubric."
 */
export function say(key: MessageKey, params: MessageParams = {}, locale: Locale = 'en'): string {
  return t(locale, key, params);
}

/** Whether the catalogue has `key` (for keys built from taxonomy ids, such as `gap.sms-fallback`). */
export function hasMessage(key: string): key is MessageKey {
  return key in catalogues.en;
}

/** A list joined as the locale joins it ("a, b and c", "a, b und c", "a, b et c"). */
export function listOf(words: readonly string[], locale: Locale = 'en'): string {
  return joinList(locale, words);
}

/** Adjectives and articles that open some German labels ("Genauer Standort"): written small inside a sentence, unlike nouns. */
const GERMAN_LEADING_WORDS = new Set(['Andere', 'Genauer', 'Ungefährer', 'Sensible', 'Die', 'Selbstlöschende', 'Unerwünschte', 'Privater']);

/**
 * A label as it reads inside a sentence. English and French lower the first
 * letter unless the first word is an acronym; German keeps it, since its nouns
 * are capitalised (only an opening adjective or article is lowered).
 * @example inSentenceFor('en', 'Device ID') // "device ID"; inSentenceFor('de', 'Geräte-ID') // "Geräte-ID"
 */
export function inSentenceFor(locale: Locale, label: string): string {
  if (locale === 'de') {
    const first = label.split(/\s/)[0] ?? '';
    return GERMAN_LEADING_WORDS.has(first) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  }
  const first = label.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
