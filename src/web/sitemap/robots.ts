/** /robots.txt: everything may be crawled; the sitemap lists every page. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { ResourceCache, sendResource } from '../http/resource.ts';

export function registerRobots(app: Hono, deps: RouteDeps): void {
  const cache = new ResourceCache(1);
  app.get('/robots.txt', (c) =>
    sendResource(
      c,
      cache.get('static', 'robots', () => ({
        body: `User-agent: *\nAllow: /\nDisallow: /search?\n\nSitemap: ${deps.siteUrl}/sitemap.xml\n`,
        type: 'text/plain; charset=utf-8',
      })),
      'public, max-age=86400',
    ),
  );
}
