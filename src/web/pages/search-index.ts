/**
 * The search index of the current data, built once per data version: the
 * search page queries it, and /search-index.json ships it to the browser
 * (with the options MiniSearch needs to load it) for results as you type.
 */
import { buildSearchIndex, searchIndexOptions, searchQueryOptions, type SearchIndex } from '../../search/index.ts';
import type { SiteSnapshot } from '../site-data.ts';

let built: { version: string; index: SearchIndex } | undefined;

/**
 * The index for this snapshot (cached until the data changes).
 * @example searchApps(searchIndexFor(snapshot), 'signl')
 */
export function searchIndexFor(snapshot: SiteSnapshot): SearchIndex {
  if (built?.version !== snapshot.version) built = { version: snapshot.version, index: buildSearchIndex(snapshot) };
  return built.index;
}

/** The JSON the browser loads: MiniSearch's serialised index, its options, and how to show a score's tone. */
export function searchIndexJson(snapshot: SiteSnapshot): string {
  const rubric = snapshot.catalog.rubric;
  return JSON.stringify({
    version: snapshot.version,
    options: searchIndexOptions,
    query: searchQueryOptions,
    labels: rubric.labels.map((l) => ({ min: l.min, tone: l.tone })),
    tones: Object.fromEntries(Object.entries(rubric.tones).map(([tone, t]) => [tone, { icon: t.icon, words: t.words }])),
    index: searchIndexFor(snapshot).miniSearch.toJSON(),
  });
}
