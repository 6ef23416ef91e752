import { test } from 'node:test';
import assert from 'node:assert/strict';
import { productConcerns } from './product-concerns.ts';
import { bundled, TODAY } from '../test-fixtures.ts';
import { concernIds } from '../../narrative/findings.ts';

test('the bundled products address only concerns the narrative can produce', () => {
  assert.deepEqual(productConcerns.check({ dataset: bundled(), today: TODAY }), []);
});

test('a product addressing a concern no page can show is refused in products.yaml', () => {
  const d = bundled();
  const first = d.products[0];
  assert.ok(first);
  const dataset = { ...d, products: [{ ...first, addresses: [...first.addresses, 'sms-fallbak'] }, ...d.products.slice(1)] };
  const issues = productConcerns.check({ dataset, today: TODAY });
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.file, 'products.yaml');
  assert.deepEqual(issues[0]?.path, ['products', 0, 'addresses', first.addresses.length]);
  assert.match(issues[0]?.message ?? '', /"sms-fallbak" is not a concern/);
});

test('the concern ids include the taxonomy exception kinds and the merged feature findings', () => {
  const ids = concernIds(bundled().taxonomy);
  for (const id of ['sms-fallback', 'provider-readable-backups', 'no-e2ee', 'tracking', 'account-security', 'missing-controls']) assert.ok(ids.has(id), id);
  assert.ok(!ids.has('e2ee'), 'a strength is not a concern');
});

test('a product in an unknown category, for an unknown app, or sourced from a denied host is refused', () => {
  const d = bundled();
  const first = d.products[0];
  assert.ok(first);
  const denied = d.sourcePolicy.hosts.find((h) => h.class === 'denied' && !h.host.includes('/'));
  assert.ok(denied, 'the bundled policy denies some host');
  const broken = { ...first, categories: ['messagin'], app: 'no-such-app', source: { ...first.source, url: `https://${denied.host}/page` } };
  const issues = productConcerns.check({ dataset: { ...d, products: [broken] }, today: TODAY });
  assert.deepEqual(
    issues.map((i) => i.path),
    [
      ['products', 0, 'categories', 0],
      ['products', 0, 'app'],
      ['products', 0, 'source', 'url'],
    ],
  );
  assert.match(issues[0]?.message ?? '', /"messagin" is not a category/);
  assert.match(issues[2]?.message ?? '', /denied host/);
});
