import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import type { createApp } from '../app.tsx';
import type { SiteData } from '../site-data.ts';

let store: Store;
let site: SiteData;
let app: ReturnType<typeof createApp>;
before(async () => ({ store, site, app } = await bundledSite()));
after(() => store.close());

const get = async (url: string) => {
  const res = await app.request(url);
  return { res, text: await res.text() };
};
const slugsOf = (html: string) => [...html.matchAll(/<tr data-slug="([^"]+)">/g)].map((m) => m[1]);

describe('/apps, the index of every app', () => {
  test('lists every app once, each naming its category, with the same filters as the category pages', async () => {
    const { res, text } = await get('/apps');
    assert.equal(res.status, 200);
    const snapshot = await site.snapshot();
    assert.deepEqual([...slugsOf(text)].sort(), snapshot.apps.map((a) => a.review.slug).sort());
    assert.match(text, /<td data-label="Category"><a href="\/categories\/messaging">Messaging<\/a><\/td>/);
    for (const id of ['e2ee', 'open-source']) assert.match(text, new RegExp(`name="has" value="${id}"`));
    assert.match(text, /<select id="category" name="category">/);
  });

  test('a filter keeps only apps whose fact is known to pass, and a category narrows the list', async () => {
    const all = slugsOf((await get('/apps')).text);
    const open = slugsOf((await get('/apps?has=open-source')).text);
    assert.ok(open.length > 0 && open.length < all.length);
    assert.ok(open.includes('signal'));
    assert.ok(!open.includes('whatsapp'));
    const messaging = slugsOf((await get('/apps?category=messaging&sort=name')).text);
    const snapshot = await site.snapshot();
    assert.deepEqual(
      messaging,
      snapshot.apps
        .filter((a) => a.review.category === 'messaging')
        .map((a) => a.review)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => r.slug),
    );
  });

  test('a bad parameter is a 400 naming it, and changes nothing', async () => {
    for (const [url, parameter] of [
      ['/apps?category=nope', 'category'],
      ['/apps?category=messaging&category=browsers', 'category'],
      ['/apps?sort=best', 'sort'],
      ['/apps?has=cheap', 'has'],
    ] as const) {
      const { res, text } = await get(url);
      assert.equal(res.status, 400, url);
      assert.match(text, new RegExp(parameter), url);
      assert.doesNotMatch(text, /at .*\.ts:\d+/, 'no stack trace');
    }
  });
});

describe('every page', () => {
  test('has a search box in its header', async () => {
    for (const url of ['/', '/apps', '/apps/signal', '/methodology', '/api', '/downloads/', '/categories/messaging']) {
      const { text } = await get(url);
      assert.match(text, /<header class="site-header">[\s\S]*<form method="get" action="\/search" role="search" class="header-search/, url);
    }
  });

  test('the 404 page offers a search filled from the address and suggests apps it resembles', async () => {
    const { res, text } = await get('/apps/signl');
    assert.equal(res.status, 404);
    assert.match(text, /Did you mean one of these\?/);
    assert.match(text, /<a href="\/apps\/signal">Signal<\/a>/);
    assert.match(text, /id="not-found-q" name="q" value="signl"/);
    assert.match(text, /<a href="\/apps">All reviewed apps<\/a>/);
    const nothing = await get('/zzzzqqqq/%E0%A4%A');
    assert.equal(nothing.res.status, 404);
    assert.doesNotMatch(nothing.text, /Did you mean/);
  });
});
