import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { bundledSite } from '../../../test/support/site.ts';
import { startServer } from './server.ts';
import type { Store } from '../../store/index.ts';

let store: Store;
let server: Server;
let base: string;

before(async () => {
  const site = await bundledSite();
  store = site.store;
  server = await startServer(site.app, { port: 0, host: '127.0.0.1' });
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)));

test('a page served from the cache has the same status, headers and bytes as the first, rendered one', async () => {
  const first = await fetch(`${base}/apps/signal`);
  const firstBody = Buffer.from(await first.arrayBuffer());
  const second = await fetch(`${base}/apps/signal`);
  const secondBody = Buffer.from(await second.arrayBuffer());
  assert.equal(second.status, 200);
  assert.deepEqual(headersOf(second), headersOf(first));
  assert.ok(secondBody.equals(firstBody));
  assert.match(second.headers.get('content-security-policy') ?? '', /default-src 'none'/);
});

test('the cached path answers If-None-Match with 304 and HEAD without a body', async () => {
  const etag = (await fetch(`${base}/apps/whatsapp`)).headers.get('etag');
  assert.ok(etag);
  const again = await fetch(`${base}/apps/whatsapp`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  const head = await fetch(`${base}/apps/whatsapp`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal((await head.arrayBuffer()).byteLength, 0);
});

test('a new revision is served, not the cached page of the old one', async () => {
  const before = await (await fetch(`${base}/apps/threema`)).text();
  const row = await store.getApp('threema');
  assert.ok(row);
  const facts = structuredClone(row.facts) as { review: { notes?: string } };
  facts.review.notes = 'Checked again.';
  await store.saveRevision({ ...row, facts }, { author: 'test', note: 'Checked the policy again' });
  // bundledSite rechecks the data version on every request (recheckMs 0).
  const after = await (await fetch(`${base}/apps/threema`)).text();
  assert.notEqual(after, before);
  assert.match(after, /Checked the policy again/);
});

test('unknown pages still get the 404 page through the app', async () => {
  const res = await fetch(`${base}/apps/nope`);
  assert.equal(res.status, 404);
});

test('the home page carries a language note for a reader whose browser prefers another language, in every language, and the kept copy never does', async () => {
  for (const path of ['/', '/de', '/fr']) {
    const plain = await (await fetch(`${base}${path}`)).text();
    assert.doesNotMatch(plain, /class="language-note"/, path);
    const other = path === '/fr' ? 'de' : 'fr';
    const noted = await (await fetch(`${base}${path}`, { headers: { 'Accept-Language': `${other}, en;q=0.5` } })).text();
    assert.match(noted, new RegExp(`<p class="language-note" lang="${other}">`), path);
    assert.equal(await (await fetch(`${base}${path}`)).text(), plain, path);
  }
  // Other pages take no note, whatever the browser prefers.
  const review = await (await fetch(`${base}/apps/signal`, { headers: { 'Accept-Language': 'de' } })).text();
  assert.doesNotMatch(review, /class="language-note"/);
});
