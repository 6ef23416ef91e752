import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApi, type TestApi } from '../../../test/support/site.ts';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(() => t.close());

test('the reference page documents every endpoint of the OpenAPI document, with its parameters and problems', async () => {
  const { res, body } = await t.get('/api');
  assert.equal(res.status, 200);
  assert.ok(res.headers.get('etag'));
  const html = String(body);
  const doc = (await t.get('/api/v1/openapi.json')).body;
  assert.ok(typeof doc === 'object' && doc !== null && 'paths' in doc && typeof doc.paths === 'object' && doc.paths !== null);
  for (const path of Object.keys(doc.paths)) assert.ok(html.includes(`GET ${path}`), path);
  for (const param of ['per_page', 'min_score', 'e2ee_default', 'cursor', 'q', 'apps', 'limit']) assert.ok(html.includes(`<code>${param}</code>`), param);
  for (const anchor of ['problem-invalid-parameter', 'problem-not-found', 'problem-method-not-allowed', 'problem-server-error'])
    assert.ok(html.includes(`id="${anchor}"`), anchor);
  assert.match(html, /<title>Open data API \| PrivacyDefend<\/title>/);
});

test('the reference page loads nothing from elsewhere and runs no inline script', async () => {
  const html = String((await t.get('/api')).body);
  // The header's search box loads the site's own deferred scripts; nothing else runs.
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc="\/assets\/)/);
  assert.doesNotMatch(html, /<(img|script|iframe)[^>]+src="https?:|<link rel="(stylesheet|icon|preload|prefetch)"[^>]+href="https?:/);
});

test('a problem type URI resolves to its explanation on the reference page', async () => {
  const { body } = await t.get('/api/v1/apps/no-such-app');
  assert.ok(typeof body === 'object' && body !== null && 'type' in body && typeof body.type === 'string');
  const anchor = body.type.split('#')[1];
  assert.equal(body.type.split('#')[0], 'https://privacydefend.test/api');
  assert.ok(String((await t.get('/api')).body).includes(`id="${anchor}"`));
});
