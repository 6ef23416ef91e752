/**
 * The order the export renders the site's pages in: the sitemap's order,
 * except that each comparison page (/compare/a-vs-b, in each language) comes
 * right after the review page of a in the same language. That review page
 * compares a with each of its safer alternatives (the trade-offs), which are
 * exactly the export's pairs, so the comparison page finds its comparison in
 * the snapshot's small cache (web/compare/pair-comparison.ts) instead of
 * computing it again; the order changes no file's bytes.
 */
import { alternatePaths } from '../web/http/locale-paths.ts';
import { comparePairs, sitePages } from '../web/sitemap/site-paths.ts';
import type { SiteSnapshot } from '../web/site-data.ts';

/**
 * Every page path of `sitePages(snapshot)`, each exactly once, each
 * comparison page right after its first app's review page.
 * @example [...pagesInRenderOrder(snapshot)] // [..., '/apps/imessage', '/compare/imessage-vs-signal', ...]
 */
export function* pagesInRenderOrder(snapshot: SiteSnapshot): Generator<string> {
  // The comparison pages to render after each review page, by the review page's path (in its language).
  const after = new Map<string, string[]>();
  for (const [a, b] of comparePairs(snapshot)) {
    const reviews = alternatePaths(`/apps/${a.review.slug}`);
    const compares = alternatePaths(`/compare/${a.review.slug}-vs-${b.review.slug}`);
    compares.forEach((compare, i) => {
      const review = reviews[i]?.path;
      if (review === undefined) return;
      const list = after.get(review) ?? [];
      list.push(compare.path);
      after.set(review, list);
    });
  }
  const pages = [...sitePages(snapshot)].map((p) => p.path);
  const known = new Set(pages);
  // Only pages the sitemap has are moved, each once; any left over (its review page not among the pages) keeps its place.
  const moved = new Set<string>();
  for (const [review, compares] of after) if (known.has(review)) for (const c of compares) if (known.has(c)) moved.add(c);
  const done = new Set<string>();
  for (const path of pages) {
    if (moved.has(path)) continue;
    yield path;
    for (const c of after.get(path) ?? []) {
      if (moved.has(c) && !done.has(c)) {
        done.add(c);
        yield c;
      }
    }
  }
  for (const path of pages) if (moved.has(path) && !done.has(path)) yield path;
}
