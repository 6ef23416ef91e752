import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchResults } from './api.ts';
import { Comparison } from '../compare/api.ts';
import { CategoryDetail, CategoryList } from '../categories/api.ts';
import { testApi, type TestApi } from '../../../test/support/site.ts';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(() => t.close());

async function search(q: string) {
  const { res, body } = await t.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
  assert.equal(res.status, 200);
  return SearchResults.parse(body).data.map((h) => h.slug);
}

test('search forgives typos and matches the start of names', async () => {
  assert.equal((await search('signl'))[0], 'signal');
  assert.equal((await search('whats'))[0], 'whatsapp');
  assert.equal((await search('telegarm'))[0], 'telegram');
  assert.equal((await search('  Proton mail '))[0], 'proton-mail');
});

test('search finds apps by owner and category', async () => {
  assert.ok((await search('google')).includes('gmail'));
  assert.ok((await search('password managers')).includes('bitwarden'));
});

test('a missing, blank or overlong query is a 400 naming q', async () => {
  for (const url of ['/api/v1/search', '/api/v1/search?q=%20%20', `/api/v1/search?q=${'a'.repeat(101)}`]) {
    const { res, body } = await t.get(url);
    assert.equal(res.status, 400, url);
    assert.match(JSON.stringify(body), /"name":"q"/);
  }
});

test('compare says which app is better on each dimension, in the order asked', async () => {
  const { res, body } = await t.get('/api/v1/compare?apps=whatsapp,signal');
  assert.equal(res.status, 200);
  const cmp = Comparison.parse(body);
  assert.deepEqual(
    cmp.apps.map((a) => a.slug),
    ['whatsapp', 'signal'],
  );
  assert.deepEqual(cmp.overall.better, ['signal']);
  assert.deepEqual(
    cmp.dimensions.map((d) => d.id),
    ['dataCollection', 'encryption', 'sharing', 'controls'],
  );
  for (const d of cmp.dimensions) assert.ok(d.why.length > 0);
});

test('compare refuses one app, five apps, a repeated app and a non-slug', async () => {
  for (const apps of ['signal', 'signal,whatsapp,telegram,threema,wire', 'signal,signal', 'signal,What App']) {
    const { res, body } = await t.get(`/api/v1/compare?apps=${encodeURIComponent(apps)}`);
    assert.equal(res.status, 400, apps);
    assert.match(JSON.stringify(body), /"name":"apps/);
  }
});

test('categories list their statistics, and a category lists its apps best first', async () => {
  const list = CategoryList.parse((await t.get('/api/v1/categories')).body);
  const messaging = list.data.find((c) => c.id === 'messaging');
  assert.ok(messaging && messaging.stats.apps > 0);
  const detail = CategoryDetail.parse((await t.get('/api/v1/categories/messaging')).body);
  assert.equal(detail.apps.length, messaging.stats.apps);
  assert.ok(detail.apps.every((a) => a.category === 'messaging'));
  const scores = detail.apps.map((a) => a.score).filter((s): s is number => s !== null);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
  );
  assert.equal(detail.stats.bestScore, scores[0]);
});
