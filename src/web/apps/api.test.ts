import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isKnown } from '../../domain/review.ts';
import { loadDataset } from '../../dataset/load.ts';
import { revisionsOf } from '../../dataset/import.ts';
import { AppList } from './api.ts';
import { Problem } from '../api/problem.ts';
import { testApi, type TestApi } from '../../../test/support/site.ts';

let t: TestApi;
let total = 0;
before(async () => {
  t = await testApi();
  total = (await t.store.listApps()).length;
});
after(() => t.close());

async function list(url: string) {
  const { res, body } = await t.get(url);
  assert.equal(res.status, 200, JSON.stringify(body));
  return AppList.parse(body);
}
async function problemOf(url: string) {
  const { res, body } = await t.get(url);
  assert.equal(res.status, 400);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  return Problem.parse(body);
}

test('walking the next links visits every app exactly once', async () => {
  const seen: string[] = [];
  let url: string | null = '/api/v1/apps?per_page=7';
  let pages = 0;
  while (url !== null) {
    const page = await list(url.replace('https://privacydefend.test', ''));
    assert.equal(page.total, total);
    seen.push(...page.data.map((a) => a.slug));
    url = page.links.next;
    pages += 1;
    assert.ok(pages <= Math.ceil(total / 7), 'the walk ends after total / per_page pages');
  }
  assert.equal(seen.length, total);
  assert.equal(new Set(seen).size, total);
});

test('walking by cursor visits every app exactly once, in the same order as by page', async () => {
  const byCursor: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`/api/v1/apps?per_page=10&sort=name${cursor === null ? '' : `&cursor=${cursor}`}`);
    byCursor.push(...page.data.map((a) => a.slug));
    cursor = page.nextCursor;
  } while (cursor !== null);
  const byPage: string[] = [];
  for (let page = 1; page <= Math.ceil(total / 100); page++) {
    byPage.push(...(await list(`/api/v1/apps?per_page=100&sort=name&page=${page}`)).data.map((a) => a.slug));
  }
  assert.equal(byCursor.length, total);
  assert.deepEqual(byCursor, byPage);
});

test('the last page has no next link and a page past the end is empty', async () => {
  const last = await list(`/api/v1/apps?per_page=10&page=${Math.ceil(total / 10)}`);
  assert.equal(last.links.next, null);
  assert.equal(last.nextCursor, null);
  assert.equal((await list('/api/v1/apps?per_page=10&page=999')).data.length, 0);
});

test('sorting by score puts the best first and unscored apps last, either way', async () => {
  for (const order of ['desc', 'asc']) {
    const scores = (await list(`/api/v1/apps?per_page=100&sort=score&order=${order}`)).data.map((a) => a.score);
    const firstNull = scores.indexOf(null);
    if (firstNull >= 0)
      assert.ok(
        scores.slice(firstNull).every((s) => s === null),
        'nulls last',
      );
    const numbers = scores.filter((s): s is number => s !== null);
    const sorted = [...numbers].sort((a, b) => (order === 'desc' ? b - a : a - b));
    assert.deepEqual(numbers, sorted);
  }
});

test('filters by category, minimum score and label', async () => {
  const messaging = await list('/api/v1/apps?category=messaging&per_page=100');
  assert.ok(messaging.total > 0 && messaging.data.every((a) => a.category === 'messaging'));
  const good = await list('/api/v1/apps?min_score=7&per_page=100');
  assert.ok(good.total > 0 && good.data.every((a) => a.score !== null && a.score >= 7));
  const excellent = await list('/api/v1/apps?label=excellent&per_page=100');
  assert.ok(excellent.data.every((a) => a.label === 'Excellent'));
});

