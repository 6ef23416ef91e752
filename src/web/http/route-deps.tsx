/**
 * What every route module gets: the current data snapshot with the page
 * frame's settings and the shared page rendering; and the response cache the
 * HTTP server answers from (src/web/http/server.ts, response-cache.ts), so
 * that every public GET response is rendered once per data version.
 */
import type { Context } from 'hono';
import { assetsFor, type Assets } from '../assets/stylesheet.ts';
import type { SiteData, SiteSnapshot } from '../site-data.ts';
import type { PageMeta } from '../views/layout.tsx';
import { NotFoundView, notFoundQuery } from '../views/not-found.tsx';
import { searchApps } from '../../search/index.ts';
import { etagOf, fresh } from './etag.ts';
import { exportSinkOf } from './export-sink.ts';
import { PAGE_CACHE_CONTROL, ResponseCache } from './response-cache.ts';
import { renderHtml } from './render.ts';
import { localeOfPath, localiseLinks } from './locale-paths.ts';
import type { Locale } from '../../i18n/index.ts';
import { hstsMaxAge } from './security.ts';

export type BaseMeta = Omit<PageMeta, 'title' | 'description' | 'path'>;

/** What a route handler gets: the data snapshot and the page frame's settings. */
export interface RouteContext {
  snapshot: SiteSnapshot;
  /** The page's language, from its path (/de/…, /fr/…; English otherwise). */
  locale: Locale;
  assets: Assets;
  meta: BaseMeta;
  siteUrl: string;
}

/** A page's HTML and status, or undefined when there is no such page (404). */
export type PageRender = (ctx: RouteContext) => Promise<{ html: string; status?: number } | undefined>;

export interface PageOptions {
  /** The page shows something that changes without the data version (so it goes out as `no-cache` and the server does not keep it). */
  changesWithoutDataVersion?: boolean;
}

/** What route modules get from the app: the data and the shared page machinery. */
export interface RouteDeps {
  site: SiteData;
  siteUrl: string;
  /** The current data snapshot, assets and page-frame settings. */
  routeContext(locale?: Locale): Promise<RouteContext>;
  /** Serve an HTML page with its ETag (the HTTP server keeps the response once per data version, see response-cache.ts). */
  page(c: Context, render: PageRender, opts?: PageOptions): Promise<Response>;
  notFound(c: Context): Promise<Response>;
  /** The Strict-Transport-Security max-age every response carries (0: none). */
  hstsMaxAge: number;
}

export interface RouteDepsOptions {
  site: SiteData;
  /** Absolute origin used in canonical URLs, feeds and sitemaps, without a trailing slash. */
  siteUrl: string;
  /** Responses for plain paths the HTTP server keeps per data version (default 20,000; see response-cache.ts); 0 keeps none. */
  pageCacheLimit?: number | undefined;
  /** Strict-Transport-Security max-age in seconds, 0 for none (default: two years when siteUrl is https, else none). */
  hstsMaxAge?: number | undefined;
}

const HTML_TYPE = 'text/html; charset=UTF-8';

/**
 * The route dependencies, and the response cache the HTTP server fills and answers from.
 * @example const { deps, responseCache } = createRouteDeps({ site, siteUrl: 'http://localhost:3000' });
 */
export function createRouteDeps(opts: RouteDepsOptions): { deps: RouteDeps; responseCache: ResponseCache } {
  const limit = opts.pageCacheLimit;
  const responseCache = new ResponseCache(limit === undefined ? {} : { entries: limit, queryEntries: Math.min(limit, 2000) });
  let assets: Assets | undefined;
  const hsts = opts.hstsMaxAge ?? hstsMaxAge(opts.siteUrl, undefined);

  async function routeContext(locale: Locale = 'en'): Promise<RouteContext> {
    const snapshot = await opts.site.snapshot();
    if (!assets || assets.version !== snapshot.version) assets = assetsFor(snapshot);
    return { snapshot, locale, assets, meta: { siteUrl: opts.siteUrl, stylesheet: assets.stylesheetPath, locale }, siteUrl: opts.siteUrl };
  }

  async function notFound(c: Context, ctx?: RouteContext): Promise<Response> {
    const rc = ctx ?? (await routeContext(localeOfPath(c.req.path)));
    const { snapshot } = rc;
    const query = notFoundQuery(c.req.path);
    const suggestions = query === '' ? [] : searchApps(snapshot.searchIndex(), query, 5);
    const categories = snapshot.catalog.categories.filter((x) => (snapshot.stats.get(x.id)?.apps ?? 0) > 0);
    const html = await renderHtml(
      <NotFoundView path={c.req.path} rubric={snapshot.catalog.rubric} suggestions={suggestions} categories={categories} meta={rc.meta} />,
    );
    return c.html(localiseLinks(html, rc.locale), 404);
  }

  async function page(c: Context, render: PageRender, pageOpts: PageOptions = {}): Promise<Response> {
    const ctx = await routeContext(localeOfPath(c.req.path));
    const out = await render(ctx);
    if (!out) return notFound(c, ctx);
    const bytes = Buffer.from(localiseLinks(out.html, ctx.locale));
    const sink = exportSinkOf(c);
    if (sink) {
      // The static export takes the bytes as they are (export-sink.ts): no ETag, no copy into the Response.
      sink.body = bytes;
      c.header('Content-Type', HTML_TYPE);
      return c.body(null, (out.status ?? 200) as 200);
    }
    const etag = etagOf(bytes);
    c.header('ETag', etag);
    c.header('Cache-Control', pageOpts.changesWithoutDataVersion ? 'public, no-cache' : PAGE_CACHE_CONTROL);
    if (fresh(c, etag)) return c.body(null, 304);
    c.header('Content-Type', HTML_TYPE);
    return c.body(new Uint8Array(bytes), (out.status ?? 200) as 200);
  }

  return { deps: { site: opts.site, siteUrl: opts.siteUrl, routeContext, page, notFound: (c) => notFound(c), hstsMaxAge: hsts }, responseCache };
}
