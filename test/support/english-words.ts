/**
 * Finding English left on a German or French page, word by word: the words
 * only English uses are the words of the English catalogue and of English
 * pages, less every word the German and French catalogues and terms use and
 * the names the data gives (apps, owners, publishers, protocols, auditors,
 * products, settings), platform names and month names. A German or French
 * text holding one of them outside an element marked lang="en" still has
 * English in it: a value, a label or a sentence the catalogue does not write.
 */
import type { Dataset } from '../../src/domain/dataset.ts';
import { catalogues, terms } from '../../src/i18n/index.ts';
import { isKnown } from '../../src/domain/review.ts';

/** The words of a text, lower-cased: letters with inner apostrophes or hyphens ("one-to-one", "apple's"). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’-]+$/, ''));
}

/**
 * A message without its placeholders and without what it writes as code (`score`, `null`: the API
 * reference's names of fields and values; review.reviewed, encryption.exceptions.value[…]: the check
 * findings' field paths), which are not German or French words.
 */
const withoutPlaceholders = (message: string) =>
  message
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[\p{L}\d_-]+(?:\.[\p{L}\d_-]+|\[[^\]]*\])+/gu, ' ');

/** Every word of the German and French catalogues and terms, platform and month names: words a German or French page may hold. */
function allowedWords(): Set<string> {
  const out = new Set<string>(['ios', 'android', 'macos', 'windows', 'linux', 'watchos']);
  for (const l of ['de', 'fr'] as const) {
    for (const m of [...Object.values(catalogues[l]), ...Object.values(terms[l])]) for (const w of wordsOf(withoutPlaceholders(m))) out.add(w);
    for (let month = 0; month < 12; month++)
      out.add(new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, month, 1)).toLowerCase());
  }
  return out;
}

/** The names the data gives (apps, aliases, owners, reviewers, publishers, protocols, auditors, products), longest first. */
function namesOf(dataset: Dataset): string[] {
  const names: string[] = [];
  for (const r of dataset.reviews) {
    names.push(r.name, ...(r.aliases ?? []), r.owner.company, r.owner.parent ?? '', r.owner.country, r.review.reviewer);
    for (const s of Object.values(r.sources)) names.push(s.publisher ?? '');
    if (isKnown(r.encryption.protocol)) names.push(r.encryption.protocol.value);
    if (isKnown(r.app.audits)) names.push(...r.app.audits.value.map((a) => a.by));
  }
  for (const p of dataset.products) names.push(p.name);
  return [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length);
}

/** Words only English uses, and the data's names, which are left out of a text before its words are read. */
export interface EnglishWords {
  only: Set<string>;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The text with every whole occurrence of a name blanked (not inside a longer word: "Protocol" stays in "Protocole"),
 * with the French elided word glued to it ("d’iMessage", "qu’Apple").
 */
const withoutNames = (text: string, names: readonly string[]) =>
  names.reduce((t, n) => t.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:[dDlL]|[qQ]u)[’'])?${escape(n)}(?![\\p{L}\\p{N}])`, 'gu'), ' '), text);

/**
 * The words only English uses, from the English catalogue and the visible text of English pages (the data's names left out).
 * @example englishOnlyWords(dataset, [englishPageText]).only.has('better') // true
 */
export function englishOnlyWords(dataset: Dataset, englishTexts: readonly string[]): EnglishWords {
  const allowed = allowedWords();
  const names = namesOf(dataset);
  const english = new Set<string>();
  for (const m of Object.values(catalogues.en)) for (const w of wordsOf(withoutPlaceholders(m))) english.add(w);
  for (const text of englishTexts) for (const w of wordsOf(withoutNames(text, names))) english.add(w);
  return { only: new Set([...english].filter((w) => !allowed.has(w))), names };
}

/**
 * The English words of `text` (the data's names left out), each once, with the text around its first place.
 * @example englishWordsIn('0,54 of 1,80', words) // [{ word: 'of', context: '0,54 of 1,80' }]
 */
export function englishWordsIn(text: string, words: EnglishWords): { word: string; context: string }[] {
  const plain = withoutNames(text, words.names);
  const found = new Map<string, string>();
  for (const m of plain.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].toLowerCase().replace(/['’-]+$/, '');
    const at = m.index ?? 0;
    if (words.only.has(word) && !found.has(word)) found.set(word, plain.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' '));
  }
  return [...found].map(([word, context]) => ({ word, context }));
}