test('a yes/no fact filter never matches an app whose fact is unknown', async () => {
  const dataset = loadDataset('data');
  const telegram = dataset.reviews.find((r) => r.slug === 'telegram');
  assert.ok(telegram);
  const unknownE2ee = { ...telegram, encryption: { ...telegram.encryption, e2ee: { ...telegram.encryption.e2ee, content: { unknown: 'not yet checked' } } } };
  const [input] = revisionsOf({ ...dataset, reviews: [unknownE2ee] });
  assert.ok(input);
  await t.store.saveRevision(input, { author: 'test', note: 'e2ee unknown' });

  const yes = await list('/api/v1/apps?e2ee_default=true&per_page=100');
  const no = await list('/api/v1/apps?e2ee_default=false&per_page=100');
  const matched = new Set([...yes.data, ...no.data].map((a) => a.slug));
  assert.ok(!matched.has('telegram'), 'an unknown fact matches neither true nor false');
  const unknown = dataset.reviews.filter((r) => r.slug !== 'telegram' && !isKnown(r.encryption.e2ee.content));
  for (const r of unknown) assert.ok(!matched.has(r.slug), `${r.slug} has unknown e2ee and matched`);
  assert.equal(yes.total + no.total + unknown.length + 1, total);
  assert.ok(
    yes.data.some((a) => a.slug === 'signal'),
    'Signal encrypts by default',
  );
});

test('sells_data=false keeps only apps known not to sell data', async () => {
  const page = await list('/api/v1/apps?sells_data=false&open_source=true&per_page=100');
  assert.ok(page.data.some((a) => a.slug === 'signal'));
  assert.ok(!page.data.some((a) => a.slug === 'whatsapp'), 'WhatsApp is not known to be open source');
});

test('bad parameters are 400 problems naming the parameter and why', async () => {
  const cases: [string, string, RegExp][] = [
    ['/api/v1/apps?per_page=0', 'per_page', /at least 1/],
    ['/api/v1/apps?per_page=101', 'per_page', /at most 100/],
    ['/api/v1/apps?page=two', 'page', /whole number/],
    ['/api/v1/apps?min_score=11', 'min_score', /at most 10/],
    ['/api/v1/apps?sort=popularity', 'sort', /score, name or updated/],
    ['/api/v1/apps?e2ee_default=yes', 'e2ee_default', /true or false/],
    ['/api/v1/apps?category=chat', 'category', /messaging/],
    ['/api/v1/apps?label=Superb', 'label', /Excellent/],
    ['/api/v1/apps?page=2&cursor=bzoy', 'cursor', /page/],
    ['/api/v1/apps?cursor=nonsense', 'cursor', /nextCursor/],
    ['/api/v1/apps?min-score=7', 'min-score', /unknown parameter/],
  ];
  for (const [url, name, reason] of cases) {
    const p = await problemOf(url);
    assert.equal(p.status, 400);
    assert.equal(p.instance, url);
    const param = p.invalidParams?.find((x) => x.name === name);
    assert.ok(param, `${url}: names ${name} in ${JSON.stringify(p.invalidParams)}`);
    assert.match(param.reason, reason, url);
  }
});

test('a repeated request with the ETag gets 304 and no body; CORS stays open', async () => {
  const first = await t.get('/api/v1/apps?per_page=3');
  const tag = first.res.headers.get('etag');
  assert.ok(tag);
  const again = await t.get('/api/v1/apps?per_page=3', { 'If-None-Match': tag });
  assert.equal(again.res.status, 304);
  assert.equal(again.body, '');
  assert.equal(again.res.headers.get('etag'), tag);
  assert.equal(again.res.headers.get('access-control-allow-origin'), '*');
  const other = await t.get('/api/v1/apps?per_page=4', { 'If-None-Match': tag });
  assert.equal(other.res.status, 200, 'another URL has another ETag');
});

test('the API is read-only: another method is a 405 problem, and a CORS preflight is allowed', async () => {
  const post = await t.app.request('/api/v1/apps', { method: 'POST' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
  assert.equal(Problem.parse(await post.json()).status, 405);
  const preflight = await t.app.request('/api/v1/apps', {
    method: 'OPTIONS',
    headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
});

test('an unknown endpoint is a 404 problem, not an HTML page', async () => {
  const { res, body } = await t.get('/api/v1/nothing-here');
  assert.equal(res.status, 404);
  assert.equal(Problem.parse(body).instance, '/api/v1/nothing-here');
});
