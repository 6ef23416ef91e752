import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApi, type TestApi } from '../../../test/support/site.ts';
import { htmlEscaped } from '../../../test/support/html.ts';
import { catalogues, t as tr, type MessageKey } from '../../i18n/index.ts';
import { ReferenceDocument, referenceTexts } from './reference.tsx';

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

test('every text of the OpenAPI document the page shows has a catalogue key whose English is the document’s own (so a changed description fails here until its translations are redone)', async () => {
  const doc = ReferenceDocument.parse((await t.get('/api/v1/openapi.json')).body);
  const texts = referenceTexts(doc);
  assert.ok(texts.length > 100, `${texts.length} texts`);
  const wrong = texts.filter(({ key, text }) => !(key in catalogues.en) || tr('en', key as MessageKey) !== text).map(({ key }) => key);
  assert.deepEqual(wrong, []);
  // and the catalogue holds no description the document no longer has
  const keys = new Set(texts.map((x) => x.key));
  const stale = Object.keys(catalogues.en).filter((k) => /^api\.(op|param|response|schema|field)\./.test(k) && !keys.has(k));
  assert.deepEqual(stale, []);
});

test('/de/api and /fr/api read in their language: the descriptions from the catalogue, names and values as code, the problem titles marked English; links to the API itself keep their paths', async () => {
  const doc = ReferenceDocument.parse((await t.get('/api/v1/openapi.json')).body);
  for (const [locale, h1, summary] of [
    ['de', 'Offene Daten-API', 'Apps auflisten'],
    ['fr', 'API de données ouvertes', 'Lister les applications'],
  ] as const) {
    const { res, body } = await t.get(`/${locale}/api`);
    assert.equal(res.status, 200);
    const html = String(body);
    assert.match(html, new RegExp(`<html lang="${locale}">`));
    assert.ok(html.includes(`<h1>${h1}</h1>`));
    assert.ok(html.includes(`<code>GET /apps</code></a> — ${summary}</li>`), `${locale}: the endpoint list`);
    // every description of the document is there in the language, none in English
    for (const { key, text } of referenceTexts(doc)) {
      const local = tr(locale, key as MessageKey);
      assert.notEqual(local, text, `${locale} ${key} is translated`);
      const rendered = htmlEscaped(local).replace(/`([^`]+)`/g, '<code>$1</code>');
      assert.ok(html.includes(rendered), `${locale} ${key}: ${rendered}`);
    }
    assert.match(html, /<dt id="problem-not-found">404 <span lang="en">[^<]+<\/span><\/dt>/);
    assert.ok(html.includes('<a href="/api/v1/openapi.json">OpenAPI 3.1</a>'), 'the document is not moved under the language');
    assert.ok(html.includes(`<a href="/${locale}/downloads/">`), 'the downloads page is the language’s');
    assert.ok(html.includes(`<link rel="alternate" hreflang="en" href="https://privacydefend.test/api"`), `${locale}: hreflang`);
    assert.ok(!/array of|one of:|\(required\)/.test(html), `${locale}: the type words are translated`);
  }
});

test('the reference page is in the sitemap in every language, with its alternates', async () => {
  const { body } = await t.get('/sitemap.xml');
  let xml = String(body);
  const parts = [...xml.matchAll(/<loc>(https:\/\/privacydefend\.test\/sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1] ?? '');
  for (const part of parts) xml += String((await t.get(part.replace('https://privacydefend.test', ''))).body);
  for (const path of ['/api', '/de/api', '/fr/api']) assert.ok(xml.includes(`<loc>https://privacydefend.test${path}</loc>`), path);
  assert.ok(xml.includes('hreflang="de" href="https://privacydefend.test/de/api"'));
});
