/**
 * The search index of the current data, built once per data version: the
 * search page queries it, and /search-index.json ships it to the browser
 * (with the options MiniSearch needs to load it) for results as you type.
 */
import { searchIndexOptions, searchQueryOptions } from '../../search/index.ts';
import type { SiteSnapshot } from '../site-data.ts';

/** The JSON the browser loads: MiniSearch's serialised index, its options, and the icon and words of each tone. */
export function searchIndexJson(snapshot: SiteSnapshot): string {
  const rubric = snapshot.catalog.rubric;
  return JSON.stringify({
    version: snapshot.version,
    options: searchIndexOptions,
    query: searchQueryOptions,
    tones: Object.fromEntries(Object.entries(rubric.tones).map(([tone, t]) => [tone, { icon: t.icon, words: t.words }])),
    index: snapshot.searchIndex().miniSearch.toJSON(),
  });
}
