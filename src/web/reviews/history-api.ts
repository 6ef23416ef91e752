/** GET /api/v1/apps/{slug}/history: every revision of a review, what changed and how the score moved. */
import { createRoute, z } from '@hono/zod-openapi';
import { appRevisionChanges } from '../../narrative/revisions.ts';
import type { RevisionRow } from '../../store/index.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { SlugParam } from './api.ts';
import { problem, problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';

export const FactChange = z
  .object({
    path: z.string().describe('dotted path of the fact'),
    kind: z.enum(['added', 'removed', 'changed']),
    before: z.string().optional().describe('the value before, as JSON text; "unknown" for an unknown fact'),
    after: z.string().optional(),
  })
  .openapi('FactChange');

export const RevisionChanges = z
  .object({
    facts: z.array(FactChange),
    sourcesAdded: z.array(z.string()),
    sourcesRemoved: z.array(z.string()),
    controversiesAdded: z.array(z.string()),
    controversiesRemoved: z.array(z.string()),
  })
  .openapi('RevisionChanges');

export const HistoryEntry = z
  .object({
    revision: z.number().int(),
    date: z.string().describe('ISO-8601 time the revision was recorded'),
    reviewed: z.string().describe('YYYY-MM-DD the editor read the sources'),
    score: z.number().nullable(),
    previousScore: z.number().nullable().describe('the score of the revision before; null for the first or when unscored'),
    scoreChange: z.number().nullable().describe('score − previousScore, one decimal; null when either is null'),
    label: z.string().nullable(),
    rubricVersion: z.string(),
    note: z.string(),
    changes: RevisionChanges.describe('what changed since the revision before (everything is "added" in the first)'),
  })
  .openapi('HistoryEntry');
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const AppHistory = z.object({ slug: z.string(), name: z.string(), revisions: z.array(HistoryEntry).describe('newest first') }).openapi('AppHistory');

/**
 * One app's revisions (oldest first, as the store returns them) as history entries, newest first.
 * @example historyEntries(await store.history('signal'))[0].changes.facts
 */
export function historyEntries(rows: readonly RevisionRow[]): HistoryEntry[] {
  return appRevisionChanges(rows).map(({ row, diff, previousScore, scoreChange }) => ({
    revision: row.revision,
    date: row.createdAt,
    reviewed: row.reviewedAt,
    score: row.score,
    previousScore,
    scoreChange,
    label: row.label,
    rubricVersion: row.rubricVersion,
    note: row.note,
    changes: diff,
  }));
}

export const historyRoute = createRoute({
  method: 'get',
  path: '/apps/{slug}/history',
  summary: "An app's revision history",
  description:
    "Every revision of the review, newest first: when, the score and label then, the rubric version, the editor's note and which facts, sources and controversies changed.",
  request: { params: SlugParam },
  responses: {
    200: { description: 'The revisions.', content: { 'application/json': { schema: AppHistory } } },
    400: problemResponse('The slug is not a valid app id.'),
    404: problemResponse('No app has this slug.'),
  },
});

/** Register the routes of this module. @example registerHistory(api, deps) */
export function registerHistory(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(historyRoute, async function getHistory(c) {
    const { slug } = c.req.valid('param');
    const { snapshot } = await deps.routeContext();
    const app = snapshot.bySlug.get(slug);
    if (!app) return problem(c, deps.siteUrl, 404, `There is no app "${slug}". See ${deps.siteUrl}/api/v1/apps for the list.`);
    const rows = await deps.site.store.history(slug);
    return c.json({ slug, name: app.review.name, revisions: historyEntries(rows) }, 200);
  });
}
