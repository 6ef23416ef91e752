/** GET /api/v1/categories and /categories/{id}: the categories with their statistics and apps. */
import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteSnapshot } from '../site-data.ts';
import { AppSummary, presentSummary } from '../apps/presenter.ts';
import { selectApps } from '../apps/api.ts';
import { problem, problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';

export const CategoryStats = z
  .object({
    apps: z.number().int(),
    scored: z.number().int().describe('apps with enough known facts to score'),
    medianScore: z.number().nullable(),
    bestScore: z.number().nullable(),
    medianDataTypes: z.number().nullable().describe('median number of data types collected, over apps whose list is known'),
  })
  .openapi('CategoryStats');

export const CategorySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    plural: z.string(),
    description: z.string(),
    stats: CategoryStats,
    url: z.string(),
  })
  .openapi('CategorySummary');

export const CategoryList = z.object({ data: z.array(CategorySummary) }).openapi('CategoryList');
export const CategoryDetail = CategorySummary.extend({ apps: z.array(AppSummary).describe('best score first; unscored apps last') }).openapi('CategoryDetail');

function presentCategory(id: string, snapshot: SiteSnapshot, siteUrl: string): z.infer<typeof CategorySummary> | undefined {
  const category = snapshot.catalog.categories.find((c) => c.id === id);
  const stats = snapshot.stats.get(id);
  if (!category || !stats) return undefined;
  return {
    id: category.id,
    name: category.name,
    plural: category.plural,
    description: category.description,
    stats: { apps: stats.apps, scored: stats.scored, medianScore: stats.medianScore, bestScore: stats.bestScore, medianDataTypes: stats.medianDataTypes },
    url: `${siteUrl}/api/v1/categories/${category.id}`,
  };
}

export const listCategoriesRoute = createRoute({
  method: 'get',
  path: '/categories',
  summary: 'List categories',
  description: 'Every category with its statistics (apps, median and best score, median data types collected).',
  responses: { 200: { description: "The categories, in the site's order.", content: { 'application/json': { schema: CategoryList } } } },
});

export const getCategoryRoute = createRoute({
  method: 'get',
  path: '/categories/{id}',
  summary: 'One category and its apps',
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
        .openapi({ param: { name: 'id', in: 'path' }, example: 'messaging' }),
    }),
  },
  responses: {
    200: { description: 'The category, its statistics and its apps.', content: { 'application/json': { schema: CategoryDetail } } },
    400: problemResponse('The id is not a valid category id.'),
    404: problemResponse('No category has this id.'),
  },
});

/** Register the routes of this module. @example registerCategories(api, deps) */
export function registerCategories(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(listCategoriesRoute, async function listCategories(c) {
    const { snapshot } = await deps.routeContext();
    const data = snapshot.catalog.categories.map((cat) => presentCategory(cat.id, snapshot, deps.siteUrl)).filter((x) => x !== undefined);
    return c.json({ data }, 200);
  });

  api.openapi(getCategoryRoute, async function getCategory(c) {
    const { id } = c.req.valid('param');
    const { snapshot } = await deps.routeContext();
    const category = presentCategory(id, snapshot, deps.siteUrl);
    if (!category) return problem(c, deps.siteUrl, 404, `There is no category "${id}". See ${deps.siteUrl}/api/v1/categories for the list.`);
    const apps = selectApps(snapshot.apps, { category: id, sort: 'score', per_page: 100 }).map((a) => presentSummary(a, snapshot, deps.siteUrl));
    return c.json({ ...category, apps }, 200);
  });
}
