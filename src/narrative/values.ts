/**
 * A fact's or criterion's value in the page's language: the scoring and the
 * stored revisions give values as catalogue material (src/domain/words.ts:
 * a `value.*` key with parameters, and the taxonomy ids a list names); this
 * writes them through the message catalogue, with taxonomy labels for ids.
 */
import type { Taxonomy } from '../domain/catalog.ts';
import { valueWordsOf, type ValueWords } from '../domain/words.ts';
import type { Locale } from '../i18n/index.ts';
import { hasMessage, inSentenceFor, say } from './messages.ts';
import { oncePerLocale } from './localise.ts';

/** Reader-facing labels of every taxonomy id (exceptions, parties, controls, data types, purposes), as they read inside a sentence; made once per taxonomy and language (the same taxonomy object serves every page of a snapshot). */
export const taxonomyLabels: (taxonomy: Taxonomy, locale: Locale) => ReadonlyMap<string, string> = oncePerLocale((taxonomy: Taxonomy, locale: Locale) => {
  const labels = new Map<string, string>();
  for (const list of [taxonomy.exceptions, taxonomy.parties, taxonomy.controls, taxonomy.dataTypes, taxonomy.purposes]) {
    for (const item of list) labels.set(item.id, inSentenceFor(locale, item.label));
  }
  return labels;
});

/**
 * A value in words in `locale`, or `fallback` (the English words) when the catalogue has no message for it.
 * @example valueText({ key: 'value.opt-in' }, labels, 'de', 'opt-in') // "nur auf Wunsch"
 */
export function valueText(words: ValueWords | undefined, labels: ReadonlyMap<string, string>, locale: Locale, fallback: string): string {
  if (!words || !hasMessage(words.key)) return fallback;
  const list = (words.list ?? []).map((id) => labels.get(id) ?? id).join(', ');
  return say(words.key, { ...words.params, ...(words.list ? { list } : {}) }, locale);
}

/**
 * A raw fact value (a stored revision's, say) in words in `locale`.
 * @example factValueText('provider-keys', labels, 'fr') // "chiffré avec des clés que détient le fournisseur"
 */
export function factValueText(value: unknown, labels: ReadonlyMap<string, string>, locale: Locale): string {
  return valueText(valueWordsOf(value), labels, locale, String(value));
}
