/**
 * The order the export renders its URLs in: the order they are listed in,
 * except that what reads the same data as an app's review page comes right
 * after it, while that data is still at hand:
 * - each comparison page (/compare/a-vs-b, in each language) after the review
 *   page of a in the same language: that page compares a with each of its
 *   safer alternatives (the trade-offs), which are exactly the export's pairs,
 *   so the comparison page finds its comparison in the snapshot's small cache
 *   (web/compare/pair-comparison.ts) instead of computing it again;
 * - the app's API entry and API history after its French review page: they
 *   read the same page model and revision history, which the export keeps for
 *   the last few apps (renderer.ts).
 * The order changes no file's bytes.
 */
import { alternatePaths } from '../web/http/locale-paths.ts';
import { comparePairs } from '../web/sitemap/site-paths.ts';
import type { SiteSnapshot } from '../web/site-data.ts';

/** What to render right after a URL, by that URL. */
export function followers(snapshot: SiteSnapshot): Map<string, string[]> {
  const after = new Map<string, string[]>();
  const add = (leader: string | undefined, path: string) => {
    if (leader === undefined) return;
    const list = after.get(leader) ?? [];
    list.push(path);
    after.set(leader, list);
  };
  for (const [a, b] of comparePairs(snapshot)) {
    const reviews = alternatePaths(`/apps/${a.review.slug}`);
    alternatePaths(`/compare/${a.review.slug}-vs-${b.review.slug}`).forEach((compare, i) => add(reviews[i]?.path, compare.path));
  }
  for (const a of snapshot.apps) {
    const last = alternatePaths(`/apps/${a.review.slug}`).at(-1)?.path;
    add(last, `/api/v1/apps/${a.review.slug}`);
    add(last, `/api/v1/apps/${a.review.slug}/history`);
  }
  return after;
}

/**
 * Every URL of `paths`: each of the snapshot's followers once, right after
 * its leader (when both are listed), every other URL where it is listed.
 * @example [...inRenderOrder(snapshot, paths)] // [..., '/apps/imessage', '/compare/imessage-vs-signal', ...]
 */
export function* inRenderOrder(snapshot: SiteSnapshot, paths: Iterable<string>): Generator<string> {
  const all = [...paths];
  const listed = new Set(all);
  const after = followers(snapshot);
  // Only listed URLs after a listed leader move, each once; one whose leader never comes keeps its place.
  const moved = new Set<string>();
  for (const [leader, list] of after) if (listed.has(leader)) for (const p of list) if (listed.has(p)) moved.add(p);
  const done = new Set<string>();
  for (const path of all) {
    if (moved.has(path)) continue;
    yield path;
    for (const p of after.get(path) ?? []) {
      if (moved.has(p) && !done.has(p)) {
        done.add(p);
        yield p;
      }
    }
  }
  // None is left when no leader is itself a follower (as now); if one were, its followers would still come, last.
  for (const path of all) if (moved.has(path) && !done.has(path)) yield path;
}
