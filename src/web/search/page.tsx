/** /search?q=: results from the search index, no JavaScript needed; /search-index.json: the same index for the browser. */
import type { Hono } from 'hono';
import { etagOf, fresh } from '../http/etag.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { searchApps } from '../../search/index.ts';
import { SearchView } from './view.tsx';
import { badRequest } from '../http/bad-request.tsx';
import { ResourceCache, sendResource } from '../http/resource.ts';
import { searchIndexJson } from './index-file.ts';
import { localeOfPath, localiseLinks } from '../http/locale-paths.ts';

export const MAX_QUERY_LENGTH = 200;

export function registerSearch(app: Hono, deps: RouteDeps): void {
  // Queries are unbounded, so search pages get an ETag but are not kept in the page cache.
  app.get('/search', async (c) => {
    const qs = c.req.queries('q') ?? [];
    if (qs.length > 1) return badRequest(c, deps, 'q', 'give "q" once');
    const q = (qs[0] ?? '').trim();
    if (q.length > MAX_QUERY_LENGTH) return badRequest(c, deps, 'q', `the search is ${q.length} characters long; the most is ${MAX_QUERY_LENGTH}`);
    const ctx = await deps.routeContext(localeOfPath(c.req.path));
    const hits = searchApps(ctx.snapshot.searchIndex(), q);
    const html = localiseLinks(
      String(await (<SearchView rubric={ctx.snapshot.catalog.rubric} query={q} hits={hits} meta={ctx.meta} />).toString()),
      ctx.locale,
    );
    const etag = etagOf(html);
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    if (fresh(c, etag)) return c.body(null, 304);
    return c.html(html);
  });

  const cache = new ResourceCache(1);
  app.get('/search-index.json', async (c) => {
    const { snapshot } = await deps.routeContext();
    const resource = cache.get(snapshot.version, 'index', () => ({ body: searchIndexJson(snapshot), type: 'application/json; charset=utf-8' }));
    return sendResource(c, resource);
  });
}
