/** A review page, /apps/<slug>: the page model of the snapshot with its revision history. */
import type { Hono } from 'hono';
import { lastUpdated, reviewHistory } from '../../narrative/revisions.ts';
import { recheckNotices } from '../../watch/monitoring.ts';
import { renderHtml } from '../http/render.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { UnavailableView } from './unavailable-view.tsx';
import { ReviewView } from './view.tsx';
import type { AppComparison } from '../../narrative/compare.ts';
import { pairComparison } from '../compare/pair-comparison.ts';

/** @example registerReviewPage(app, deps) */
export function registerReviewPage(app: Hono, deps: RouteDeps): void {
  app.get('/apps/:slug', (c) =>
    deps.page(c, async (ctx) => {
      const slug = c.req.param('slug');
      const reviewPage = ctx.snapshot.page(slug, ctx.locale);
      const scored = ctx.snapshot.bySlug.get(slug);
      if (!reviewPage || !scored) {
        const unavailable = ctx.snapshot.unavailable.find((a) => a.slug === slug);
        if (!unavailable) return undefined;
        return { html: await renderHtml(<UnavailableView app={unavailable} path={c.req.path} meta={ctx.meta} />), status: 503 };
      }
      const revisions = await deps.site.store.history(slug);
      const tradeoffs = new Map<string, AppComparison>();
      for (const alt of reviewPage.alternatives) {
        const other = ctx.snapshot.bySlug.get(alt.slug);
        // The comparison page of this pair shows the same comparison: it is computed once (pair-comparison.ts).
        if (other) tradeoffs.set(alt.slug, pairComparison(ctx.snapshot, scored, other, ctx.locale));
      }
      return {
        html: await renderHtml(
          <ReviewView
            page={reviewPage}
            history={reviewHistory(revisions, ctx.snapshot.catalog.taxonomy, ctx.locale)}
            updated={lastUpdated(scored.review.review.reviewed, revisions)}
            rechecks={recheckNotices(ctx.snapshot.monitoring(slug)?.recheck ?? [])}
            tradeoffs={tradeoffs}
            meta={ctx.meta}
          />,
        ),
      };
    }),
  );
}
