/**
 * GET /api/v1/changes: the latest revisions across the dataset with how each
 * moved the score. The Atom feed shows the same list (recentRevisionChanges).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { changeSummary, revisionChange, type RevisionChange } from '../../narrative/revisions.ts';
import type { RevisionRow, Store } from '../../store/index.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { intParam } from '../api/params.ts';
import { problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';

export const ChangeEntry = z
  .object({
    slug: z.string(),
    name: z.string(),
    category: z.string(),
    revision: z.number().int(),
    date: z.string().describe('ISO-8601 time of the revision'),
    score: z.number().nullable(),
    previousScore: z.number().nullable(),
    scoreChange: z.number().nullable(),
    label: z.string().nullable(),
    previousLabel: z.string().nullable(),
    rubricVersion: z.string(),
    note: z.string(),
    factsChanged: z.array(z.string()).describe('dotted paths of the facts added, removed or changed'),
    summary: z.string().describe('the change in one sentence'),
    url: z.string().describe('the app in the API'),
    page: z.string().describe('the review page'),
  })
  .openapi('ChangeEntry');
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const ChangeList = z.object({ data: z.array(ChangeEntry).describe('newest first') }).openapi('ChangeList');

export const ChangesQuery = z.object({ limit: intParam(1, 100).default(30).openapi({ description: 'how many changes, 1 to 100', example: '30' }) }).strict();

/**
 * The latest revisions across the dataset (newest first), each beside the
 * revision before it: the one list the changes API and the Atom feed show.
 * @example await recentRevisionChanges(store, 30)
 */
export async function recentRevisionChanges(store: Store, limit: number): Promise<RevisionChange<RevisionRow>[]> {
  const rows = await store.recentChanges(limit);
  const histories = new Map<string, RevisionRow[]>();
  for (const slug of new Set(rows.filter((r) => r.revision > 1).map((r) => r.slug))) histories.set(slug, await store.history(slug));
  return rows.map((row) =>
    revisionChange(
      row,
      histories.get(row.slug)?.find((r) => r.revision === row.revision - 1),
    ),
  );
}

/**
 * Revision changes as the API's change entries.
 * @example changeEntries(await recentRevisionChanges(store, 30), siteUrl)
 */
export function changeEntries(changes: readonly RevisionChange<RevisionRow>[], siteUrl: string): ChangeEntry[] {
  return changes.map((change) => {
    const { row, previous, previousScore, scoreChange, diff } = change;
    return {
      slug: row.slug,
      name: row.name,
      category: row.category,
      revision: row.revision,
      date: row.createdAt,
      score: row.score,
      previousScore,
      scoreChange,
      label: row.label,
      previousLabel: previous?.label ?? null,
      rubricVersion: row.rubricVersion,
      note: row.note,
      factsChanged: previous === undefined ? [] : diff.facts.map((f) => f.path),
      summary: changeSummary(change),
      url: `${siteUrl}/api/v1/apps/${row.slug}`,
      page: `${siteUrl}/apps/${row.slug}`,
    };
  });
}

export const changesRoute = createRoute({
  method: 'get',
  path: '/changes',
  summary: 'Recent changes',
  description:
    'The latest revisions across all apps, newest first, each with its score movement and the facts that changed (the Atom feed carries the same list).',
  request: { query: ChangesQuery },
  responses: {
    200: { description: 'The changes.', content: { 'application/json': { schema: ChangeList } } },
    400: problemResponse('`limit` is not a whole number from 1 to 100.'),
  },
});

/** Register the routes of this module. @example registerChanges(api, deps) */
export function registerChanges(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(changesRoute, async function listChanges(c) {
    const { limit } = c.req.valid('query');
    return c.json({ data: changeEntries(await recentRevisionChanges(deps.site.store, limit), deps.siteUrl) }, 200);
  });
}
