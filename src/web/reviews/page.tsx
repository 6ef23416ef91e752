/** A review page, /apps/<slug>: the page model of the snapshot with its revision history. */
import type { Hono } from 'hono';
import { reviewHistory } from '../../narrative/revisions.ts';
import { renderHtml } from '../http/render.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { UnavailableView } from './unavailable-view.tsx';
import { ReviewView } from './view.tsx';

/** @example registerReviewPage(app, deps) */
export function registerReviewPage(app: Hono, deps: RouteDeps): void {
  app.get('/apps/:slug', (c) =>
    deps.page(c, async (ctx) => {
      const slug = c.req.param('slug');
      const reviewPage = ctx.snapshot.page(slug);
      const scored = ctx.snapshot.bySlug.get(slug);
      if (!reviewPage || !scored) {
        const unavailable = ctx.snapshot.unavailable.find((a) => a.slug === slug);
        if (!unavailable) return undefined;
        return { html: await renderHtml(<UnavailableView app={unavailable} path={c.req.path} meta={ctx.meta} />), status: 503 };
      }
      const history = reviewHistory(await deps.site.store.history(slug), ctx.snapshot.catalog.taxonomy);
      return {
        html: await renderHtml(<ReviewView page={reviewPage} history={history} updated={scored.row.createdAt} meta={ctx.meta} />),
      };
    }),
  );
}
