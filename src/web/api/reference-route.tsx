/** GET /api (and /de/api, /fr/api): the API reference page, rendered from the OpenAPI document in the page's language. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { openApiDocument } from './openapi.ts';
import { ApiReferenceView, ReferenceDocument } from './reference.tsx';
import type { ApiRouter } from './router.ts';
import { alternatePaths } from '../http/locale-paths.ts';

/** Register the routes of this module. @example registerReferencePage(app, api, deps) */
export function registerReferencePage(app: Hono, api: ApiRouter, deps: RouteDeps): void {
  let reference: ReferenceDocument | undefined;
  // the page in every language (/api, /de/api, /fr/api); the API it documents exists once, at /api/v1
  for (const { path } of alternatePaths('/api')) {
    app.get(path, (c) =>
      deps.page(c, async (ctx) => {
        reference ??= ReferenceDocument.parse(openApiDocument(api, deps.siteUrl));
        return { html: String(await (<ApiReferenceView doc={reference} meta={ctx.meta} />).toString()) };
      }),
    );
  }
}
