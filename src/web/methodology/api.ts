/** GET /api/v1/rubric: the rubric in force, with its version and changelog. */
import { createRoute } from '@hono/zod-openapi';
import { Rubric } from '../../domain/rubric.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { ApiRouter } from '../api/router.ts';

export const rubricRoute = createRoute({
  method: 'get',
  path: '/rubric',
  summary: 'The scoring rubric',
  description: 'Every dimension, criterion, weight, level and label threshold the scores are computed with, its version and changelog.',
  responses: { 200: { description: 'The rubric in force.', content: { 'application/json': { schema: Rubric } } } },
});

/** Register the routes of this module. @example registerRubric(api, deps) */
export function registerRubric(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(rubricRoute, async function getRubric(c) {
    const { snapshot } = await deps.routeContext();
    return c.json(snapshot.catalog.rubric, 200);
  });
}
