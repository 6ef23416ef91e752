/** /feed.xml: an Atom feed of review updates, newest first, each with how the score moved. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { readerNote, type RevisionChange } from '../../narrative/revisions.ts';
import type { RevisionRow } from '../../store/index.ts';
import { recentRevisionChanges } from './api.ts';
import { ResourceCache, sendResource } from '../http/resource.ts';
import { xmlText } from '../http/xml.ts';
import { DEFAULT_LOCALE, LOCALES, t, type Locale } from '../../i18n/index.ts';
import { feedPath, localPath } from '../http/locale-paths.ts';

export { feedPath };

export const FEED_ENTRIES = 50;

/** How a revision moved the score, in `locale` ("Bewertung 7,2/10 → 8,1/10"). */
function movementIn(locale: Locale, change: RevisionChange<RevisionRow>): string {
  const before = change.previous?.score ?? null;
  const after = change.row.score;
  if (!change.previous) return t(locale, 'page.feed.first', { scored: after === null ? 'no' : 'yes', score: after ?? 0 });
  if (before === after) return after === null ? t(locale, 'page.feed.unchangedUnscored') : t(locale, 'page.feed.unchanged', { score: after });
  if (before === null && after !== null) return t(locale, 'page.feed.nowScored', { after });
  if (after === null && before !== null) return t(locale, 'page.feed.noLongerScored', { before });
  return t(locale, 'page.feed.moved', { before: before ?? 0, after: after ?? 0 });
}

/**
 * The Atom document, in English (the entries' own `movement` words) or, with `locale`, in German or French:
 * its titles and generated words in that language, its links to that language's pages. An editor's note stays as written.
 * @example atomFeed('https://privacydefend.org', entries, '2026-11-28T00:00:00.000Z')
 */
export function atomFeed(siteUrl: string, entries: readonly RevisionChange<RevisionRow>[], fallbackUpdated: string, locale: Locale = DEFAULT_LOCALE): string {
  const updated = entries[0]?.row.createdAt ?? fallbackUpdated;
  const english = locale === DEFAULT_LOCALE;
  const self = `${siteUrl}${feedPath(locale)}`;
  const items = entries.map((change) => {
    const { row } = change;
    const movement = english ? change.movement : movementIn(locale, change);
    const page = localPath(locale, `/apps/${row.slug}`);
    const url = `${siteUrl}${page}#revision-${row.revision}`;
    const note = readerNote(row.note) ?? t(locale, 'page.feed.updated');
    return [
      '  <entry>',
      `    <id>${xmlText(`${siteUrl}${page}/revisions/${row.revision}`)}</id>`,
      `    <title>${xmlText(english ? `${row.name}: ${movement}` : t(locale, 'page.feed.entryTitle', { name: row.name, movement }))}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `    <updated>${xmlText(row.createdAt)}</updated>`,
      `    <author><name>${xmlText(row.author)}</name></author>`,
      `    <summary>${xmlText(english ? `${note} (${movement}; rubric ${row.rubricVersion})` : t(locale, 'page.feed.summary', { note, movement, version: row.rubricVersion }))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // the English feed keeps the root it always had; the others say their language
    english ? '<feed xmlns="http://www.w3.org/2005/Atom">' : `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <title>${xmlText(t(locale, 'page.feed.title'))}</title>`,
    `  <id>${xmlText(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}${english ? '/' : localPath(locale, '/')}`)}"/>`,
    ...LOCALES.filter((l) => l !== locale).map(
      (l) => `  <link rel="alternate" type="application/atom+xml" hreflang="${l}" href="${xmlText(`${siteUrl}${feedPath(l)}`)}"/>`,
    ),
    `  <updated>${xmlText(updated)}</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** /feed.xml, /de/feed.xml and /fr/feed.xml: the review updates in each language. */
export function registerFeed(app: Hono, deps: RouteDeps): void {
  let cached: { version: string; entries: RevisionChange<RevisionRow>[] } | undefined;
  const cache = new ResourceCache(LOCALES.length);
  for (const locale of LOCALES) {
    app.get(feedPath(locale), async (c) => {
      const { snapshot } = await deps.routeContext();
      if (cached?.version !== snapshot.version) cached = { version: snapshot.version, entries: await recentRevisionChanges(deps.site.store, FEED_ENTRIES) };
      const entries = cached.entries;
      return sendResource(
        c,
        cache.get(snapshot.version, `feed-${locale}`, () => ({
          body: atomFeed(deps.siteUrl, entries, `${snapshot.catalog.rubric.published}T00:00:00Z`, locale),
          type: 'application/atom+xml; charset=utf-8',
        })),
      );
    });
  }
}
