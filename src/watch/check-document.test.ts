/** Checking a watched document against a local HTTP server the test starts. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openStore, type Store } from '../store/index.ts';
import type { Review } from '../domain/review.ts';
import { reviewWith } from '../../test/support/fixtures.ts';
import { checkDocument } from './check-document.ts';
import { watchSettings, type WatchOptions } from './settings.ts';
import { page, policyHtml, startTestServer, type TestServer } from './test-server.ts';
import { isPrivateAddress } from './address-policy.ts';
import { HostPacer } from './host-pacer.ts';

const QUOTE = 'We never sell your personal data to anyone.';
const ORIGINAL = [QUOTE, 'We keep your phone number to deliver messages.', 'Backups are stored on our servers.'];

let server: TestServer;
let store: Store;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());
beforeEach(async () => {
  server.routes.clear();
  server.requests.length = 0;
  store = await openStore({ sqlitePath: ':memory:' });
  await store.migrate();
});

function reviewAt(path: string, quote = QUOTE, selector?: string): Review {
  return reviewWith((r) => {
    const url = `${server.origin}${path}`;
    r.documents = [{ id: 'privacy-policy', kind: 'privacy-policy', url, ...(selector === undefined ? {} : { selector }) }];
    r.sources.policy = { url, title: 'Example Chat Privacy Policy', kind: 'privacy-policy', read: '2026-11-01', quote };
  });
}

async function check(
  review: Review,
  options: WatchOptions = {},
  settings = watchSettings({ allowPrivate: true, hostGapSeconds: 0, timeoutSeconds: 2, retrySeconds: 60, ...options }),
) {
  const document = review.documents?.[0];
  assert.ok(document);
  const state = (await store.documentStates()).find((s) => s.documentId === document.id);
  return checkDocument(store, review, document, state, settings);
}

const key = { slug: 'example-chat', documentId: 'privacy-policy' };

describe('checking a watched document', () => {
  it('stores the first version, then a new version with its diff only when the text changes, and queues the facts citing it', async () => {
    const review = reviewAt('/privacy');
    server.routes.set('/privacy', page(policyHtml(ORIGINAL), 'text/html; charset=utf-8', '"v1"'));
    const first = await check(review);
    assert.equal(first.status, 'changed');
    assert.equal(first.version, 1);
    assert.equal(first.rechecks, 0, 'the quote is in the first version');
    const v1 = await store.latestDocumentVersion(key);
    assert.match(v1?.text ?? '', /We keep your phone number/);
    assert.doesNotMatch(v1?.text ?? '', /All rights reserved|About/, 'navigation and footer are not the main text');

    const again = await check(review);
    assert.equal(again.status, 'not-modified');
    assert.equal(server.requests.at(-1)?.headers['if-none-match'], '"v1"', 'a conditional request was sent');

    server.routes.set(
      '/privacy',
      page(policyHtml([QUOTE, 'We keep your phone number and your contacts to deliver messages.', ORIGINAL[2] ?? '']), 'text/html; charset=utf-8', '"v2"'),
    );
    const changed = await check(review);
    assert.equal(changed.status, 'changed');
    assert.equal(changed.version, 2);
    const [item] = await store.recheckItems();
    assert.ok(item);
    assert.ok(item.facts.includes('app.accountRequires'), `facts citing the policy are queued: ${item.facts.join(', ')}`);
    assert.ok(item.facts.includes('sharing.sellsData'));
    assert.deepEqual(item.missingQuotes, []);
    const v2 = await store.latestDocumentVersion(key);
    assert.match(v2?.diff ?? '', /^-We keep your phone number to deliver messages\.$/m);
    assert.match(v2?.diff ?? '', /^\+We keep your phone number and your contacts to deliver messages\.$/m);

    server.routes.set(
      '/privacy',
      page(policyHtml([QUOTE, 'We keep your phone number and your contacts to deliver messages.', ORIGINAL[2] ?? '']), 'text/html; charset=utf-8', '"v3"'),
    );
    const sameText = await check(review);
    assert.equal(sameText.status, 'unchanged', 'a new ETag with the same text is no new version');
    assert.equal((await store.latestDocumentVersion(key))?.version, 2);
  });

  it('a quote no longer in the new text is named in the re-check item', async () => {
    const review = reviewAt('/privacy');
    server.routes.set('/privacy', page(policyHtml(ORIGINAL)));
    await check(review);
    server.routes.set('/privacy', page(policyHtml(['We may share your personal data with partners.', ...ORIGINAL.slice(1)])));
    await check(review);
    const [item] = await store.recheckItems();
    assert.deepEqual(item?.missingQuotes, ['policy']);
    assert.match(item?.reason ?? '', /quote of policy is no longer in it/);
  });

  it('a first version that lacks a quote already queues the facts resting on it', async () => {
    const review = reviewAt('/privacy', 'We do not keep phone numbers.');
    server.routes.set('/privacy', page(policyHtml(ORIGINAL)));
    const outcome = await check(review);
    assert.equal(outcome.rechecks, 1);
    assert.deepEqual((await store.recheckItems())[0]?.missingQuotes, ['policy']);
  });

  it('follows redirects, and refuses a chain longer than the limit', async () => {
    server.routes.set('/old', (_, res) => res.writeHead(301, { location: '/privacy' }).end());
    server.routes.set('/privacy', page(policyHtml(ORIGINAL)));
    assert.equal((await check(reviewAt('/old'))).status, 'changed');
    server.routes.set('/loop', (_, res) => res.writeHead(302, { location: '/loop' }).end());
    const loop = await check(reviewAt('/loop'), { maxRedirects: 3 });
    assert.equal(loop.status, 'refused');
    assert.match(loop.message, /more than 3 redirects/);
  });

  it('a 404 or a 500 is a recorded failure, retried with a growing back-off, and stores no version', async () => {
    server.routes.set('/gone', (_, res) => res.writeHead(500).end('oops'));
    const review = reviewAt('/gone');
    const first = await check(review);
    assert.equal(first.status, 'error');
    assert.match(first.message, /HTTP 500/);
    let [state] = await store.documentStates();
    assert.equal(state?.failures, 1);
    assert.equal(state?.lastHttpStatus, 500);
    const firstWait = Date.parse(state?.nextCheckAt ?? '') - Date.parse(state?.lastCheckedAt ?? '');
    assert.equal(firstWait, 60_000);
    server.routes.delete('/gone');
    const second = await check(review);
    assert.match(second.message, /HTTP 404/);
    [state] = await store.documentStates();
    assert.equal(state?.failures, 2);
    assert.equal(Date.parse(state?.nextCheckAt ?? '') - Date.parse(state?.lastCheckedAt ?? ''), 120_000, 'the back-off doubled');
    assert.equal(await store.latestDocumentVersion(key), undefined);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    server.routes.set('/slow', () => {});
    const started = Date.now();
    const outcome = await check(reviewAt('/slow'), { timeoutSeconds: 0.3 });
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message, /no complete answer within 0.3 s/);
    assert.ok(Date.now() - started < 2000);
  });

  it('refuses a 20 MB body, declared or not, without reading it all', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    server.routes.set('/huge', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const pump = () => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent >= 20) res.end();
        else
          res.once('drain', () => {
            sent++;
            pump();
          });
      };
      pump();
    });
    const streamed = await check(reviewAt('/huge'));
    assert.equal(streamed.status, 'refused');
    assert.match(streamed.message, /larger than 5120 KiB/);
    server.routes.set('/declared', (_, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(20 * 1024 * 1024) }).end());
    assert.match((await check(reviewAt('/declared'))).message, /larger than/);
  });

  it('obeys a robots.txt that disallows the document, and never requests it', async () => {
    server.routes.set('/robots.txt', page('User-agent: *\nDisallow: /private-area/\n', 'text/plain'));
    server.routes.set('/private-area/policy', page(policyHtml(ORIGINAL)));
    const outcome = await check(reviewAt('/private-area/policy'));
    assert.equal(outcome.status, 'refused');
    assert.match(outcome.message, /robots\.txt disallows \/private-area\/policy/);
    assert.ok(!server.requests.some((r) => r.path === '/private-area/policy'));
    assert.match(String(server.requests[0]?.headers['user-agent']), /^PrivacyDefendWatcher\//);
  });

  it('waits as long between requests to a host as its robots.txt Crawl-delay asks', async () => {
    server.routes.set('/robots.txt', page('User-agent: *\nCrawl-delay: 1\n', 'text/plain'));
    server.routes.set('/privacy', page(policyHtml(ORIGINAL)));
    const started = Date.now();
    assert.equal((await check(reviewAt('/privacy'))).status, 'changed');
    assert.ok(Date.now() - started >= 900, 'the document waited a second after robots.txt');
  });

  it('reads a plain-text document as it is, and refuses a type it cannot read', async () => {
    server.routes.set('/policy.txt', page(`PRIVACY POLICY\n\n${ORIGINAL.join('\n\n')}\n`, 'text/plain; charset=utf-8'));
    const outcome = await check(reviewAt('/policy.txt'));
    assert.equal(outcome.status, 'changed');
    const version = await store.latestDocumentVersion(key);
    assert.equal(version?.contentType, 'text/plain');
    assert.equal(version?.text, `PRIVACY POLICY\n${ORIGINAL.join('\n')}`);
    server.routes.set('/policy.pdf', page(Buffer.from('%PDF-1.7'), 'application/pdf'));
    const pdf = await check(reviewAt('/policy.pdf'));
    assert.equal(pdf.status, 'error');
    assert.match(pdf.message, /application\/pdf, which the watcher can't read as text/);
  });

  it('decodes a windows-1252 page and finds a quote written with straight quote marks in its curly ones', async () => {
    const html = policyHtml(['Example Chat \x93never\x94 sells your data \x96 not once.', ...ORIGINAL.slice(1)]);
    server.routes.set('/latin', page(Buffer.from(html, 'latin1'), 'text/html; charset=windows-1252'));
    const outcome = await check(reviewAt('/latin', 'Example Chat "never" sells your data - not once.'));
    assert.equal(outcome.status, 'changed');
    assert.equal(outcome.rechecks, 0, 'the quote is found');
    assert.match((await store.latestDocumentVersion(key))?.text ?? '', /Example Chat “never” sells your data – not once\./);
  });

  it('reads the charset an HTML page declares in its <meta> when the header names none', async () => {
    const html = `<!doctype html><html><head><meta charset="iso-8859-1"><title>P</title></head><body><main><p>Donn\xe9es personnelles : nous ne les vendons pas.</p></main></body></html>`;
    server.routes.set('/meta', page(Buffer.from(html, 'latin1'), 'text/html'));
    await check(reviewAt('/meta', 'Données personnelles : nous ne les vendons pas.'));
    assert.equal((await store.latestDocumentVersion(key))?.text, 'Données personnelles : nous ne les vendons pas.');
    assert.equal((await store.recheckItems()).length, 0);
  });

  it('uses the selector when the review names one', async () => {
    server.routes.set('/sel', page('<html><body><div id="legal"><p>Only this.</p></div><div><p>Not this.</p></div></body></html>'));
    await check(reviewAt('/sel', 'Only this.', '#legal'));
    assert.equal((await store.latestDocumentVersion(key))?.text, 'Only this.');
  });

  it('refuses loopback and private addresses unless allowed, by name too', async () => {
    server.routes.set('/privacy', page(policyHtml(ORIGINAL)));
    const byIp = await check(reviewAt('/privacy'), { allowPrivate: false });
    assert.equal(byIp.status, 'refused');
    assert.match(byIp.message, /private or loopback address; set PRIVACYDEFEND_WATCH_ALLOW_PRIVATE=1/);
    const byName = reviewWith((r) => {
      r.documents = [{ id: 'privacy-policy', kind: 'privacy-policy', url: server.origin.replace('127.0.0.1', 'localhost') }];
    });
    const named = await check(byName, { allowPrivate: false });
    assert.equal(named.status, 'refused');
    assert.match(named.message, /localhost resolves to (127\.0\.0\.1|::1)/);
    assert.equal(server.requests.length, 0);
  });
});

describe('address policy and pacing', () => {
  it('knows private, loopback, link-local and mapped addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.0.0.8',
      '172.20.1.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      assert.equal(isPrivateAddress(a), true, a);
    for (const a of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111']) assert.equal(isPrivateAddress(a), false, a);
  });

  it('spaces requests to one host and lets other hosts go at once', async () => {
    const waits: number[] = [];
    const pacer = new HostPacer(1000, async (ms) => {
      waits.push(ms);
    });
    await pacer.wait('a.example');
    await pacer.wait('b.example');
    await pacer.wait('a.example');
    assert.equal(waits.length, 1);
    assert.ok((waits[0] ?? 0) > 900);
  });
});
