import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSiteFixture } from '../../../test/support/site-fixture.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { compareApps } from '../../narrative/compare.ts';
import { PAIR_COMPARISONS_KEPT, pairComparison } from './pair-comparison.ts';

const fx = bundledSiteFixture();

function app(snapshot: SiteSnapshot, slug: string) {
  const a = snapshot.bySlug.get(slug);
  if (!a) throw new Error(`no ${slug} in the bundled data`);
  return a;
}

test('a pair’s comparison is compareApps’ own, in the language asked, computed once while kept', async () => {
  const snapshot = await fx.site.snapshot();
  const signal = app(snapshot, 'signal');
  const whatsapp = app(snapshot, 'whatsapp');
  for (const locale of ['en', 'de', 'fr'] as const) {
    const first = pairComparison(snapshot, signal, whatsapp, locale);
    assert.deepEqual(first, compareApps([signal, whatsapp], { locale, taxonomy: snapshot.catalog.taxonomy }));
    assert.equal(pairComparison(snapshot, signal, whatsapp, locale), first, 'the same object the second time');
  }
  // The order of the pair and the language are part of the key.
  assert.notEqual(pairComparison(snapshot, whatsapp, signal, 'en'), pairComparison(snapshot, signal, whatsapp, 'en'));
  assert.equal(pairComparison(snapshot, whatsapp, signal, 'en').apps[0]?.slug, 'whatsapp');
  assert.notEqual(pairComparison(snapshot, signal, whatsapp, 'de'), pairComparison(snapshot, signal, whatsapp, 'en'));
  // Another snapshot (another data version) has a cache of its own.
  const other = { ...snapshot };
  assert.notEqual(pairComparison(other, signal, whatsapp, 'en'), pairComparison(snapshot, signal, whatsapp, 'en'));
});

test('only the most recently used comparisons are kept', async () => {
  const snapshot = { ...(await fx.site.snapshot()) };
  const apps = snapshot.apps;
  const [x, y] = apps;
  if (!x || !y) throw new Error('the bundled data has fewer than two apps');
  const first = pairComparison(snapshot, x, y, 'en');
  let made = 1;
  outer: for (const a of apps)
    for (const b of apps) {
      if (a === b || (a === x && b === y)) continue;
      pairComparison(snapshot, a, b, 'en');
      if (++made > PAIR_COMPARISONS_KEPT) break outer;
    }
  assert.ok(made > PAIR_COMPARISONS_KEPT, 'the bundled data has enough pairs');
  assert.notEqual(pairComparison(snapshot, x, y, 'en'), first, 'the oldest was dropped and computed again');
});
