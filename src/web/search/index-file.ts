/**
 * The search index of the current data, built once per data version: the
 * search page queries it, and /search-index.json ships it to the browser
 * (with the options MiniSearch needs to load it) for results as you type.
 */
import { searchIndexOptions, searchQueryOptions } from '../../search/index.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { LOCALES, t, term } from '../../i18n/index.ts';
import { scoreWord } from '../../narrative/localise.ts';

/**
 * What results-as-you-type need to speak the page's language (the script reads `<html lang>`):
 * category names by id, score labels by their English words, the status lines (with `{query}` and
 * `{count}` left for the script to fill in) and the path prefix of the language's pages.
 */
function liveWords(snapshot: SiteSnapshot) {
  const labels = [...new Set([...snapshot.catalog.rubric.labels.map((l) => l.label), snapshot.catalog.rubric.words.unscored])];
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        prefix: locale === 'en' ? '' : `/${locale}`,
        categories: Object.fromEntries(snapshot.catalog.categories.map((c) => [c.id, term(locale, `category.${c.id}.name`, c.name)])),
        labels: Object.fromEntries(labels.map((l) => [l, scoreWord(locale, 'label', l)])),
        none: t(locale, 'page.live.none', { query: '{query}' }),
        one: t(locale, 'page.live.one'),
        many: t(locale, 'page.live.many', { count: '{count}' }),
      },
    ]),
  );
}

/** The JSON the browser loads: MiniSearch's serialised index, its options, the icon and words of each tone, and each language's words for the results. */
export function searchIndexJson(snapshot: SiteSnapshot): string {
  const rubric = snapshot.catalog.rubric;
  return JSON.stringify({
    version: snapshot.version,
    options: searchIndexOptions,
    query: searchQueryOptions,
    tones: Object.fromEntries(Object.entries(rubric.tones).map(([tone, t]) => [tone, { icon: t.icon, words: t.words }])),
    words: liveWords(snapshot),
    index: snapshot.searchIndex().miniSearch.toJSON(),
  });
}
