import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite, TEST_SITE_URL } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import { monthYear } from '../views/format.ts';
import type { createApp } from '../app.tsx';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => ({ store, app } = await bundledSite()));
after(() => store.close());

describe('GET /apps/:slug', () => {
  test('renders every section of the reference page, in its order, with sources', async () => {
    const res = await app.request('/apps/signal');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    const order = [
      'Is Signal Safe?',
      'Owned by',
      'Short answer',
      'PrivacyDefend Safety Score',
      'Data Collection',
      'What Data Does Signal Collect?',
      'Signal Encryption &amp; Security',
      'Does Signal Share Your Data?',
      'What&#39;s Good',
      'Frequently Asked Questions',
      'Sources',
    ];
    let at = 0;
    for (const heading of order) {
      const i = html.indexOf(heading, at);
      assert.ok(i >= 0, `"${heading}" appears after the previous section`);
      at = i;
    }
    assert.match(html, /<sup class="cite">/);
    assert.match(html, /id="source-1"/);
  });

  test('shows each rating as text and icon, not colour alone', async () => {
    const html = await (await app.request('/apps/signal')).text();
    const ratings = html.match(/<li class="rating tone-[a-z]+">[\s\S]*?<\/li>/g) ?? [];
    assert.equal(ratings.length, 4);
    for (const r of ratings) {
      assert.match(r, /class="icon"/);
      assert.match(r, /class="rating-level">[\s\S]*?(Low|Moderate|High|Strong|Weak|None|No|Limited|Yes|Good|Fair|Poor|Not enough evidence)/);
    }
  });

  test('carries a canonical link, FAQPage and Review JSON-LD, and no external resources', async () => {
    const html = await (await app.request('/apps/signal')).text();
    assert.match(html, new RegExp(`<link rel="canonical" href="${TEST_SITE_URL}/apps/signal"/>`));
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}') as { '@type': string });
    assert.ok(blocks.some((b) => b['@type'] === 'FAQPage'));
    assert.ok(blocks.some((b) => b['@type'] === 'Review'));
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    const loaded = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '').filter((u) => !u.startsWith(TEST_SITE_URL));
    for (const u of loaded) assert.ok(u.startsWith('/'), `loads ${u} from elsewhere`);
    assert.ok(srcs.length > 0);
  });

  test('an app with too few sourced facts says there is not enough evidence instead of a number', async () => {
    const html = await (await app.request('/apps/notion')).text();
    assert.match(html, /<span class="badge tone-none"><span aria-hidden="true" class="icon">○<\/span> Not enough evidence<\/span>/);
    assert.match(html, /What we couldn&#39;t verify/);
  });

  test('unknown slugs get a real 404 page', async () => {
    const res = await app.request('/apps/no-such-app');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /Page not found/);
    assert.equal((await app.request('/apps/%3Cscript%3E')).status, 404);
  });

  test('serves ETag and 304 Not Modified, and sets no cookie', async () => {
    const first = await app.request('/apps/whatsapp');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.equal(first.headers.get('set-cookie'), null);
    const second = await app.request('/apps/whatsapp', { headers: { 'If-None-Match': etag } });
    assert.equal(second.status, 304);
  });

  test('sends a strict Content-Security-Policy and privacy headers', async () => {
    const res = await app.request('/apps/signal');
    assert.match(res.headers.get('content-security-policy') ?? '', /^default-src 'none'; script-src 'self'/);
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('referrer-policy'));
    assert.match(res.headers.get('permissions-policy') ?? '', /geolocation=\(\)/);
  });

  test('the stylesheet is fingerprinted and cached for a year', async () => {
    const html = await (await app.request('/')).text();
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(href, /^\/assets\/site\.[0-9a-f]{12}\.css$/);
    const css = await app.request(href);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('cache-control') ?? '', /immutable/);
    assert.match(await css.text(), /\.tone-good\{--tone:#/);
  });
});

describe('source quality on the review page', () => {
  test('an archived source shows the canonical link, the archived copy and when it was read', async () => {
    const html = await (await app.request('/apps/telegram')).text();
    assert.match(html, /<a href="https:\/\/telegram\.org\/privacy" rel="nofollow noopener">/);
    assert.match(html, /archived copy, read 2026-12-01\)/);
    assert.match(
      html,
      /<a href="https:\/\/github\.com\/OpenTermsArchive\/contrib-versions\/blob\/[0-9a-f]{40}\/Telegram\/Privacy%20Policy\.md" rel="nofollow noopener" class="archived">\s*archived copy of 2026-08-22\s*<\/a>/,
    );
  });

  test('core facts resting only on old documents are flagged stale, and current ones are not', async () => {
    const dropbox = await (await app.request('/apps/dropbox')).text();
    assert.match(dropbox, /<h2 id="stale-heading">Evidence that may be out of date<\/h2>/);
    assert.match(dropbox, /stale, the newest source is dated 2015-11-04/);
    const telegram = await (await app.request('/apps/telegram')).text();
    assert.doesNotMatch(telegram, /stale-heading/);
  });
});

describe('GET /', () => {
  test('lists the apps by category with score and label', async () => {
    const html = await (await app.request('/')).text();
    assert.match(html, /<a href="\/apps\/signal">Signal<\/a>/);
    assert.match(html, /Messaging/);
    assert.match(html, /\d\.\d\/10 (Excellent|Good|Fair|Poor|Very poor)/);
  });
});

describe('revisions', () => {
  test('a changed fact makes a new revision that the page shows, and the cache follows', async () => {
    const before = await (await app.request('/apps/signal')).text();
    const current = await store.getApp('signal');
    assert.ok(current);
    const facts = structuredClone(current.facts) as { review: { notes?: string } };
    facts.review.notes = 'Re-checked the privacy policy.';
    const saved = await store.saveRevision({ ...current, facts }, { author: 'editor', note: 'Re-checked the policy', at: new Date('2026-12-02T09:00:00Z') });
    assert.equal(saved.created, true);
    const html = await (await app.request('/apps/signal')).text();
    assert.notEqual(html, before);
    assert.match(html, /Re-checked the policy/);
    const reviewed = (current.facts as { review: { reviewed: string } }).review.reviewed;
    assert.match(
      html,
      new RegExp(`Last updated <time datetime="${reviewed}">${monthYear(reviewed)}</time>`),
      'a revision that changes no fact leaves "Last updated" at the review date',
    );

    const withFact = structuredClone(current.facts) as { app: { minimumAge: unknown } };
    withFact.app.minimumAge = { value: 12, sources: ['signal-gdpr'] };
    await store.saveRevision({ ...current, facts: withFact }, { author: 'editor', note: 'Minimum age corrected', at: new Date('2026-12-02T09:00:00Z') });
    const changed = await (await app.request('/apps/signal')).text();
    assert.match(changed, /Last updated <time datetime="2026-12-02">December 2026<\/time>/, 'a revision that changes a fact moves it');
  });
});
