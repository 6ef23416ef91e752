/**
 * The comparison of two apps, computed once per data version, language and
 * ordered pair while it is in use: a review page compares its app with each
 * safer alternative (the trade-offs), and the comparison page of that pair
 * compares the same two apps again. The cache hangs off the snapshot (a
 * WeakMap), so a new data version drops it with the snapshot; it keeps the
 * most recently used comparisons only (the export renders a pair's page right
 * after its app's review page, the server renders each page once per version).
 */
import { compareApps, type AppComparison } from '../../narrative/compare.ts';
import type { Locale } from '../../i18n/index.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';

/** Comparisons kept per snapshot: a review page's pairs in three languages, many times over. */
export const PAIR_COMPARISONS_KEPT = 256;

const bySnapshot = new WeakMap<SiteSnapshot, Map<string, AppComparison>>();

/**
 * `compareApps([a, b])` in `locale` with the snapshot's taxonomy, from the
 * snapshot's cache when the same pair was compared in that language lately.
 * The result is shared: callers must not change it.
 * @example pairComparison(snapshot, signal, whatsapp, 'de').overall.why
 */
export function pairComparison(snapshot: SiteSnapshot, a: SiteApp, b: SiteApp, locale: Locale): AppComparison {
  let cache = bySnapshot.get(snapshot);
  if (!cache) {
    cache = new Map();
    bySnapshot.set(snapshot, cache);
  }
  // Slugs are lower-case letters, digits and hyphens, so a space can't make two pairs one key.
  const key = `${locale} ${a.review.slug} ${b.review.slug}`;
  const kept = cache.get(key);
  if (kept) {
    // Most recently used last: the first key is the one to drop.
    cache.delete(key);
    cache.set(key, kept);
    return kept;
  }
  const made = compareApps([a, b], { locale, taxonomy: snapshot.catalog.taxonomy });
  cache.set(key, made);
  if (cache.size > PAIR_COMPARISONS_KEPT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return made;
}
