/** /feed.xml: an Atom feed of review updates, newest first, each with how the score moved. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { readerNote, type RevisionChange } from '../../narrative/revisions.ts';
import type { RevisionRow } from '../../store/index.ts';
import { recentRevisionChanges } from './api.ts';
import { ResourceCache, sendResource } from '../http/resource.ts';
import { xmlText } from '../http/xml.ts';

export const FEED_ENTRIES = 50;

/**
 * The Atom document.
 * @example atomFeed('https://privacydefend.org', entries, '2026-11-28T00:00:00.000Z')
 */
export function atomFeed(siteUrl: string, entries: readonly RevisionChange<RevisionRow>[], fallbackUpdated: string): string {
  const updated = entries[0]?.row.createdAt ?? fallbackUpdated;
  const items = entries.map(({ row, movement }) => {
    const url = `${siteUrl}/apps/${row.slug}#revision-${row.revision}`;
    return [
      '  <entry>',
      `    <id>${xmlText(`${siteUrl}/apps/${row.slug}/revisions/${row.revision}`)}</id>`,
      `    <title>${xmlText(`${row.name}: ${movement}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `    <updated>${xmlText(row.createdAt)}</updated>`,
      `    <author><name>${xmlText(row.author)}</name></author>`,
      `    <summary>${xmlText(`${readerNote(row.note) ?? 'Review updated'} (${movement}; rubric ${row.rubricVersion})`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>PrivacyDefend: review updates</title>',
    `  <id>${xmlText(`${siteUrl}/feed.xml`)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(`${siteUrl}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}/`)}"/>`,
    `  <updated>${xmlText(updated)}</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

export function registerFeed(app: Hono, deps: RouteDeps): void {
  let cached: { version: string; body: string } | undefined;
  const cache = new ResourceCache(1);
  app.get('/feed.xml', async (c) => {
    const { snapshot } = await deps.routeContext();
    if (cached?.version !== snapshot.version) {
      const entries = await recentRevisionChanges(deps.site.store, FEED_ENTRIES);
      cached = { version: snapshot.version, body: atomFeed(deps.siteUrl, entries, `${snapshot.catalog.rubric.published}T00:00:00Z`) };
    }
    const body = cached.body;
    return sendResource(
      c,
      cache.get(snapshot.version, 'feed', () => ({ body, type: 'application/atom+xml; charset=utf-8' })),
    );
  });
}
