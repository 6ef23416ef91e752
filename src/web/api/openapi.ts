/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the
 * routes validate with, and GET /api/v1/openapi.json serving it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { ApiRouter } from './router.ts';

export const API_VERSION = '1.0.0';

export const openApiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  summary: 'This document',
  description: 'The OpenAPI 3.1 description of the API, generated from the same schemas that validate requests.',
  responses: {
    200: {
      description: 'The OpenAPI document.',
      content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }).openapi('OpenApiDocument') } },
    },
  },
});

/**
 * The OpenAPI document of every route registered on `api`.
 * @example openApiDocument(api, 'https://privacydefend.org').paths['/apps']
 */
export function openApiDocument(api: ApiRouter, siteUrl: string) {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'PrivacyDefend open data API',
      version: API_VERSION,
      description:
        'Privacy ratings of apps computed from sourced facts with a published rubric. Read-only JSON; field names are camelCase, query parameters snake_case. ' +
        'Every response has an ETag (send If-None-Match to get 304) and is open to any origin. Errors are RFC 9457 problem details. Data licence: CC BY 4.0.',
      license: { name: 'CC BY 4.0 (data)', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
  });
}

/** Register the routes of this module. @example registerOpenApi(api, deps) */
export function registerOpenApi(api: ApiRouter, deps: RouteDeps): void {
  api.openAPIRegistry.registerPath(openApiRoute);
  let doc: ReturnType<typeof openApiDocument> | undefined;
  api.get('/openapi.json', function getOpenApi(c) {
    // Routes are fixed once the app is built, so the document is generated once.
    doc ??= openApiDocument(api, deps.siteUrl);
    return c.json(doc, 200);
  });
}
