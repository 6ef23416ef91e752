/** The open data API under /api/v1 and the downloads: each resource is a module in this folder, registered here. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { addUnknownEndpoint, createApiRouter, type ApiRouter } from './router.ts';
import { registerApps } from '../apps/api.ts';
import { registerAppReview } from '../reviews/api.ts';
import { registerHistory } from '../reviews/history-api.ts';
import { registerCategories } from '../categories/api.ts';
import { registerSearch } from '../search/api.ts';
import { registerCompare } from '../compare/api.ts';
import { registerRubric } from '../methodology/api.ts';
import { registerChanges } from '../changes/api.ts';
import { registerOpenApi } from './openapi.ts';
import { registerReferencePage } from './reference-route.tsx';
import { registerDownloads } from '../downloads/routes.tsx';
import { registerDocumentChangesApi } from '../documents/changes.ts';

export { exportablePaths } from './exportable-paths.ts';
export { datasetCsv, datasetJson } from '../downloads/files.ts';

/** Every resource of /api/v1 on one router, which also generates the OpenAPI document. */
export function buildApiRouter(deps: RouteDeps): ApiRouter {
  const api = createApiRouter(deps.siteUrl);
  registerApps(api, deps);
  registerAppReview(api, deps);
  registerHistory(api, deps);
  registerCategories(api, deps);
  registerSearch(api, deps);
  registerCompare(api, deps);
  registerRubric(api, deps);
  registerChanges(api, deps);
  registerDocumentChangesApi(api, deps);
  registerOpenApi(api, deps);
  addUnknownEndpoint(api, deps.siteUrl);
  return api;
}

/** Mount /api/v1, the /api reference page and /downloads on the site. @example registerApi(app, deps) */
export function registerApi(app: Hono, deps: RouteDeps): void {
  const api = buildApiRouter(deps);
  app.route('/api/v1', api);
  registerReferencePage(app, api, deps);
  registerDownloads(app, deps);
}
