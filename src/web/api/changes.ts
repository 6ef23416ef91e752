/**
 * GET /api/v1/changes: the latest revisions across the dataset with how each
 * moved the score. `changeEntries` is pure so the Atom feed is made from the
 * same list.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { diffReviews } from '../../domain/diff.ts';
import type { RevisionRow } from '../../store/index.ts';
import type { RouteDeps } from '../app.tsx';
import { scoreMovement } from './history.ts';
import { intParam } from './params.ts';
import { problemResponse } from './problem.ts';
import type { ApiRouter } from './router.ts';

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

function lookLike(facts: unknown): { sources?: Record<string, unknown> } & object {
  return typeof facts === 'object' && facts !== null ? facts : {};
}

/**
 * Recent revisions (newest first) as change entries; `previous(row)` is the revision before it, if any.
 * @example changeEntries(await store.recentChanges(30), (r) => previousBySlug.get(`${r.slug}#${r.revision - 1}`), siteUrl)
 */
export function changeEntries(rows: readonly RevisionRow[], previous: (row: RevisionRow) => RevisionRow | undefined, siteUrl: string): ChangeEntry[] {
  return rows.map((row) => {
    const before = previous(row);
    const diff = diffReviews(before ? lookLike(before.facts) : undefined, lookLike(row.facts));
    const previousScore = before?.score ?? null;
    const scoreChange = scoreMovement(row.score, previousScore);
    const movement =
      before === undefined
        ? `First review${row.score === null ? '' : `: ${row.score}/10 (${row.label ?? 'unlabelled'})`}.`
        : scoreChange === null || scoreChange === 0
          ? `Score unchanged${row.score === null ? '' : ` at ${row.score}/10`}.`
          : `Score ${scoreChange > 0 ? 'up' : 'down'} from ${previousScore} to ${row.score}/10${row.label !== before.label ? ` (${before.label ?? 'unlabelled'} → ${row.label ?? 'unlabelled'})` : ''}.`;
    const facts = before === undefined ? '' : ` ${diff.facts.length} fact${diff.facts.length === 1 ? '' : 's'} changed.`;
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
      previousLabel: before?.label ?? null,
      rubricVersion: row.rubricVersion,
      note: row.note,
      factsChanged: before === undefined ? [] : diff.facts.map((f) => f.path),
      summary: `${row.name}: ${movement}${facts}`,
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
    const store = deps.site.store;
    const rows = await store.recentChanges(limit);
    const histories = new Map<string, RevisionRow[]>();
    for (const slug of new Set(rows.filter((r) => r.revision > 1).map((r) => r.slug))) histories.set(slug, await store.history(slug));
    const previous = (row: RevisionRow) => histories.get(row.slug)?.find((r) => r.revision === row.revision - 1);
    return c.json({ data: changeEntries(rows, previous, deps.siteUrl) }, 200);
  });
}
