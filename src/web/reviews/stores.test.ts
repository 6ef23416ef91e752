import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppReview } from './api.ts';
import { bundledSite, testApi, type TestApi } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import type { createApp } from '../app.tsx';

let t: TestApi;
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  t = await testApi();
  ({ store, app } = await bundledSite());
});
after(async () => {
  await t.close();
  store.close();
});

const IVPN_IOS = 'https://apps.apple.com/us/app/ivpn-serious-privacy-protection/id1193122683';

async function official(path: string): Promise<string> {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  const html = await res.text();
  const at = html.indexOf('<ul class="official"');
  return html.slice(at, html.indexOf('</ul>', at));
}

test("a review's store links are among its official links, labelled in the page's language", async () => {
  const en = await official('/apps/ivpn');
  assert.ok(en.includes(`<a href="${IVPN_IOS}" rel="noopener">App Store for iOS</a>`), en);
  assert.match(en, /<a href="https:\/\/play\.google\.com\/store\/apps\/details\?id=net\.ivpn\.client" rel="noopener">Google Play for Android<\/a>/);
  assert.match(en, /<a href="https:\/\/f-droid\.org\/en\/packages\/net\.ivpn\.client\/" rel="noopener">F-Droid for Android<\/a>/);
  assert.ok((await official('/de/apps/ivpn')).includes('App Store für iOS'));
  assert.ok((await official('/fr/apps/ivpn')).includes('App Store pour iOS'));
  assert.doesNotMatch(await official('/apps/signal'), /App Store for|Google Play for/, 'no store link the data does not give');
});

test('the API carries the store links in the review, and the OpenAPI document describes them', async () => {
  const { res, body } = await t.get('/api/v1/apps/ivpn');
  assert.equal(res.status, 200);
  const r = AppReview.parse(body);
  assert.deepEqual(
    r.review.stores?.map((s) => [s.store, s.platform]),
    [
      ['app-store', 'ios'],
      ['google-play', 'android'],
      ['f-droid', 'android'],
    ],
  );
  for (const s of r.review.stores ?? []) for (const id of s.sources) assert.ok(r.sources[id], `store link cites ${id}`);
  const spec = JSON.stringify((await t.get('/api/v1/openapi.json')).body);
  assert.match(spec, /"stores":\{[^}]*"type":"array"/, 'the review schema in the OpenAPI document has stores');
  assert.ok(spec.includes('"google-play"') && spec.includes('"f-droid"'), 'the store names are enumerated');
});
