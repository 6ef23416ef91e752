/**
 * The interface words of the pages other than the review, in the page's
 * language: the catalogue's messages (src/i18n/messages/pages/) and the
 * data's words (score labels, level words, dimension and category names)
 * through the terms of src/i18n. Views call these; they never hold words of
 * their own.
 */
import { catalogues, t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { scoreWord } from '../../narrative/localise.ts';

/** The page's sayer: `say('page.search.h1')`. */
export function sayer(locale: Locale | undefined): (key: MessageKey, params?: MessageParams) => string {
  const l = locale ?? 'en';
  return (key, params) => t(l, key, params);
}

/**
 * A message whose key is built from an id of the data or the code
 * (`page.filter.<id>`, `page.method.value.<value>`), or `fallback` when the
 * catalogues have no such key (the pages tests check that every id in use has one).
 */
export function sayById(locale: Locale, key: string, fallback: string, params?: MessageParams): string {
  if (!(key in catalogues[locale])) return fallback;
  try {
    return t(locale, key as MessageKey, params);
  } catch {
    // a parameter the rubric no longer has: its English words are still right
    return fallback;
  }
}

/** Whether the catalogues have a message for a key built from an id. */
export function hasMessage(key: string): boolean {
  return key in catalogues.en;
}

/**
 * A score with its label, as the page's language writes it: "8.5/10 Excellent", "8,5/10 Ausgezeichnet";
 * the label alone for an unscored app.
 */
export function scoreWithLabelIn(locale: Locale, s: { score: number | null; label: string }): string {
  const label = scoreWord(locale, 'label', s.label);
  return s.score === null ? label : t(locale, 'page.scoreWithLabel', { score: s.score, label });
}

/** A level word ("Strong", "Not enough evidence") in the page's language. */
export function levelIn(locale: Locale, level: string): string {
  return scoreWord(locale, 'level', level);
}
