/**
 * Document changes across apps: GET /api/v1/changes/documents and the Atom
 * feed /feed/documents.xml, both from `documentChangeEntries`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import type { DocumentVersion, RecheckItem } from '../../store/index.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteSnapshot } from '../site-data.ts';
import { intParam } from '../api/params.ts';
import { problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';
import { ResourceCache, sendResource } from '../http/resource.ts';
import { xmlText } from '../http/xml.ts';
import { DocumentChangeList, type DocumentChangeEntry } from './schemas.ts';

export const DOCUMENT_FEED_PATH = '/feed/documents.xml';
const FEED_ENTRIES = 50;

/**
 * Change entries for the versions given (newest first), with the re-check items each caused.
 * @example documentChangeEntries(await store.documentChanges(30), await store.recheckItems(), snapshot, siteUrl)
 */
export function documentChangeEntries(
  versions: readonly DocumentVersion[],
  rechecks: readonly RecheckItem[],
  snapshot: SiteSnapshot,
  siteUrl: string,
): DocumentChangeEntry[] {
  return versions.map((v) => {
    const app = snapshot.bySlug.get(v.slug);
    const declared = app?.review.documents?.find((d) => d.id === v.documentId);
    const items = rechecks.filter((r) => r.versionId === v.id);
    return {
      slug: v.slug,
      name: app?.review.name ?? v.slug,
      document: v.documentId,
      kind: declared?.kind ?? 'other',
      url: v.url,
      version: v.version,
      changedAt: v.fetchedAt,
      httpStatus: v.httpStatus,
      hash: v.hash,
      facts: [...new Set(items.flatMap((r) => r.facts))],
      reason: items.map((r) => r.reason).join(' ') || `The text of ${v.documentId} changed.`,
      diff: v.diff ?? '',
      links: { app: `${siteUrl}/api/v1/apps/${v.slug}`, page: `${siteUrl}/apps/${v.slug}` },
    };
  });
}

export const DocumentChangesQuery = z
  .object({ limit: intParam(1, 100).default(30).openapi({ description: 'how many changes, 1 to 100', example: '30' }) })
  .strict();

export const documentChangesRoute = createRoute({
  method: 'get',
  path: '/changes/documents',
  summary: 'Recent changes to watched documents',
  description: `Privacy policies, terms and other documents whose text changed, newest first, each with the diff and the facts queued for re-checking (the Atom feed ${DOCUMENT_FEED_PATH} carries the same list).`,
  request: { query: DocumentChangesQuery },
  responses: {
    200: { description: 'The changes.', content: { 'application/json': { schema: DocumentChangeList } } },
    400: problemResponse('`limit` is not a whole number from 1 to 100.'),
  },
});

async function entries(deps: RouteDeps, limit: number) {
  const { snapshot } = await deps.routeContext();
  const store = deps.site.store;
  return { snapshot, entries: documentChangeEntries(await store.documentChanges(limit), await store.recheckItems(), snapshot, deps.siteUrl) };
}

/** Register GET /api/v1/changes/documents. @example registerDocumentChangesApi(api, deps) */
export function registerDocumentChangesApi(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(documentChangesRoute, async function listDocumentChanges(c) {
    const { limit } = c.req.valid('query');
    return c.json({ data: (await entries(deps, limit)).entries }, 200);
  });
}

/**
 * The Atom document of document changes.
 * @example documentsAtomFeed('https://privacydefend.org', entries, '2026-11-28T00:00:00Z')
 */
export function documentsAtomFeed(siteUrl: string, list: readonly DocumentChangeEntry[], fallbackUpdated: string): string {
  const items = list.map((e) =>
    [
      '  <entry>',
      `    <id>${xmlText(`${siteUrl}/apps/${e.slug}/documents/${e.document}/versions/${e.version}`)}</id>`,
      `    <title>${xmlText(`${e.name}: ${e.document} changed`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.links.page)}"/>`,
      `    <link rel="related" href="${xmlText(e.url)}"/>`,
      `    <updated>${xmlText(e.changedAt)}</updated>`,
      `    <summary>${xmlText(`${e.reason}${e.facts.length > 0 ? ` Facts being re-checked: ${e.facts.join(', ')}.` : ''}`)}</summary>`,
      `    <content type="text">${xmlText(e.diff)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  const self = `${siteUrl}${DOCUMENT_FEED_PATH}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>PrivacyDefend: changes to watched privacy documents</title>',
    `  <id>${xmlText(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}/`)}"/>`,
    `  <author><name>PrivacyDefend watcher</name></author>`,
    `  <updated>${xmlText(list[0]?.changedAt ?? fallbackUpdated)}</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** Register the Atom feed. @example registerDocumentFeed(app, deps) */
export function registerDocumentFeed(app: Hono, deps: RouteDeps): void {
  const cache = new ResourceCache(1);
  let built: { version: string; body: string } | undefined;
  app.get(DOCUMENT_FEED_PATH, async (c) => {
    const { snapshot } = await deps.routeContext();
    if (built?.version !== snapshot.version) {
      const { entries: list } = await entries(deps, FEED_ENTRIES);
      built = { version: snapshot.version, body: documentsAtomFeed(deps.siteUrl, list, `${snapshot.catalog.rubric.published}T00:00:00Z`) };
    }
    const body = built.body;
    return sendResource(
      c,
      cache.get(snapshot.version, 'documents-feed', () => ({ body, type: 'application/atom+xml; charset=utf-8' })),
    );
  });
}
