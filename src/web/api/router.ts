/**
 * The /api/v1 router: an OpenAPIHono whose routes validate their parameters
 * with zod schemas that also generate the OpenAPI document. It answers bad
 * parameters with 400 problems, unknown paths with 404 problems and failures
 * with 500 problems that leak nothing; every GET is open to any origin, has
 * an ETag (a hash of the body) and answers 304 when the client has it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { etagOf, matchesEtag } from '../http/etag.ts';
import { exportSinkOf } from '../http/export-sink.ts';
import { invalidParamsOf, problem } from './problem.ts';

export type ApiRouter = OpenAPIHono;

/** What a 304 keeps of the response it stands for (RFC 9110 §15.4.5), plus CORS so a browser accepts it. */
const NOT_MODIFIED_HEADERS = ['cache-control', 'content-location', 'date', 'expires', 'vary', 'access-control-allow-origin', 'access-control-expose-headers'];

/** Cache for a minute, then revalidate with the ETag (cheap: 304). */
export const API_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/**
 * The router every resource registers on, mounted at /api/v1.
 * @example const api = createApiRouter('https://privacydefend.org'); registerApps(api, deps);
 */
export function createApiRouter(siteUrl: string): ApiRouter {
  const api = new OpenAPIHono({
    defaultHook: function reportInvalidParams(result, c) {
      if (result.success) return undefined;
      const params = invalidParamsOf(result.error);
      const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
      return problem(
        c,
        siteUrl,
        400,
        `Invalid ${result.target === 'param' ? 'path' : result.target} parameter${params.length > 1 ? 's' : ''}: ${detail}.`,
        params,
      );
    },
  });
  api.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] }));
  api.use('*', async function tagResponse(c, next) {
    await next();
    // The static export writes the body to a file: it needs no ETag (export-sink.ts).
    if (!c.res.ok || c.res.status !== 200 || c.res.headers.has('ETag') || exportSinkOf(c)) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    const etag = etagOf(body);
    if (matchesEtag(c.req.header('if-none-match'), etag)) {
      const headers = new Headers();
      for (const name of NOT_MODIFIED_HEADERS) {
        const value = c.res.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      headers.set('ETag', etag);
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res.headers.set('ETag', etag);
  });
  api.use('*', async function cacheControl(c, next) {
    await next();
    if (c.res.ok && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', API_CACHE_CONTROL);
  });
  api.onError(function reportServerError(err, c) {
    console.error(err);
    return problem(c, siteUrl, 500, 'Something went wrong on our side. The error has been logged; please try again later.');
  });
  return api;
}

/** Answer every path no resource claimed with a 404 problem (405 for a method other than GET); register it last (a mounted router's notFound is not consulted). */
export function addUnknownEndpoint(api: ApiRouter, siteUrl: string): void {
  api.all('*', function unknownEndpoint(c) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD, OPTIONS');
      return problem(c, siteUrl, 405, `The API is read-only: use GET, not ${c.req.method}.`);
    }
    return problem(c, siteUrl, 404, `There is no API endpoint at ${new URL(c.req.url).pathname}. See ${siteUrl}/api for the endpoints.`);
  });
}
