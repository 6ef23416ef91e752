/** /about: who reviews, how the site is funded, the data licence, and how corrections are handled. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { AboutView } from './view.tsx';

export function registerAbout(app: Hono, deps: RouteDeps): void {
  app.get('/about', async (c) => {
    // Corrections don't move the data version, so the page is cached per data version and per correction figures.
    const corrections = await deps.site.store.editing.correctionStats();
    const key = `/about#corrections=${corrections.open}/${corrections.handled}/${corrections.medianHandlingMs ?? ''}`;
    return deps.page(
      c,
      async (ctx) => ({ html: String(await (<AboutView snapshot={ctx.snapshot} meta={ctx.meta} corrections={corrections} />).toString()) }),
      key,
    );
  });
}
