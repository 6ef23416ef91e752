/** /about: who reviews, how the site is funded, the data licence. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { AboutView } from './view.tsx';

export function registerAbout(app: Hono, deps: RouteDeps): void {
  app.get('/about', (c) => deps.page(c, async (ctx) => ({ html: String(await (<AboutView snapshot={ctx.snapshot} meta={ctx.meta} />).toString()) })));
}
