/** /about: who reviews, how the site is funded, the data licence, and how corrections are handled. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { AboutView } from './view.tsx';

export function registerAbout(app: Hono, deps: RouteDeps): void {
  app.get('/about', async (c) => {
    // Corrections don't move the data version, so the page is not kept per data version: it is rendered for every request (with an ETag).
    const corrections = await deps.site.store.editing.correctionStats();
    return deps.page(c, async (ctx) => ({ html: String(await (<AboutView snapshot={ctx.snapshot} meta={ctx.meta} corrections={corrections} />).toString()) }), {
      changesWithoutDataVersion: true,
    });
  });
}
