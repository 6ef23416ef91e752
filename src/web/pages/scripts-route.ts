/** /assets/js/<name>.<hash>.js: the site's scripts, immutable under their hashed names. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../app.tsx';
import { siteScripts } from './scripts.ts';
import { sendResource } from './respond.ts';

export function registerScripts(app: Hono, deps: RouteDeps): void {
  app.get('/assets/js/:file', (c) => {
    const script = siteScripts.get(c.req.path);
    if (!script) return deps.notFound(c);
    return sendResource(c, script, 'public, max-age=31536000, immutable');
  });
}
