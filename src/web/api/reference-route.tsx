/** GET /api: the API reference page, rendered from the OpenAPI document. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { openApiDocument } from './openapi.ts';
import { ApiReferenceView, ReferenceDocument } from './reference.tsx';
import type { ApiRouter } from './router.ts';

/** Register the routes of this module. @example registerReferencePage(app, api, deps) */
export function registerReferencePage(app: Hono, api: ApiRouter, deps: RouteDeps): void {
  let reference: ReferenceDocument | undefined;
  app.get('/api', (c) =>
    deps.page(c, async (ctx) => {
      reference ??= ReferenceDocument.parse(openApiDocument(api, deps.siteUrl));
      return { html: String(await (<ApiReferenceView doc={reference} meta={ctx.meta} />).toString()) };
    }),
  );
}
