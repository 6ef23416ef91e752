/**
 * The Hono application: thin routes that take a snapshot of the data, call the
 * pure functions and render a view. Rendered pages are cached until the data
 * changes and served with ETags.
 */
import { Hono, type Context } from 'hono';
import { createHash } from 'node:crypto';
import type { SiteData, SiteSnapshot } from './site-data.ts';
import { HomeView } from './views/home.tsx';
import { ReviewView } from './views/review.tsx';
import { NotFoundView } from './views/not-found.tsx';
import { assetsFor, type Assets } from './assets.ts';
import { hstsMaxAge, pageSecurityHeaders, securityHeaders } from './security.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PageMeta } from './views/layout.tsx';
import { registerSitePages } from './pages/index.tsx';
import { registerApi } from './api/index.ts';

export interface AppOptions {
  site: SiteData;
  /** Absolute origin used in canonical URLs, feeds and sitemaps, without a trailing slash. */
  siteUrl: string;
  /** Rendered pages kept in memory before the cache is cleared (default 5000); the static export uses 0. */
  pageCacheLimit?: number;
  /** Strict-Transport-Security max-age in seconds, 0 for none (default: two years when siteUrl is https, else none). */
  hstsMaxAge?: number;
}

interface CachedPage {
  version: string;
  etag: string;
  /** The page as UTF-8 bytes, encoded once. */
  bytes: Buffer;
  status: number;
  /** What the cached fast path sends with the page, and with a 304 (built once). */
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
}

const HTML_TYPE = 'text/html; charset=UTF-8';
const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export type BaseMeta = Omit<PageMeta, 'title' | 'description' | 'path'>;

/** What a route handler gets: the data snapshot and the page frame's settings. */
export interface RouteContext {
  snapshot: SiteSnapshot;
  assets: Assets;
  meta: BaseMeta;
  siteUrl: string;
}

/** What route modules (pages/, api/) get from the app: the data and the shared page machinery. */
export interface RouteDeps {
  site: SiteData;
  siteUrl: string;
  /** The current data snapshot, assets and page-frame settings. */
  routeContext(): Promise<RouteContext>;
  /** Serve an HTML page, rendered once per data version and cached by path (and query, if given). */
  page(c: Context, render: (ctx: RouteContext) => Promise<{ html: string; status?: number } | undefined>, cacheKey?: string): Promise<Response>;
  notFound(c: Context): Promise<Response>;
}

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the request's If-None-Match names this ETag. */
export function fresh(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/**
 * Build the web application.
 * @example serve({ fetch: createApp({ site, siteUrl: 'http://localhost:3000' }).fetch, port: 3000 });
 */
export function createApp(opts: AppOptions) {
  const app = new Hono();
  const pageCache = new Map<string, CachedPage>();
  let assets: Assets | undefined;
  const hsts = opts.hstsMaxAge ?? hstsMaxAge(opts.siteUrl, undefined);
  const pageHeaders = pageSecurityHeaders(hsts);

  async function routeContext(): Promise<RouteContext> {
    const snapshot = await opts.site.snapshot();
    if (!assets || assets.version !== snapshot.version) assets = assetsFor(snapshot);
    return { snapshot, assets, meta: { siteUrl: opts.siteUrl, stylesheet: assets.stylesheetPath }, siteUrl: opts.siteUrl };
  }

  /** Serve an HTML page from the cache, rendering it once per data version. */
  async function page(c: Context, render: (ctx: RouteContext) => Promise<{ html: string; status?: number } | undefined>, cacheKey?: string) {
    const ctx = await routeContext();
    const key = cacheKey ?? c.req.path;
    let cached = pageCache.get(key);
    if (!cached || cached.version !== ctx.snapshot.version) {
      const out = await render(ctx);
      if (!out) return notFound(c, ctx);
      const bytes = Buffer.from(out.html);
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
    const cached = pageCache.get(url);
    const snapshot = opts.site.freshSnapshot();
    if (!cached || !snapshot || cached.version !== snapshot.version || cached.status !== 200) return false;
    const match = req.headers['if-none-match'];
    if (match !== undefined && match.split(',').some((t) => t.trim().replace(/^W\//, '') === cached.etag)) {
      res.writeHead(304, cached.notModifiedHeaders);
      res.end();
      return true;
    }
    res.writeHead(200, cached.headers);
    res.end(req.method === 'HEAD' ? undefined : cached.bytes);
    return true;
  }

  async function notFound(c: Context, ctx?: RouteContext) {
    const rc = ctx ?? (await routeContext());
    const html = (await (<NotFoundView path={c.req.path} meta={rc.meta} />).toString()) as string;
    return c.html(html, 404);
  }

  app.use('*', securityHeaders(hsts));

  app.get('/', (c) =>
    page(c, async (ctx) => ({
      html: String(await (<HomeView snapshot={ctx.snapshot} recent={await opts.site.store.recentChanges(10)} meta={ctx.meta} />).toString()),
    })),
  );

  app.get('/apps/:slug', (c) =>
    page(c, async (ctx) => {
      const slug = c.req.param('slug');
      const reviewPage = ctx.snapshot.page(slug);
      const app = ctx.snapshot.bySlug.get(slug);
      if (!reviewPage || !app) return undefined;
      const history = await opts.site.store.history(slug);
      const html = await (
        <ReviewView page={reviewPage} history={history} updated={app.row.createdAt} taxonomy={ctx.snapshot.catalog.taxonomy} meta={ctx.meta} />
      ).toString();
      return { html: String(html) };
    }),
  );

  app.get('/assets/:file', async (c) => {
    const { assets: a } = await routeContext();
    const asset = a.files.get(c.req.param('file'));
    if (!asset) return notFound(c);
    c.header('Content-Type', asset.type);
    c.header('ETag', asset.etag);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    if (fresh(c, asset.etag)) return c.body(null, 304);
    return c.body(asset.body);
  });

  app.get('/favicon.svg', async (c) => {
    const { assets: a } = await routeContext();
    const icon = a.favicon;
    c.header('Content-Type', 'image/svg+xml');
    c.header('ETag', icon.etag);
    c.header('Cache-Control', 'public, max-age=86400');
    if (fresh(c, icon.etag)) return c.body(null, 304);
    return c.body(icon.body);
  });

  const deps: RouteDeps = { site: opts.site, siteUrl: opts.siteUrl, routeContext, page, notFound: (c) => notFound(c) };
  registerApi(app, deps);
  registerSitePages(app, deps);

  app.notFound((c) => notFound(c));
  app.onError((err, c) => {
    console.error(err);
    return c.text('Something went wrong on our side. The error has been logged.', 500);
  });

  return Object.assign(app, { serveFromCache });
}
