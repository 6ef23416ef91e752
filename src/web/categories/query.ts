/**
 * The facts readers filter a category by, and the orders they can sort it in.
 * Pure: an app in, yes or no out. An unknown fact never passes a filter,
 * because unknown never counts as good.
 */
import { passesReaderFilter, readerFilters } from '../../narrative/filters.ts';
import type { DimensionId } from '../../domain/rubric.ts';
import { byName, byScore, type ScoredReview } from '../../scoring/ranking.ts';

/** The filters in the order the form shows them (one definition with the API's: src/narrative/filters.ts). */
export const appFilters = readerFilters;

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

/**
 * The apps that pass every filter, in the query's order.
 * @example applyCategoryQuery(apps, { sort: 'name', has: ['open-source'] })
 */
export function applyCategoryQuery<T extends ScoredReview>(apps: readonly T[], q: CategoryQuery): T[] {
  const filters = appFilters.filter((f) => q.has.includes(f.id));
  const kept = apps.filter((a) => filters.every((f) => passesReaderFilter(a.review, f)));
  if (q.sort === 'score') return kept.sort((a, b) => byScore(a, b));
  if (q.sort === 'name') return kept.sort(byName);
  const dim: DimensionId = q.sort;
  return kept.sort((a, b) => (b.score.dimensions[dim].score ?? -1) - (a.score.dimensions[dim].score ?? -1) || byScore(a, b));
}
