/**
 * Words that come from the data (taxonomy labels, category nouns, the rubric's
 * level and label words, criterion texts), in German and French. English is
 * the data itself; a term missing here falls back to it, and the term check
 * (`missingTerms`, run by `privacydefend check`) names every one that is missing.
 *
 * Keys: `category.<id>.name|plural|singular|contentNoun`, `dataType.<id>`,
 * `purpose.<id>`, `party.<id>`, `exception.<id>`, `exception.<id>.description`,
 * `control.<id>`, `advice.<id>`, `dimension.<id>`, `criterion.<id>`,
 * `criterion.<id>.good|bad`, `level.<words>`, `label.<words>`, `tone.<id>`.
 */
import type { Locale } from './locales.ts';
import { de } from './terms/de.ts';
import { fr } from './terms/fr.ts';

export const terms: Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>> = { de, fr };

/**
 * The data word `english` (its term key `key`) in `locale`.
 * @example term('de', 'level.Low', 'Low') // "Niedrig"
 */
export function term(locale: Locale, key: string, english: string): string {
  if (locale === 'en') return english;
  return terms[locale][key] ?? english;
}

/** Which of `keys` (the terms a dataset needs) a language lacks. */
export function missingTerms(keys: Iterable<string>): { locale: Locale; key: string }[] {
  const out: { locale: Locale; key: string }[] = [];
  for (const locale of ['de', 'fr'] as const) for (const key of keys) if (!(key in terms[locale])) out.push({ locale, key });
  return out;
}
