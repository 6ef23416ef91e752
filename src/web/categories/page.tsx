/** /categories/<id>: the category's apps ranked, sorted and filtered by the URL query. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { CategoryView } from './view.tsx';
import { rankApps } from '../../scoring/ranking.ts';
import { applyCategoryQuery, parseCategoryQuery } from './query.ts';
import { badRequest } from '../http/bad-request.tsx';

export function registerCategory(app: Hono, deps: RouteDeps): void {
  app.get('/categories/:id', async (c) => {
    const parsed = parseCategoryQuery(c.req.queries());
    if (!parsed.ok) return badRequest(c, deps, parsed.parameter, parsed.message);
    const query = parsed.query;
    const id = c.req.param('id');
    return deps.page(c, async (ctx) => {
      const category = ctx.snapshot.catalog.categories.find((x) => x.id === id);
      if (!category) return undefined;
      const all = ctx.snapshot.apps.filter((a) => a.review.category === id);
      const ranks = new Map(rankApps(all).map((a, i) => [a.review.slug, i + 1]));
      const apps = applyCategoryQuery(all, query);
      const html = await (
        <CategoryView snapshot={ctx.snapshot} category={category} apps={apps} ranks={ranks} total={all.length} query={query} meta={ctx.meta} />
      ).toString();
      return { html: String(html) };
    });
  });
}
