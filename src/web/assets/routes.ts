/**
 * The static files: the stylesheet (content-hashed, immutable), the site's
 * scripts under their hashed names, and the favicon.
 */
import type { Hono } from 'hono';
import { fresh } from '../http/etag.ts';
import { sendResource } from '../http/resource.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { siteScripts } from './scripts.ts';

/** @example registerAssets(app, deps) */
export function registerAssets(app: Hono, deps: RouteDeps): void {
  app.get('/assets/js/:file', function getScript(c) {
    const script = siteScripts.get(c.req.path);
    if (!script) return deps.notFound(c);
    return sendResource(c, script, 'public, max-age=31536000, immutable');
  });

  app.get('/assets/:file', async function getStylesheet(c) {
    const { assets } = await deps.routeContext();
    const asset = assets.files.get(c.req.param('file'));
    if (!asset) return deps.notFound(c);
    c.header('Content-Type', asset.type);
    c.header('ETag', asset.etag);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    if (fresh(c, asset.etag)) return c.body(null, 304);
    return c.body(asset.body);
  });

  app.get('/favicon.svg', async function getFavicon(c) {
    const { assets } = await deps.routeContext();
    const icon = assets.favicon;
    c.header('Content-Type', 'image/svg+xml');
    c.header('ETag', icon.etag);
    c.header('Cache-Control', 'public, max-age=86400');
    if (fresh(c, icon.etag)) return c.body(null, 304);
    return c.body(icon.body);
  });
}
