/**
 * Contract tests: every endpoint answers each status its OpenAPI document
 * lists, with the documented media type, and a body the route's own zod
 * schema (the one that generated the document) accepts; the document lists
 * every route.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from '@hono/zod-openapi';
import type { RouteConfig } from '@hono/zod-openapi';
import { testApi, type TestApi } from '../../../test/support/site.ts';
import { listAppsRoute } from '../apps/api.ts';
import { getAppRoute } from '../reviews/api.ts';
import { historyRoute } from '../reviews/history-api.ts';
import { getCategoryRoute, listCategoriesRoute } from '../categories/api.ts';
import { searchRoute } from '../search/api.ts';
import { compareRoute } from '../compare/api.ts';
import { rubricRoute } from '../methodology/api.ts';
import { changesRoute } from '../changes/api.ts';
import { documentChangesRoute } from '../documents/changes.ts';
import { openApiRoute } from './openapi.ts';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(() => t.close());

const OpenApiDoc = z.looseObject({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.looseObject({ responses: z.record(z.string(), z.unknown()) }))),
});

async function documentOf() {
  const { body } = await t.get('/api/v1/openapi.json');
  return OpenApiDoc.parse(body);
}

/** The zod schema a route documents for a status and media type. */
function schemaOf(route: RouteConfig, status: number, type: string): z.ZodType {
  const response = route.responses[status];
  const media = response && 'content' in response ? response.content?.[type] : undefined;
  const schema = media && 'schema' in media ? media.schema : undefined;
  if (!(schema instanceof z.ZodType)) throw new Error(`${route.method.toUpperCase()} ${route.path} documents no ${type} schema for ${status}`);
  return schema;
}

const cases: { route: RouteConfig; url: string; status: number }[] = [
  { route: listAppsRoute, url: '/api/v1/apps', status: 200 },
  { route: listAppsRoute, url: '/api/v1/apps?category=messaging&sort=name&order=asc&per_page=5&page=2&e2ee_default=true&sells_data=false', status: 200 },
  { route: listAppsRoute, url: '/api/v1/apps?per_page=0', status: 400 },
  { route: getAppRoute, url: '/api/v1/apps/signal', status: 200 },
  { route: getAppRoute, url: '/api/v1/apps/Not_A_Slug', status: 400 },
  { route: getAppRoute, url: '/api/v1/apps/no-such-app', status: 404 },
  { route: historyRoute, url: '/api/v1/apps/imessage/history', status: 200 },
  { route: historyRoute, url: '/api/v1/apps/UPPER/history', status: 400 },
  { route: historyRoute, url: '/api/v1/apps/no-such-app/history', status: 404 },
  { route: listCategoriesRoute, url: '/api/v1/categories', status: 200 },
  { route: getCategoryRoute, url: '/api/v1/categories/messaging', status: 200 },
  { route: getCategoryRoute, url: '/api/v1/categories/Bad%20Id', status: 400 },
  { route: getCategoryRoute, url: '/api/v1/categories/no-such-category', status: 404 },
  { route: searchRoute, url: '/api/v1/search?q=signl', status: 200 },
  { route: searchRoute, url: '/api/v1/search?q=', status: 400 },
  { route: compareRoute, url: '/api/v1/compare?apps=signal,whatsapp,telegram', status: 200 },
  { route: compareRoute, url: '/api/v1/compare?apps=signal,whatsapp&lang=de', status: 200 },
  { route: compareRoute, url: '/api/v1/compare?apps=signal,whatsapp&lang=fr', status: 200 },
  { route: compareRoute, url: '/api/v1/compare?apps=signal', status: 400 },
  { route: compareRoute, url: '/api/v1/compare?apps=signal,whatsapp&lang=es', status: 400 },
  { route: compareRoute, url: '/api/v1/compare?apps=signal,no-such-app', status: 404 },
  { route: rubricRoute, url: '/api/v1/rubric', status: 200 },
  { route: changesRoute, url: '/api/v1/changes', status: 200 },
  { route: changesRoute, url: '/api/v1/changes?limit=1000', status: 400 },
  { route: documentChangesRoute, url: '/api/v1/changes/documents', status: 200 },
  { route: documentChangesRoute, url: '/api/v1/changes/documents?limit=0', status: 400 },
  { route: openApiRoute, url: '/api/v1/openapi.json', status: 200 },
];

test('the document is OpenAPI 3.1 and lists every route, each with every status the tests exercise', async () => {
  const doc = await documentOf();
  assert.equal(doc.openapi, '3.1.0');
  const routes = [
    listAppsRoute,
    getAppRoute,
    historyRoute,
    listCategoriesRoute,
    getCategoryRoute,
    searchRoute,
    compareRoute,
    rubricRoute,
    changesRoute,
    documentChangesRoute,
    openApiRoute,
  ];
  assert.deepEqual(Object.keys(doc.paths).sort(), [...new Set(routes.map((r) => r.path))].sort());
  for (const { route, status } of cases) {
    assert.ok(doc.paths[route.path]?.[route.method]?.responses[String(status)], `${route.method} ${route.path} documents ${status}`);
  }
});

test('every documented status of every route is exercised here', () => {
  const routes = new Set(cases.map((c) => c.route));
  for (const route of routes) {
    for (const status of Object.keys(route.responses)) {
      assert.ok(
        cases.some((c) => c.route === route && String(c.status) === status),
        `${route.method.toUpperCase()} ${route.path} → ${status} has a case`,
      );
    }
  }
});

for (const { route, url, status } of cases) {
  test(`GET ${url} → ${status}, with a body its documented schema accepts`, async () => {
    const { res, body } = await t.get(url);
    assert.equal(res.status, status, JSON.stringify(body).slice(0, 300));
    const type = status < 400 ? 'application/json' : 'application/problem+json';
    assert.equal(res.headers.get('content-type')?.split(';')[0], type);
    const parsed = schemaOf(route, status, type).safeParse(body);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    if (status >= 400) {
      assert.doesNotMatch(JSON.stringify(body), /at \w+ \(|node_modules|\.ts:\d+/, 'no stack trace');
      assert.ok(typeof body === 'object' && body !== null && 'instance' in body && body.instance === url);
    } else {
      assert.ok(res.headers.get('etag'), 'has an ETag');
      assert.match(res.headers.get('cache-control') ?? '', /max-age/);
    }
  });
}
