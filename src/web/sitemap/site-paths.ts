/**
 * Every public page of the site, for the sitemap and the static export: one
 * list, so the two can't disagree.
 */
import { saferAlternativeSlugs } from '../../narrative/category.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { alternatePaths, feedPath } from '../http/locale-paths.ts';
import { LOCALES } from '../../i18n/index.ts';

export interface SitePath {
  path: string;
  /** YYYY-MM-DD of the last change, where known. */
  lastmod?: string;
  /** The same page in every language (English, German, French), for the sitemap's hreflang links. */
  alternates?: { locale: string; path: string }[];
}

/** Worked out once per snapshot (keyed by its list of apps, which the export's pinned copy shares), with what they were worked out from. */
interface Listed {
  bySlug: SiteSnapshot['bySlug'];
  catalog: SiteSnapshot['catalog'];
  stats: SiteSnapshot['stats'];
  pairs?: [SiteApp, SiteApp][];
  pages?: SitePath[];
}

const listed = new WeakMap<readonly SiteApp[], Listed>();

/** What was worked out for `snapshot` so far (nothing when its list of apps is new, or came with another catalog, stats or index). */
function listedFor(snapshot: SiteSnapshot): Listed {
  const known = listed.get(snapshot.apps);
  if (known && known.bySlug === snapshot.bySlug && known.catalog === snapshot.catalog && known.stats === snapshot.stats) return known;
  const made: Listed = { bySlug: snapshot.bySlug, catalog: snapshot.catalog, stats: snapshot.stats };
  listed.set(snapshot.apps, made);
  return made;
}

/**
 * The comparison pages the site links to: each app against its safer alternatives
 * (worked out once per snapshot: the export, its render order, its dependency keys and the sitemap all ask).
 * @example comparePairs(snapshot)[0] // ['imessage', 'signal']
 */
export function* comparePairs(snapshot: SiteSnapshot): Generator<[SiteApp, SiteApp]> {
  const known = listedFor(snapshot);
  known.pairs ??= [...pairsOf(snapshot)];
  yield* known.pairs;
}

function* pairsOf(snapshot: SiteSnapshot): Generator<[SiteApp, SiteApp]> {
  const byCategory = new Map<string, SiteApp[]>();
  for (const a of snapshot.apps) {
    const list = byCategory.get(a.review.category) ?? [];
    list.push(a);
    byCategory.set(a.review.category, list);
  }
  for (const app of snapshot.apps) {
    // Only which apps they are: the reasons an alternative is safer are not needed here.
    for (const slug of saferAlternativeSlugs(app, byCategory.get(app.review.category) ?? [])) {
      const other = snapshot.bySlug.get(slug);
      if (other) yield [app, other];
    }
  }
}

/**
 * Every HTML page worth indexing, in every language: each English page, then
 * the same page under /de and /fr, all three carrying their alternates.
 * @example [...sitePages(snapshot)].map((p) => p.path) // ['/', '/de', '/fr', '/apps', '/de/apps', ...]
 */
export function* sitePages(snapshot: SiteSnapshot): Generator<SitePath> {
  yield* sitePageList(snapshot);
}

/**
 * sitePages as a list, made once per snapshot (the export lists the pages, counts
 * them for the sitemap's parts and renders each part from them). Not to be changed.
 */
export function sitePageList(snapshot: SiteSnapshot): readonly SitePath[] {
  const known = listedFor(snapshot);
  if (!known.pages) {
    const pages: SitePath[] = [];
    for (const page of englishPages(snapshot)) {
      const alternates = alternatePaths(page.path);
      for (const a of alternates) pages.push({ ...page, path: a.path, alternates });
    }
    known.pages = pages;
  }
  return known.pages;
}

/** Every English HTML page worth indexing: home, methodology, about, compare form, the API reference, categories, reviews and comparisons. */
function* englishPages(snapshot: SiteSnapshot): Generator<SitePath> {
  const newest = snapshot.apps.reduce((m, a) => (a.row.createdAt > m ? a.row.createdAt : m), '').slice(0, 10);
  const at = newest === '' ? {} : { lastmod: newest };
  yield { path: '/', ...at };
  yield { path: '/apps', ...at };
  yield { path: '/methodology', lastmod: snapshot.catalog.rubric.published };
  yield { path: '/about' };
  yield { path: '/compare' };
  yield { path: '/api' };
  for (const c of snapshot.catalog.categories) if ((snapshot.stats.get(c.id)?.apps ?? 0) > 0) yield { path: `/categories/${c.id}`, ...at };
  for (const a of snapshot.apps) yield { path: `/apps/${a.review.slug}`, lastmod: a.row.createdAt.slice(0, 10) };
  for (const [a, b] of comparePairs(snapshot)) {
    const lastmod = a.row.createdAt > b.row.createdAt ? a.row.createdAt : b.row.createdAt;
    yield { path: `/compare/${a.review.slug}-vs-${b.review.slug}`, lastmod: lastmod.slice(0, 10) };
  }
}

/** Every other public file: the search page, feed, sitemap, robots, search index and badges (and the sitemap's own parts). */
export function* siteFiles(snapshot: SiteSnapshot, sitemapParts: number): Generator<string> {
  for (const a of alternatePaths('/search')) yield a.path;
  for (const locale of LOCALES) yield feedPath(locale);
  yield '/feed/documents.xml';
  yield '/sitemap.xml';
  for (let i = 1; i <= sitemapParts; i++) yield `/sitemap-${i}.xml`;
  yield '/robots.txt';
  yield '/search-index.json';
  for (const a of snapshot.apps) yield `/badge/${a.review.slug}.svg`;
}
