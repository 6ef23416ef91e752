import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageProducts } from './page-products.ts';
import { bundled, htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered products block has products, the disclosure and sponsored links', () => {
  const gmail = bundled().reviews.find((r) => r.slug === 'gmail');
  assert.ok(gmail, 'the bundled data reviews Gmail');
  const ctx = pageContext(gmail);
  assert.ok(ctx.page.products !== null);
  assert.deepEqual(pageProducts.check(ctx), []);
});

test('a disclosure with no product is reported', () => {
  const issues = pageProducts.check(
    htmlContext(
      '<section data-section="products"><h2>Recommended Privacy Products</h2><p>As an Amazon Associate, we earn from qualifying purchases.</p></section>',
    ),
  );
  assert.match(issues[0]?.message ?? '', /an affiliate disclosure but no product/);
});

test('a product link without rel="sponsored", or without the disclosure, is reported', () => {
  const issues = pageProducts.check(
    htmlContext(
      '<section data-section="products"><h2>Recommended Privacy Products</h2><ul><li><a href="https://vpn.example" rel="nofollow">VPN</a></li></ul></section>',
    ),
  );
  assert.deepEqual(
    issues.map((i) => i.message.slice(0, 30)),
    ['lists products without the dis', 'links to https://vpn.example w'],
  );
});
