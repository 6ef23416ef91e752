import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSiteFixture } from '../../test/support/site-fixture.ts';
import { comparePairs, sitePages } from '../web/sitemap/site-paths.ts';
import { alternatePaths } from '../web/http/locale-paths.ts';
import { followers, inRenderOrder } from './render-order.ts';

const fx = bundledSiteFixture();

test('the render order holds every URL once, each comparison and API entry right after its app’s review page, the rest in order', async () => {
  const snapshot = await fx.site.snapshot();
  const api = snapshot.apps.flatMap((a) => [`/api/v1/apps/${a.review.slug}`, `/api/v1/apps/${a.review.slug}/history`]);
  const listed = [...[...sitePages(snapshot)].map((p) => p.path), '/feed.xml', ...api, '/api/v1/apps/not-listed-anywhere'];
  const order = [...inRenderOrder(snapshot, listed)];
  assert.equal(order.length, listed.length);
  assert.deepEqual([...order].sort(), [...listed].sort());
  const pairs = [...comparePairs(snapshot)];
  assert.ok(pairs.length > 0, 'the bundled data has comparison pages');
  const leaders = followers(snapshot);
  const follows = new Set([...leaders.values()].flat());
  for (const [a, b] of pairs) {
    const reviews = alternatePaths(`/apps/${a.review.slug}`);
    alternatePaths(`/compare/${a.review.slug}-vs-${b.review.slug}`).forEach((compare, i) => {
      const at = order.indexOf(compare.path);
      const review = order.indexOf(reviews[i]?.path ?? '');
      assert.ok(review !== -1 && at > review, `${compare.path} after ${reviews[i]?.path}`);
      // Nothing but the review page's other followers between them.
      for (const between of order.slice(review + 1, at))
        assert.ok(leaders.get(reviews[i]?.path ?? '')?.includes(between), `${between} between ${reviews[i]?.path} and ${compare.path}`);
    });
  }
  for (const a of snapshot.apps) {
    const french = order.indexOf(`/fr/apps/${a.review.slug}`);
    assert.ok(french !== -1, `/fr/apps/${a.review.slug} is rendered`);
    const entry = order.indexOf(`/api/v1/apps/${a.review.slug}`);
    assert.ok(
      entry > french && entry - french <= (leaders.get(`/fr/apps/${a.review.slug}`)?.length ?? 0),
      `the API entry of ${a.review.slug} right after its French page`,
    );
  }
  // Everything else keeps its order.
  const rest = (paths: string[]) => paths.filter((p) => !follows.has(p));
  assert.deepEqual(rest(order), rest(listed));
  assert.equal(order.at(-1), '/api/v1/apps/not-listed-anywhere');
});

test('the pages and comparisons worked out once per snapshot are those of a snapshot built afresh from the same data', async () => {
  const snapshot = await fx.site.snapshot();
  const first = [...sitePages(snapshot)];
  assert.deepEqual([...sitePages(snapshot)], first);
  // Another snapshot (its own list of apps) works them out again, and they come out the same.
  const again = { ...snapshot, apps: [...snapshot.apps] };
  assert.deepEqual([...sitePages(again)], first);
  assert.deepEqual(
    [...comparePairs(again)].map(([a, b]) => [a.review.slug, b.review.slug]),
    [...comparePairs(snapshot)].map(([a, b]) => [a.review.slug, b.review.slug]),
  );
});
