/**
 * The response cache over real HTTP: content negotiation (gzip, brotli,
 * identity by Accept-Encoding and its q-values), Vary, one ETag per encoding
 * and 304 per encoding, HEAD, compressed bytes that decompress to the
 * identity bytes, bounded caches, the cacheable 404, and new bytes once the
 * data version moves. Plus the pure parts: chooseCoding, cacheKeyOf, Lru.
 */
import assert from 'node:assert/strict';
import { request as httpRequest, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { bundledStore, TEST_SITE_URL } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import { createApp, type WebApp } from '../app.tsx';
import { SiteData } from '../site-data.ts';
import { chooseCoding } from './encoding.ts';
import { CachedResponse, cacheKeyOf, Lru, sendCached } from './response-cache.ts';
import { startServer } from './server.ts';

describe('chooseCoding', () => {
  it('takes the acceptable coding with the highest q-value, brotli first on a tie', () => {
    assert.equal(chooseCoding('gzip, deflate, br'), 'br');
    assert.equal(chooseCoding('gzip'), 'gzip');
    assert.equal(chooseCoding('br'), 'br');
    assert.equal(chooseCoding('gzip;q=1.0, br;q=0.5'), 'gzip');
    assert.equal(chooseCoding('br;q=0.2, gzip;q=0.8'), 'gzip');
    assert.equal(chooseCoding('GZIP ; Q=0.9'), 'gzip');
    assert.equal(chooseCoding('x-gzip'), 'gzip');
  });
  it('sends identity when compression is refused, not offered or the header is absent', () => {
    assert.equal(chooseCoding(undefined), 'identity');
    assert.equal(chooseCoding(''), 'identity');
    assert.equal(chooseCoding('identity'), 'identity');
    assert.equal(chooseCoding('deflate'), 'identity');
    assert.equal(chooseCoding('gzip;q=0, br;q=0'), 'identity');
    assert.equal(chooseCoding('*;q=0'), 'identity');
    assert.equal(chooseCoding('gzip;q=0, identity;q=0'), 'identity');
  });
  it('lets * stand for the codings not named', () => {
    assert.equal(chooseCoding('*'), 'br');
    assert.equal(chooseCoding('br;q=0, *'), 'gzip');
    assert.equal(chooseCoding('gzip;q=0.5, *;q=0.1'), 'gzip');
  });
  it('answers a header it has seen before the same way, however many others came between', () => {
    for (let i = 0; i < 200; i++) assert.equal(chooseCoding(`gzip;q=0.${(i % 9) + 1}, br;q=0.05, x-${i}`), 'gzip');
    assert.equal(chooseCoding('gzip, deflate, br'), 'br');
    assert.equal(chooseCoding('gzip;q=0, br;q=0'), 'identity');
    assert.equal(chooseCoding('br;q=0, *'), 'gzip');
  });
});

describe('cacheKeyOf', () => {
  it('keys a path as it is and a query as the routes read it', () => {
    assert.equal(cacheKeyOf('/apps/signal'), '/apps/signal');
    assert.equal(cacheKeyOf('/apps?sort=score&category=messaging'), '/apps?sort=score&category=messaging');
    assert.equal(cacheKeyOf('/api/v1/apps?q=a%20b'), cacheKeyOf('/api/v1/apps?q=a+b'));
    assert.equal(cacheKeyOf('/search?q=%20signal%20'), '/search?q=signal');
    assert.equal(cacheKeyOf('/api/v1/search?q=mail+&limit=5'), '/api/v1/search?q=mail&limit=5');
    assert.equal(cacheKeyOf('/apps?'), '/apps');
  });
  it('never keys the editor, overlong URLs or what is not a path', () => {
    assert.equal(cacheKeyOf('/edit'), undefined);
    assert.equal(cacheKeyOf('/edit/apps/signal'), undefined);
    // the German and French editor too: its pages carry sessions and CSRF tokens
    assert.equal(cacheKeyOf('/de/edit'), undefined);
    assert.equal(cacheKeyOf('/de/edit/corrections/new?app=signal&section=encryption'), undefined);
    assert.equal(cacheKeyOf('/fr/edit/login'), undefined);
    assert.equal(cacheKeyOf('/de/editorial'), '/de/editorial');
    assert.equal(cacheKeyOf(`/search?q=${'a'.repeat(3000)}`), undefined);
    assert.equal(cacheKeyOf('http://evil.example/'), undefined);
    assert.equal(cacheKeyOf('/editorial'), '/editorial');
  });
});

describe('CachedResponse', () => {
  const response = (type: string, bytes: number) => new CachedResponse('v', 200, new Headers({ 'content-type': type }), Buffer.alloc(bytes, 97));
  it('offers compression (and says Vary) only for text types of 256 bytes or more', async () => {
    for (const type of [
      'text/html; charset=UTF-8',
      'text/css',
      'application/javascript',
      'application/json',
      'application/problem+json',
      'application/atom+xml',
      'image/svg+xml',
    ]) {
      const r = response(type, 4096);
      assert.ok(r.compressible, type);
      assert.equal(r.identity.headers.vary, 'Accept-Encoding');
      assert.equal((await r.variant('gzip')).headers['content-encoding'], 'gzip');
    }
    for (const r of [response('image/png', 4096), response('application/octet-stream', 4096), response('text/html', 100)]) {
      assert.equal(r.compressible, false);
      assert.equal(r.identity.headers.vary, undefined);
      assert.equal(await r.variant('br'), r.identity);
    }
  });
  it('gives a 304 the caching headers and none of the body headers', () => {
    const r = new CachedResponse(
      'v',
      200,
      new Headers({ 'content-type': 'text/html', 'content-disposition': 'inline', 'cache-control': 'public, max-age=300', etag: '"abc"' }),
      Buffer.alloc(300, 97),
    );
    assert.deepEqual(r.identity.notModifiedHeaders, { etag: '"abc"', 'cache-control': 'public, max-age=300', vary: 'Accept-Encoding' });
    assert.equal(r.identity.headers['content-length'], '300');
  });
  it('writes each variant with its headers as a flat array in the same order (what goes on the wire)', async () => {
    const r = new CachedResponse('v', 200, new Headers({ 'content-type': 'text/html', 'x-frame-options': 'DENY', etag: '"abc"' }), Buffer.alloc(300, 97));
    for (const v of [r.identity, await r.variant('gzip'), await r.variant('br')]) {
      assert.deepEqual(v.head, Object.entries(v.headers).flat());
      assert.deepEqual(v.notModifiedHead, Object.entries(v.notModifiedHeaders).flat());
    }
    const written: { status: number; head: string[]; body: Buffer | undefined }[] = [];
    const res = {
      writeHead: (status: number, head: string[]) => written.push({ status, head, body: undefined }),
      end: (body?: Buffer) => {
        const last = written.at(-1);
        if (last) last.body = body;
      },
    };
    await sendCached(r, { method: 'GET', headers: { 'accept-encoding': 'gzip' } }, res);
    await sendCached(r, { method: 'GET', headers: { 'accept-encoding': 'gzip', 'if-none-match': '"abc.gz"' } }, res);
    await sendCached(r, { method: 'HEAD', headers: {} }, res);
    assert.deepEqual(
      written.map((w) => [w.status, w.head.includes('gzip'), w.body?.length]),
      [
        [200, true, (await r.variant('gzip')).bytes.length],
        [304, false, undefined],
        [200, false, undefined],
      ],
    );
  });
});

describe('Lru', () => {
  const entry = (n: number) => new CachedResponse('v', 200, new Headers({ 'content-type': 'text/plain' }), Buffer.alloc(n, 97));
  it('keeps at most its entries, dropping the least recently used', () => {
    const lru = new Lru(2, 1_000_000);
    lru.set('a', entry(10));
    lru.set('b', entry(10));
    assert.ok(lru.get('a'));
    lru.set('c', entry(10));
    assert.equal(lru.size, 2);
    assert.ok(lru.get('a'));
    assert.equal(lru.get('b'), undefined);
  });
  it('keeps an entry used between every new one however many come and go, and drops the unused ones oldest first', () => {
    const lru = new Lru(10, 1_000_000);
    for (let i = 0; i < 10; i++) lru.set(`k${i}`, entry(10));
    for (let i = 10; i < 200; i++) {
      assert.ok(lru.get('k0'), `k0 kept when k${i} comes`);
      lru.set(`k${i}`, entry(10));
    }
    assert.equal(lru.size, 10);
    // The other nine are the newest nine.
    for (let i = 191; i < 200; i++) assert.ok(lru.get(`k${i}`), `k${i}`);
    assert.equal(lru.get('k190'), undefined);
  });
  it('keeps at most its bytes, compressed copies included, and refuses an entry too big for it', async () => {
    const lru = new Lru(100, 8_000);
    for (const k of ['a', 'b', 'c']) lru.set(k, entry(900));
    assert.equal(lru.bytes, 2_700);
    lru.set('huge', entry(1_001));
    assert.equal(lru.get('huge'), undefined);
    const a = lru.get('a');
    assert.ok(a);
    const gz = await a.variant('gzip');
    assert.equal(lru.bytes, 2_700 + gz.bytes.length);
    for (let i = 0; i < 20; i++) lru.set(`k${i}`, entry(900));
    assert.ok(lru.bytes <= 8_000, `${lru.bytes} bytes held`);
  });
});

describe('serving from the response cache', () => {
  let store: Store;
  let app: WebApp;
  let server: Server;
  let port: number;

  before(async () => {
    store = await bundledStore();
    // recheckMs 0: every request asks the store for its data version, so a change is seen at once.
    app = createApp({ site: new SiteData(store, 0), siteUrl: TEST_SITE_URL, pageCacheLimit: 50 });
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    port = address.port;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });

  interface Answer {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }
  /** A raw HTTP request (fetch would decompress and hide Content-Encoding). */
  function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }
  const decode = (a: Answer) =>
    a.headers['content-encoding'] === 'br' ? brotliDecompressSync(a.body) : a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body;

  async function stylesheetAndScript(): Promise<string[]> {
    const html = (await get('/apps/signal')).body.toString();
    const paths = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');
    assert.ok(paths.some((p) => p.endsWith('.css')) && paths.some((p) => p.endsWith('.js')), `assets in ${paths.join(', ')}`);
    return paths;
  }

  it('serves HTML, CSS, JS, JSON, XML and SVG as gzip and brotli by Accept-Encoding, each decompressing to the identity bytes', async () => {
    const paths = [
      '/apps/signal',
      ...(await stylesheetAndScript()),
      '/api/v1/apps/signal',
      '/feed.xml',
      '/sitemap.xml',
      '/badge/signal.svg',
      '/search?q=signal',
    ];
    for (const path of paths) {
      const identity = await get(path);
      assert.equal(identity.status, 200, path);
      assert.equal(identity.headers['content-encoding'], undefined, path);
      assert.equal(identity.headers.vary, 'Accept-Encoding', path);
      assert.equal(Number(identity.headers['content-length']), identity.body.length, path);
      for (const [accept, coding] of [
        ['gzip', 'gzip'],
        ['br', 'br'],
        ['gzip, deflate, br', 'br'],
        ['br;q=0.1, gzip', 'gzip'],
      ] as const) {
        const coded = await get(path, { 'Accept-Encoding': accept });
        assert.equal(coded.status, 200, `${path} ${accept}`);
        assert.equal(coded.headers['content-encoding'], coding, `${path} ${accept}`);
        assert.equal(coded.headers.vary, 'Accept-Encoding');
        assert.equal(Number(coded.headers['content-length']), coded.body.length);
        assert.ok(coded.body.length < identity.body.length, `${path} ${coding}: ${coded.body.length} ≥ ${identity.body.length}`);
        assert.ok(decode(coded).equals(identity.body), `${path} ${coding} decompresses to the identity bytes`);
        assert.equal(coded.headers['content-type'], identity.headers['content-type']);
      }
    }
  });

  it('sends identity when the client refuses compression', async () => {
    for (const accept of ['gzip;q=0, br;q=0', 'identity', 'deflate', '*;q=0']) {
      const res = await get('/apps/signal', { 'Accept-Encoding': accept });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], undefined, accept);
      assert.match(res.body.toString(), /^<!DOCTYPE html>/i);
    }
  });

  it('gives each encoding its own ETag and answers 304 only for the ETag of the encoding it would send', async () => {
    const tags = new Map<string, string>();
    for (const accept of ['', 'gzip', 'br']) {
      const res = await get('/api/v1/apps/whatsapp', accept ? { 'Accept-Encoding': accept } : {});
      const etag = res.headers.etag;
      assert.ok(typeof etag === 'string');
      tags.set(accept, etag);
    }
    assert.equal(new Set(tags.values()).size, 3, [...tags.values()].join(' '));
    for (const [accept, etag] of tags) {
      const headers: Record<string, string> = accept ? { 'Accept-Encoding': accept } : {};
      const same = await get('/api/v1/apps/whatsapp', { ...headers, 'If-None-Match': etag });
      assert.equal(same.status, 304, `${accept || 'identity'} with its own tag`);
      assert.equal(same.body.length, 0);
      assert.equal(same.headers.etag, etag);
      assert.equal(same.headers.vary, 'Accept-Encoding');
      assert.equal(same.headers['access-control-allow-origin'], '*');
      for (const [other, otherTag] of tags) {
        if (other === accept) continue;
        const res = await get('/api/v1/apps/whatsapp', { ...headers, 'If-None-Match': otherTag });
        assert.equal(res.status, 200, `${accept || 'identity'} with the ${other || 'identity'} tag`);
        assert.equal(res.headers.etag, etag);
      }
    }
    // A list naming the right tag among others, and a weak comparison, match too.
    const gz = tags.get('gzip') ?? '';
    assert.equal((await get('/api/v1/apps/whatsapp', { 'Accept-Encoding': 'gzip', 'If-None-Match': `"nope", W/${gz}` })).status, 304);
  });

  it('answers HEAD with the headers of GET for the same encoding and no body', async () => {
    for (const accept of ['', 'gzip', 'br']) {
      const headers: Record<string, string> = accept ? { 'Accept-Encoding': accept } : {};
      const full = await get('/apps/imessage', headers);
      const head = await get('/apps/imessage', headers, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.body.length, 0);
      for (const name of ['etag', 'content-length', 'content-encoding', 'content-type', 'vary', 'cache-control']) {
        assert.equal(head.headers[name], full.headers[name], `${accept || 'identity'}: ${name}`);
      }
    }
    // A HEAD first (nothing cached yet) is right too.
    const head = await get('/apps/telegram', { 'Accept-Encoding': 'br' }, 'HEAD');
    const full = await get('/apps/telegram', { 'Accept-Encoding': 'br' });
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], String(full.body.length));
  });

  it('compresses once per data version: later requests get the very bytes kept', async () => {
    await get('/apps/proton-mail', { 'Accept-Encoding': 'br' });
    const entry = app.responseCache.pages.get('/apps/proton-mail');
    assert.ok(entry, 'the page is kept');
    const first = await entry.variant('br');
    await get('/apps/proton-mail', { 'Accept-Encoding': 'br' });
    assert.equal(app.responseCache.pages.get('/apps/proton-mail'), entry);
    assert.equal(await entry.variant('br'), first);
  });

  it('keeps the 404 page (cacheable, with its status and headers) without letting misses push out pages', async () => {
    const first = await get('/apps/no-such-app', { 'Accept-Encoding': 'gzip' });
    assert.equal(first.status, 404);
    assert.match(String(first.headers['cache-control']), /public, max-age=\d+/);
    assert.equal(first.headers['content-encoding'], 'gzip');
    assert.match(decode(first).toString(), /no-such-app|not found/i);
    assert.ok(app.responseCache.queries.get('/apps/no-such-app'), 'the 404 is kept among the misses and queries');
    const again = await get('/apps/no-such-app', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(first.headers.etag) });
    assert.equal(again.status, 404, 'no 304 for a 404');
    assert.ok(again.body.equals(first.body));
  });

  it("keeps the API's 404 for an unknown app too, and never its 400 for a bad parameter", async () => {
    const missing = await get('/api/v1/apps/no-such-app');
    assert.equal(missing.status, 404);
    assert.match(String(missing.headers['content-type']), /^application\/problem\+json/);
    assert.match(String(missing.headers['cache-control']), /public, max-age=\d+/);
    assert.ok(app.responseCache.queries.get('/api/v1/apps/no-such-app'), 'the API 404 is kept among the misses and queries');
    const bad = await get('/api/v1/apps?min_score=oops');
    assert.equal(bad.status, 400);
    assert.equal(bad.headers['cache-control'], 'no-store');
    assert.equal(app.responseCache.queries.get('/api/v1/apps?min_score=oops'), undefined);
  });

  it('bounds the search cache: many different queries keep at most its limit, and the pages stay', async () => {
    await get('/apps/signal');
    for (let i = 0; i < 80; i++) {
      const res = await get(`/search?q=signal${i}`);
      assert.equal(res.status, 200);
    }
    assert.ok(app.responseCache.queries.size <= 50, `${app.responseCache.queries.size} queries kept`);
    assert.ok(app.responseCache.queries.get('/search?q=signal79'), 'the latest query is kept');
    assert.equal(app.responseCache.queries.get('/search?q=signal0'), undefined, 'the oldest is gone');
    assert.ok(app.responseCache.pages.get('/apps/signal'), 'queries did not push out the page');
    const spaced = await get('/search?q=%20signal79%20');
    assert.ok(spaced.body.equals((await get('/search?q=signal79')).body), 'a padded query is the same entry');
  });

  it('does not keep the About page, whose correction figures change without the data version', async () => {
    const about = await get('/about', { 'Accept-Encoding': 'gzip' });
    assert.equal(about.status, 200);
    assert.equal(about.headers['cache-control'], 'public, no-cache');
    assert.equal(app.responseCache.pages.get('/about'), undefined);
    const etag = String(about.headers.etag);
    assert.equal((await get('/about', { 'If-None-Match': etag })).status, 304, 'it still revalidates by its ETag');
  });

  it('never keeps the editor or a bad request', async () => {
    const bad = await get('/api/v1/apps?min_score=eleven');
    assert.equal(bad.status, 400);
    assert.equal(app.responseCache.queries.get('/api/v1/apps?min_score=eleven'), undefined);
    const edit = await get('/edit');
    assert.ok(edit.status >= 200);
    assert.equal(app.responseCache.pages.get('/edit'), undefined);
  });

  it('serves new bytes, in every encoding, once an import or edit moves the data version, and drops the old ones', async () => {
    const before = await Promise.all(['', 'gzip', 'br'].map((a) => get('/apps/threema', a ? { 'Accept-Encoding': a } : {})));
    const beforeApi = await get('/api/v1/apps/threema', { 'Accept-Encoding': 'gzip' });
    await get('/search?q=threema');
    const row = await store.getApp('threema');
    assert.ok(row);
    const facts = structuredClone(row.facts) as { review: { notes?: string } };
    facts.review.notes = 'Checked again for the cache test.';
    await store.saveRevision({ ...row, facts }, { author: 'test', note: 'Checked the policy again for the cache test' });
    const afterAll = await Promise.all(['', 'gzip', 'br'].map((a) => get('/apps/threema', a ? { 'Accept-Encoding': a } : {})));
    for (const [i, res] of afterAll.entries()) {
      const old = before[i];
      assert.ok(old);
      assert.notEqual(res.headers.etag, old.headers.etag);
      assert.match(decode(res).toString(), /Checked the policy again for the cache test/);
      assert.doesNotMatch(decode(old).toString(), /Checked the policy again for the cache test/);
    }
    // The old version's ETag no longer gets a 304.
    assert.equal((await get('/apps/threema', { 'If-None-Match': String(before[0]?.headers.etag) })).status, 200);
    const afterApi = await get('/api/v1/apps/threema', { 'Accept-Encoding': 'gzip' });
    assert.notEqual(afterApi.headers.etag, beforeApi.headers.etag);
    assert.equal(JSON.parse(decode(afterApi).toString()).revision, (JSON.parse(decode(beforeApi).toString()) as { revision: number }).revision + 1);
    assert.equal(app.responseCache.queries.get('/search?q=threema'), undefined, 'the old search results were dropped');
  });
});
