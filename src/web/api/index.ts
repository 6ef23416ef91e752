/** The open data API under /api/v1 and the downloads: each resource is a module in this folder, registered here. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../app.tsx';
import { createApiRouter, type ApiRouter } from './router.ts';
import { registerApps } from './apps.ts';

/** Every resource of /api/v1, registered on one router (also used to generate the OpenAPI document). */
export function buildApiRouter(deps: RouteDeps): ApiRouter {
  const api = createApiRouter(deps.siteUrl);
  registerApps(api, deps);
  return api;
}

export function registerApi(app: Hono, deps: RouteDeps): void {
  const api = buildApiRouter(deps);
  app.route('/api/v1', api);
}
