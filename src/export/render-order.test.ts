import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite } from '../../test/support/site.ts';
import type { Store } from '../store/index.ts';
import type { SiteData } from '../web/site-data.ts';
import { comparePairs, sitePages } from '../web/sitemap/site-paths.ts';
import { alternatePaths } from '../web/http/locale-paths.ts';
import { pagesInRenderOrder } from './render-order.ts';

let store: Store;
let site: SiteData;
before(async () => {
  ({ store, site } = await bundledSite());
});
after(async () => {
  await store.close();
});

test('the render order holds every page of the sitemap once, each comparison right after its first app’s review pages', async () => {
  const snapshot = await site.snapshot();
  const order = [...pagesInRenderOrder(snapshot)];
  const pages = [...sitePages(snapshot)].map((p) => p.path);
  assert.equal(order.length, pages.length);
  assert.deepEqual([...order].sort(), [...pages].sort());
  const pairs = [...comparePairs(snapshot)];
  assert.ok(pairs.length > 0, 'the bundled data has comparison pages');
  for (const [a, b] of pairs) {
    const reviews = alternatePaths(`/apps/${a.review.slug}`);
    alternatePaths(`/compare/${a.review.slug}-vs-${b.review.slug}`).forEach((compare, i) => {
      const at = order.indexOf(compare.path);
      const review = order.indexOf(reviews[i]?.path ?? '');
      assert.ok(review !== -1 && at > review, `${compare.path} after ${reviews[i]?.path}`);
      // Nothing but other comparisons of the same app (in that language) between them.
      for (const between of order.slice(review + 1, at))
        assert.ok(between.startsWith(compare.path.slice(0, compare.path.indexOf('-vs-') + 4)), `${between} between ${reviews[i]?.path} and ${compare.path}`);
    });
  }
  // Everything else keeps the sitemap's order.
  const rest = (paths: string[]) => paths.filter((p) => !p.includes('/compare/'));
  assert.deepEqual(rest(order), rest(pages));
});
