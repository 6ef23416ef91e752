/** GET /api/v1/search?q=: the site's search (fuzzy and prefix) over names, aliases, owners and categories. */
import { createRoute, z } from '@hono/zod-openapi';
import { searchApps } from '../../search/index.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { intParam } from '../api/params.ts';
import { problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';

export const SearchQuery = z
  .object({
    q: z
      .string({ error: 'is required: the words to search for' })
      .trim()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters')
      .openapi({ description: 'words to find in app names, aliases, owners and categories; typos and word starts match', example: 'signl' }),
    limit: intParam(1, 50).default(20).openapi({ description: 'at most this many results, 1 to 50', example: '20' }),
  })
  .strict();

export const SearchResult = z
  .object({
    slug: z.string(),
    name: z.string(),
    category: z.string(),
    categoryName: z.string(),
    owner: z.string(),
    score: z.number().nullable(),
    label: z.string(),
    relevance: z.number().describe('higher is a better match'),
    url: z.string(),
    page: z.string(),
  })
  .openapi('SearchResult');

export const SearchResults = z
  .object({ query: z.string(), total: z.number().int(), data: z.array(SearchResult).describe('best match first') })
  .openapi('SearchResults');

export const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Search apps',
  description: 'Finds apps by name, alias, owner or category, forgiving typos ("signl") and matching word starts ("whats").',
  request: { query: SearchQuery },
  responses: {
    200: { description: 'The matching apps, best first.', content: { 'application/json': { schema: SearchResults } } },
    400: problemResponse('`q` is missing, empty or too long, or `limit` is out of range.'),
  },
});

/** Register the routes of this module. @example registerSearch(api, deps) */
export function registerSearch(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(searchRoute, async function search(c) {
    const { q, limit } = c.req.valid('query');
    const { snapshot } = await deps.routeContext();
    const data = searchApps(snapshot.searchIndex(), q, limit).map(({ categoryId, tone: _tone, scoreText: _text, ...hit }) => ({
      ...hit,
      category: categoryId,
      url: `${deps.siteUrl}/api/v1/apps/${hit.slug}`,
      page: `${deps.siteUrl}/apps/${hit.slug}`,
    }));
    return c.json({ query: q, total: data.length, data }, 200);
  });
}
