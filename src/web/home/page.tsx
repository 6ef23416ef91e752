/** The home page: search, categories, best-rated apps and recent updates. */
import type { Hono } from 'hono';
import { renderHtml } from '../http/render.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { HomeView } from './view.tsx';
import { localeOfPath, suggestedLocale } from '../http/locale-paths.ts';

/** @example registerHome(app, deps) */
export function registerHome(app: Hono, deps: RouteDeps): void {
  app.get('/', (c) => {
    // the reader's Accept-Language may suggest another language: a note with a link, never a redirect
    const suggest = suggestedLocale(c.req.header('accept-language'), localeOfPath(c.req.path));
    c.header('Vary', 'Accept-Language');
    return deps.page(c, async (ctx) => ({
      html: await renderHtml(<HomeView snapshot={ctx.snapshot} recent={await deps.site.store.recentChanges(100)} meta={{ ...ctx.meta, suggest }} />),
    }));
  });
}
