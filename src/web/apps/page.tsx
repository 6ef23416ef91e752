/** /apps: every reviewed app in one list, filtered and sorted as the category pages are (plus a category filter). */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { rankApps } from '../../scoring/ranking.ts';
import { applyCategoryQuery, parseCategoryQuery } from '../categories/query.ts';
import { badRequest } from '../http/bad-request.tsx';
import { renderHtml } from '../http/render.ts';
import { AppsIndexView } from './view.tsx';

/** @example registerAppsIndex(app, deps) */
export function registerAppsIndex(app: Hono, deps: RouteDeps): void {
  app.get('/apps', async (c) => {
    const params = c.req.queries();
    const parsed = parseCategoryQuery(params);
    if (!parsed.ok) return badRequest(c, deps, parsed.parameter, parsed.message);
    const { snapshot } = await deps.routeContext();
    const categories = params.category ?? [];
    if (categories.length > 1) return badRequest(c, deps, 'category', 'give "category" once');
    const category = categories[0] === '' ? undefined : categories[0];
    if (category !== undefined && !snapshot.catalog.categories.some((x) => x.id === category))
      return badRequest(c, deps, 'category', `"${category}" is not a category; use one of ${snapshot.catalog.categories.map((x) => x.id).join(', ')}`);
    const query = parsed.query;
    return deps.page(c, async (ctx) => {
      const ranks = new Map<string, number>();
      for (const cat of ctx.snapshot.catalog.categories) {
        rankApps(ctx.snapshot.apps.filter((a) => a.review.category === cat.id)).forEach((a, i) => {
          ranks.set(a.review.slug, i + 1);
        });
      }
      const pool = category === undefined ? ctx.snapshot.apps : ctx.snapshot.apps.filter((a) => a.review.category === category);
      const apps = applyCategoryQuery(pool, query);
      return {
        html: await renderHtml(
          <AppsIndexView
            snapshot={ctx.snapshot}
            apps={apps}
            ranks={ranks}
            total={ctx.snapshot.apps.length}
            query={query}
            category={category}
            meta={ctx.meta}
          />,
        ),
      };
    });
  });
}
