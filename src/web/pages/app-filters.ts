/**
 * The facts readers filter a category by, and the orders they can sort it in.
 * Pure: an app in, yes or no out. An unknown fact never passes a filter,
 * because unknown never counts as good.
 */
import { isKnown, tracksYou, type Review } from '../../domain/review.ts';
import type { DimensionId } from '../../domain/rubric.ts';
import type { ScoredReview } from '../../narrative/category.ts';

export interface AppFilter {
  id: string;
  label: string;
  passes(review: Review): boolean;
}

/** The filters in the order the form shows them. */
export const appFilters: readonly AppFilter[] = [
  { id: 'e2ee', label: 'End-to-end encrypted by default', passes: (r) => isKnown(r.encryption.e2ee.content) && r.encryption.e2ee.content.value === 'default' },
  { id: 'open-source', label: 'Open-source app', passes: (r) => isKnown(r.app.clientOpenSource) && r.app.clientOpenSource.value === 'yes' },
  { id: 'no-phone', label: 'No phone number needed', passes: (r) => isKnown(r.app.accountRequires) && r.app.accountRequires.value !== 'phone-number' },
  { id: 'no-selling', label: "Doesn't sell your data", passes: (r) => isKnown(r.sharing.sellsData) && r.sharing.sellsData.value === false },
  {
    id: 'no-tracking',
    label: "Doesn't track you",
    passes: (r) => tracksYou(r.dataCollected) === false,
  },
];

export const sortKeys = ['score', 'name', 'dataCollection', 'encryption', 'sharing', 'controls'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface CategoryQuery {
  sort: SortKey;
  has: string[];
}

export type QueryResult = { ok: true; query: CategoryQuery } | { ok: false; parameter: string; message: string };

function isSortKey(s: string): s is SortKey {
  return (sortKeys as readonly string[]).includes(s);
}

/**
 * Read `sort` and `has` from a URL query; anything else in the query is ignored.
 * @example parseCategoryQuery({ sort: ['name'], has: ['e2ee'] }) // { ok: true, query: { sort: 'name', has: ['e2ee'] } }
 */
export function parseCategoryQuery(params: Record<string, string[]>): QueryResult {
  const sorts = params.sort ?? [];
  if (sorts.length > 1) return { ok: false, parameter: 'sort', message: 'give "sort" once' };
  const sort = sorts[0] ?? 'score';
  if (!isSortKey(sort)) return { ok: false, parameter: 'sort', message: `"${sort}" is not a sort order; use one of ${sortKeys.join(', ')}` };
  const has: string[] = [];
  for (const value of params.has ?? []) {
    if (!appFilters.some((f) => f.id === value))
      return { ok: false, parameter: 'has', message: `"${value}" is not a filter; use any of ${appFilters.map((f) => f.id).join(', ')}` };
    if (!has.includes(value)) has.push(value);
  }
  // One canonical order, so that equivalent URLs share a cache entry.
  has.sort((a, b) => appFilters.findIndex((f) => f.id === a) - appFilters.findIndex((f) => f.id === b));
  return { ok: true, query: { sort, has } };
}

/** The query string of a category query ("" for the default). */
export function categoryQueryString(q: CategoryQuery): string {
  const parts = [...(q.sort === 'score' ? [] : [`sort=${q.sort}`]), ...q.has.map((h) => `has=${encodeURIComponent(h)}`)];
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

const byScore = (a: ScoredReview, b: ScoredReview) => (b.score.score ?? -1) - (a.score.score ?? -1) || a.review.name.localeCompare(b.review.name);

/**
 * Rank apps by Safety Score (best first, unscored last, ties by name).
 * @example rankApps(apps)[0].review.slug // the best-scored app
 */
export function rankApps<T extends ScoredReview>(apps: readonly T[]): T[] {
  return [...apps].sort(byScore);
}

/**
 * The apps that pass every filter, in the query's order.
 * @example applyCategoryQuery(apps, { sort: 'name', has: ['open-source'] })
 */
export function applyCategoryQuery<T extends ScoredReview>(apps: readonly T[], q: CategoryQuery): T[] {
  const filters = appFilters.filter((f) => q.has.includes(f.id));
  const kept = apps.filter((a) => filters.every((f) => f.passes(a.review)));
  if (q.sort === 'score') return kept.sort(byScore);
  if (q.sort === 'name') return kept.sort((a, b) => a.review.name.localeCompare(b.review.name));
  const dim: DimensionId = q.sort;
  return kept.sort((a, b) => (b.score.dimensions[dim].score ?? -1) - (a.score.dimensions[dim].score ?? -1) || byScore(a, b));
}
