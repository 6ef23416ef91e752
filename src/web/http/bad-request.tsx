/** The 400 answer to a query parameter we can't read. Not cached: bad URLs are unbounded. */
import type { Context } from 'hono';
import type { RouteDeps } from './route-deps.tsx';
import { BadRequestView } from '../views/bad-request.tsx';
import { localeOfPath, localiseLinks } from './locale-paths.ts';

export async function badRequest(c: Context, deps: RouteDeps, parameter: string, message: string): Promise<Response> {
  const ctx = await deps.routeContext(localeOfPath(c.req.path));
  const html = await (<BadRequestView path={c.req.path} parameter={parameter} message={message} meta={ctx.meta} />).toString();
  c.header('Cache-Control', 'no-store');
  return c.html(localiseLinks(String(html), ctx.locale), 400);
}
