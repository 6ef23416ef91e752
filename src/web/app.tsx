/**
 * The web application: every resource's routes on one Hono app, over one
 * set of route dependencies (the data snapshot and the page cache). Each
 * resource lives in its own folder with its page route, API route, view,
 * presenter and tests; src/web/http holds the plumbing they share.
 */
import { Hono } from 'hono';
import { registerAbout } from './about/page.tsx';
import { registerApi } from './api/api.ts';
import { registerAppsIndex } from './apps/page.tsx';
import { registerAssets } from './assets/routes.ts';
import { registerBadge } from './badges/route.ts';
import { registerCategory } from './categories/page.tsx';
import { registerFeed } from './changes/feed.ts';
import { registerCompare } from './compare/page.tsx';
import { registerDocumentFeed } from './documents/changes.ts';
import { registerEditor, type EditorOptions } from './edit/routes.tsx';
import { registerHome } from './home/page.tsx';
import { createRouteDeps, type RouteDeps, type RouteDepsOptions } from './http/route-deps.tsx';
import type { ResponseCache } from './http/response-cache.ts';
import type { SiteData } from './site-data.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/index.ts';
import { securityHeaders } from './http/security.ts';
import { registerMethodology } from './methodology/page.tsx';
import { registerReviewPage } from './reviews/page.tsx';
import { registerSearch } from './search/page.tsx';
import { registerRobots } from './sitemap/robots.ts';
import { registerSitemap } from './sitemap/sitemap.ts';

/** The pages that exist in every language (the API, assets, feeds, downloads and the editor exist once). */
function registerLocalisedPages(app: Hono, deps: RouteDeps): void {
  registerHome(app, deps);
  registerAppsIndex(app, deps);
  registerReviewPage(app, deps);
  registerMethodology(app, deps);
  registerAbout(app, deps);
  registerCategory(app, deps);
  registerSearch(app, deps);
  registerCompare(app, deps);
}

export type AppOptions = RouteDepsOptions & { editor?: EditorOptions };

/** The site as a request handler, plus the cached fast path the HTTP server uses. */
export interface WebApp {
  /** Answer a Fetch API request (what @hono/node-server and the static export call). */
  fetch: (request: Request) => Response | Promise<Response>;
  /** Answer a request for a path, as Hono's app.request does (tests and the export). */
  request: Hono['request'];
  /** The data the site serves (the HTTP server asks it for the current data version). */
  site: SiteData;
  /** The responses the HTTP server keeps per data version and answers from before the app (src/web/http/server.ts). */
  responseCache: ResponseCache;
}

/**
 * Build the web application.
 * @example const server = await startServer(createApp({ site, siteUrl: 'http://localhost:3000' }), { port: 3000, host: '127.0.0.1' });
 */
export function createApp(opts: AppOptions): WebApp {
  const app = new Hono();
  const { deps, responseCache } = createRouteDeps(opts);

  app.use('*', securityHeaders(deps.hstsMaxAge));
  registerHome(app, deps);
  registerAppsIndex(app, deps);
  registerReviewPage(app, deps);
  registerAssets(app, deps);
  registerApi(app, deps);
  registerMethodology(app, deps);
  registerAbout(app, deps);
  registerCategory(app, deps);
  registerSearch(app, deps);
  registerCompare(app, deps);
  registerFeed(app, deps);
  registerDocumentFeed(app, deps);
  registerSitemap(app, deps);
  registerRobots(app, deps);
  registerBadge(app, deps);
  registerEditor(app, deps, opts.editor);
  // The public pages again under /de and /fr: the same routes, in the language of the path (src/web/http/locale-paths.ts)
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const local = new Hono({ strict: false });
    registerLocalisedPages(local, deps);
    local.notFound((c) => deps.notFound(c));
    app.route(`/${locale}`, local);
  }

  app.notFound((c) => deps.notFound(c));
  app.onError(function reportServerError(err, c) {
    console.error(err);
    return c.text('Something went wrong on our side. The error has been logged.', 500);
  });

  return { fetch: (request) => app.fetch(request), request: (...args) => app.request(...args), site: opts.site, responseCache };
}
