/** GET /api/v1/apps: every app, filtered, sorted and paged. */
import { byName, byScore } from '../../scoring/ranking.ts';
import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteApp } from '../site-data.ts';
import { AppSummary, presentSummary } from './presenter.ts';
import { factFilters, matchesFactFilters, type FactFilterName } from '../../narrative/filters.ts';
import { decodeCursor, PageInfo, paginate } from '../api/pagination.ts';
import { boolParam, intParam, numberParam } from '../api/params.ts';
import { problem, problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';

const factParam = (name: FactFilterName) =>
  boolParam.optional().openapi({
    param: { name, in: 'query' },
    description: `true: only apps where ${factFilters[name].description}; false: only apps where it is known not to. Apps whose facts are unknown match neither.`,
    example: 'true',
  });

export const AppsQuery = z
  .object({
    category: z.string().optional().openapi({ description: 'a category id (see /categories)', example: 'messaging' }),
    min_score: numberParam(0, 10).optional().openapi({ description: 'only apps with a Safety Score at least this (unscored apps never match)', example: '7' }),
    label: z
      .string()
      .optional()
      .openapi({ description: 'only apps with this label (case-insensitive), e.g. "Excellent" or "Not enough evidence"', example: 'Good' }),
    sort: z
      .enum(['score', 'name', 'updated'], { error: 'must be score, name or updated' })
      .default('score')
      .openapi({ description: 'sort key; unscored apps always come last' }),
    order: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).optional().openapi({ description: 'default: desc for score and updated, asc for name' }),
    page: intParam(1, 100000).optional().openapi({ description: 'page number from 1 (not with cursor)', example: '1' }),
    per_page: intParam(1, 100).default(20).openapi({ description: '1 to 100 apps per page', example: '20' }),
    cursor: z.string().optional().openapi({ description: 'the nextCursor of a previous page (not with page)' }),
    e2ee_default: factParam('e2ee_default'),
    open_source: factParam('open_source'),
    open_source_server: factParam('open_source_server'),
    audited: factParam('audited'),
    no_phone_number: factParam('no_phone_number'),
    no_account: factParam('no_account'),
    sells_data: factParam('sells_data'),
    third_party_sharing: factParam('third_party_sharing'),
    ads: factParam('ads'),
    tracking: factParam('tracking'),
    forward_secrecy: factParam('forward_secrecy'),
    controversies: factParam('controversies'),
  })
  .strict();
export type AppsQuery = z.output<typeof AppsQuery>;

export const AppList = PageInfo.extend({ data: z.array(AppSummary) }).openapi('AppList');

export const listAppsRoute = createRoute({
  method: 'get',
  path: '/apps',
  summary: 'List apps',
  description: 'Every reviewed app with its Safety Score and four ratings; filter by category, score, label and yes/no facts; sort; page by number or cursor.',
  request: { query: AppsQuery },
  responses: {
    200: { description: 'One page of apps and links to the others.', content: { 'application/json': { schema: AppList } } },
    400: problemResponse('A parameter is invalid (unknown category or label, page and cursor together, a bad cursor...).'),
  },
});

/**
 * The apps that pass the query's filters, in the query's order (ties by name, then slug, so pages are stable).
 * @example selectApps(snapshot.apps, { sort: 'score', per_page: 20, open_source: true })
 */
export function selectApps(apps: readonly SiteApp[], q: AppsQuery): SiteApp[] {
  const label = q.label?.toLowerCase();
  const filtered = apps.filter(
    (a) =>
      (q.category === undefined || a.review.category === q.category) &&
      (q.min_score === undefined || (a.score.score !== null && a.score.score >= q.min_score)) &&
      (label === undefined || a.score.label.toLowerCase() === label) &&
      matchesFactFilters(a.review, q),
  );
  const order = q.order ?? (q.sort === 'name' ? 'asc' : 'desc');
  const sign = order === 'asc' ? 1 : -1;
  return filtered.sort((x, y) => {
    if (q.sort === 'name') return sign * byName(x, y);
    if (q.sort === 'updated') return sign * (x.row.createdAt < y.row.createdAt ? -1 : x.row.createdAt > y.row.createdAt ? 1 : 0) || byName(x, y);
    return byScore(x, y, order);
  });
}

/** Register the routes of this module. @example registerApps(api, deps) */
export function registerApps(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(listAppsRoute, async function listApps(c) {
    const q = c.req.valid('query');
    const { snapshot } = await deps.routeContext();
    if (q.category !== undefined && !snapshot.catalog.categories.some((cat) => cat.id === q.category)) {
      return problem(c, deps.siteUrl, 400, `There is no category "${q.category}".`, [
        { name: 'category', reason: `must be one of ${snapshot.catalog.categories.map((cat) => cat.id).join(', ')}` },
      ]);
    }
    const labels = [...snapshot.catalog.rubric.labels.map((l) => l.label), snapshot.catalog.rubric.words.unscored];
    if (q.label !== undefined && !labels.some((l) => l.toLowerCase() === q.label?.toLowerCase())) {
      return problem(c, deps.siteUrl, 400, `There is no label "${q.label}".`, [{ name: 'label', reason: `must be one of ${labels.join(', ')}` }]);
    }
    if (q.page !== undefined && q.cursor !== undefined) {
      return problem(c, deps.siteUrl, 400, 'Use page or cursor, not both.', [{ name: 'cursor', reason: 'cannot be combined with page' }]);
    }
    const offset = q.cursor === undefined ? ((q.page ?? 1) - 1) * q.per_page : decodeCursor(q.cursor);
    if (offset === undefined)
      return problem(c, deps.siteUrl, 400, 'The cursor is not one this API issued.', [
        { name: 'cursor', reason: 'must be a nextCursor returned by a previous page' },
      ]);
    const selected = selectApps(snapshot.apps, q);
    const url = new URL(c.req.url);
    const link = (params: Record<string, string | null>) => {
      const search = new URLSearchParams(url.search);
      for (const [k, v] of Object.entries(params)) {
        if (v === null) search.delete(k);
        else search.set(k, v);
      }
      const qs = search.toString();
      return `${deps.siteUrl}/api/v1/apps${qs === '' ? '' : `?${qs}`}`;
    };
    const { items, info } = paginate(selected, { offset, perPage: q.per_page }, link);
    return c.json({ ...info, data: items.map((a) => presentSummary(a, snapshot, deps.siteUrl)) }, 200);
  });
}
