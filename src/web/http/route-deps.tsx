/**
 * What every route module gets: the current data snapshot with the page
 * frame's settings, and the page cache. Pages are rendered once per data
 * version and kept as bytes with their ETag and headers; `serveFromCache`
 * answers later requests for them before Hono, with the same bytes and headers.
 */
import type { Context } from 'hono';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assetsFor, type Assets } from '../assets/stylesheet.ts';
import type { SiteData, SiteSnapshot } from '../site-data.ts';
import type { PageMeta } from '../views/layout.tsx';
import { NotFoundView, notFoundQuery } from '../views/not-found.tsx';
import { searchApps } from '../../search/index.ts';
import { etagOf, fresh, matchesEtag } from './etag.ts';
import { renderHtml } from './render.ts';
import { englishPath, localeOfPath, localiseLinks, suggestedLocale } from './locale-paths.ts';
import type { Locale } from '../../i18n/index.ts';
import { hstsMaxAge, pageSecurityHeaders } from './security.ts';

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

/** What route modules get from the app: the data and the shared page machinery. */
export interface RouteDeps {
  site: SiteData;
  siteUrl: string;
  /** The current data snapshot, assets and page-frame settings. */
  routeContext(locale?: Locale): Promise<RouteContext>;
  /** Serve an HTML page, rendered once per data version and cached by path (and query, if given). */
  page(c: Context, render: PageRender, cacheKey?: string): Promise<Response>;
  notFound(c: Context): Promise<Response>;
  /** The Strict-Transport-Security max-age every response carries (0: none). */
  hstsMaxAge: number;
}

export interface RouteDepsOptions {
  site: SiteData;
  /** Absolute origin used in canonical URLs, feeds and sitemaps, without a trailing slash. */
  siteUrl: string;
  /** Rendered pages kept in memory before the cache is cleared (default 5000); the static export uses 0. */
  pageCacheLimit?: number | undefined;
  /** Strict-Transport-Security max-age in seconds, 0 for none (default: two years when siteUrl is https, else none). */
  hstsMaxAge?: number | undefined;
}

interface CachedPage {
  version: string;
  etag: string;
  /** The page as UTF-8 bytes, encoded once. */
  bytes: Buffer;
  status: number;
  /** What is sent with the page, and with a 304 (built once). */
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
}

const HTML_TYPE = 'text/html; charset=UTF-8';
const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * The route dependencies over one page cache, and the fast path that serves
 * that cache straight from Node's http server.
 * @example const { deps, serveFromCache } = createRouteDeps({ site, siteUrl: 'http://localhost:3000' });
 */
export function createRouteDeps(opts: RouteDepsOptions): { deps: RouteDeps; serveFromCache: (req: IncomingMessage, res: ServerResponse) => boolean } {
  const pageCache = new Map<string, CachedPage>();
  let assets: Assets | undefined;
  const hsts = opts.hstsMaxAge ?? hstsMaxAge(opts.siteUrl, undefined);
  const pageHeaders = pageSecurityHeaders(hsts);

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

  async function page(c: Context, render: PageRender, cacheKey?: string): Promise<Response> {
    const ctx = await routeContext(localeOfPath(c.req.path));
    const key = cacheKey ?? c.req.path;
    let cached = pageCache.get(key);
    if (!cached || cached.version !== ctx.snapshot.version) {
      const out = await render(ctx);
      if (!out) return notFound(c, ctx);
      const bytes = Buffer.from(localiseLinks(out.html, ctx.locale));
      const etag = etagOf(bytes);
      const notModifiedHeaders = { ...pageHeaders, ETag: etag, 'Cache-Control': PAGE_CACHE_CONTROL };
      const headers = { ...notModifiedHeaders, 'Content-Type': HTML_TYPE, 'Content-Length': String(bytes.length) };
      cached = { version: ctx.snapshot.version, etag, bytes, status: out.status ?? 200, headers, notModifiedHeaders };
      if (pageCache.size >= (opts.pageCacheLimit ?? 5000)) pageCache.clear();
      pageCache.set(key, cached);
    }
    c.header('ETag', cached.etag);
    c.header('Cache-Control', PAGE_CACHE_CONTROL);
    if (fresh(c, cached.etag)) return c.body(null, 304);
    c.header('Content-Type', HTML_TYPE);
    return c.body(new Uint8Array(cached.bytes), cached.status as 200);
  }

  /**
   * Answer a request for a page already rendered for the current data
   * version straight from the cache, without building a Request and Response
   * (the same status, headers and bytes the route would send). Returns false
   * when the request must go through the app.
   */
  function serveFromCache(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url;
    if (url === undefined || url.includes('?')) return false;
    // a home page whose reader's browser prefers another language carries a note (src/web/home/page.tsx)
    if (englishPath(url) === '/' && suggestedLocale(req.headers['accept-language'], localeOfPath(url)) !== undefined) return false;
    const cached = pageCache.get(url);
    const snapshot = opts.site.freshSnapshot();
    if (!cached || !snapshot || cached.version !== snapshot.version || cached.status !== 200) return false;
    if (matchesEtag(req.headers['if-none-match'], cached.etag)) {
      res.writeHead(304, cached.notModifiedHeaders);
      res.end();
      return true;
    }
    res.writeHead(200, cached.headers);
    res.end(req.method === 'HEAD' ? undefined : cached.bytes);
    return true;
  }

  return { deps: { site: opts.site, siteUrl: opts.siteUrl, routeContext, page, notFound: (c) => notFound(c), hstsMaxAge: hsts }, serveFromCache };
}
