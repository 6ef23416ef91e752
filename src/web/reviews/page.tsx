/** A review page, /apps/<slug>: the page model of the snapshot with its revision history. */
import type { Hono } from 'hono';
import { renderHtml } from '../http/render.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { ReviewView } from './view.tsx';
import { compareApps, type AppComparison } from '../../narrative/compare.ts';

/** @example registerReviewPage(app, deps) */
export function registerReviewPage(app: Hono, deps: RouteDeps): void {
  app.get('/apps/:slug', (c) =>
    deps.page(c, async (ctx) => {
      const slug = c.req.param('slug');
      const reviewPage = ctx.snapshot.page(slug);
      const scored = ctx.snapshot.bySlug.get(slug);
      if (!reviewPage || !scored) return undefined;
      const history = await deps.site.store.history(slug);
      const tradeoffs = new Map<string, AppComparison>();
      for (const alt of reviewPage.alternatives) {
        const other = ctx.snapshot.bySlug.get(alt.slug);
        if (other) tradeoffs.set(alt.slug, compareApps([scored, other]));
      }
      return {
        html: await renderHtml(
          <ReviewView
            page={reviewPage}
            history={history}
            updated={scored.row.createdAt}
            taxonomy={ctx.snapshot.catalog.taxonomy}
            tradeoffs={tradeoffs}
            meta={ctx.meta}
          />,
        ),
      };
    }),
  );
}
