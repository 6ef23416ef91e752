import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeLinks } from './store-links.ts';
import { StoreLink, type StoreLink as StoreLinkType } from '../../domain/review.ts';
import { bundled, exampleChat, pageContext, reviewContext } from '../test-fixtures.ts';
import type { ReviewRecord } from '../../domain/dataset.ts';

/** Example Chat's hosts classified: its own domain as the vendor's, its news site as press. */
function context(review: ReviewRecord) {
  const base = reviewContext(review);
  const policy = bundled().sourcePolicy;
  return {
    ...base,
    sourcePolicy: {
      ...policy,
      hosts: [
        ...policy.hosts,
        { host: 'example.org', class: 'vendor', name: 'Example Corp.' },
        { host: 'news.example.org', class: 'press', name: 'Example News' },
      ],
    },
  } as typeof base;
}

const listing: StoreLinkType = { store: 'app-store', platform: 'ios', url: 'https://apps.apple.com/app/example-chat/id100000001', sources: ['help'] };

test("the bundled apps' store links all pass", () => {
  for (const review of bundled().reviews) assert.deepEqual(storeLinks.check(reviewContext(review)), [], review.file);
});

test("a store link for one of the app's platforms, cited to the vendor's page or the listing itself, passes", () => {
  const review = exampleChat((r) => {
    r.stores = [
      listing,
      { store: 'google-play', platform: 'android', url: 'https://play.google.com/store/apps/details?id=org.example.chat', sources: ['help'] },
    ];
  });
  assert.deepEqual(storeLinks.check(context(review)), []);
  const onlyListing = exampleChat((r) => {
    r.sources.listing = { url: listing.url, title: 'Example Chat on the App Store', kind: 'other', read: '2026-12-01' };
    r.stores = [{ ...listing, sources: ['listing'] }];
  });
  assert.deepEqual(storeLinks.check(context(onlyListing)), [], 'the store page itself shows whose listing it is');
});

test('a link for a platform the app is not reviewed for, a second link for one store and platform, and a link cited only to press are refused', () => {
  const review = exampleChat((r) => {
    r.stores = [
      { store: 'microsoft-store', platform: 'windows', url: 'https://apps.microsoft.com/detail/9n0000000000', sources: ['help'] },
      listing,
      listing,
      { store: 'google-play', platform: 'android', url: 'https://play.google.com/store/apps/details?id=org.example.chat', sources: ['news'] },
    ];
  });
  const issues = storeLinks.check(context(review));
  assert.equal(issues.length, 3, JSON.stringify(issues));
  assert.deepEqual(issues[0]?.path, ['stores', 0, 'platform']);
  assert.match(issues[0]?.message ?? '', /"windows" is not among the app's platforms \(ios, android\)/);
  assert.deepEqual(issues[1]?.path, ['stores', 2]);
  assert.match(issues[1]?.message ?? '', /a second app-store link for ios/);
  assert.deepEqual(issues[2]?.path, ['stores', 3, 'sources']);
  assert.match(issues[2]?.message ?? '', /no source shows this listing is the vendor's \(news: press\)/);
});

test("the schema refuses a store link off its store's host, for a platform the store does not serve, or with no source", () => {
  const offHost = StoreLink.safeParse({ ...listing, url: 'https://apps.apple.com.example.net/app/id1' });
  assert.equal(offHost.success, false);
  assert.deepEqual(
    offHost.error?.issues.map((i) => [i.path.join('.'), i.message]),
    [['url', 'is on apps.apple.com.example.net, not on apps.apple.com, where app-store listings are']],
  );
  const wrongPlatform = StoreLink.safeParse({ ...listing, store: 'google-play', url: 'https://play.google.com/store/apps/details?id=x' });
  assert.match(wrongPlatform.error?.issues[0]?.message ?? '', /"ios" is not a platform google-play serves \(it serves android\)/);
  assert.equal(StoreLink.safeParse({ ...listing, sources: [] }).success, false);
  assert.equal(StoreLink.safeParse({ ...listing, store: 'itunes' }).success, false);
  assert.equal(StoreLink.safeParse({ ...listing, url: 'javascript:alert(1)' }).success, false);
});

test('the review page lists each store link among the official links, labelled through the catalogue', () => {
  const review = exampleChat((r) => {
    r.stores = [
      listing,
      { store: 'google-play', platform: 'android', url: 'https://play.google.com/store/apps/details?id=org.example.chat', sources: ['help'] },
    ];
  });
  const { html, page } = pageContext(review);
  assert.deepEqual(
    page.links.stores.map((s) => s.store),
    ['app-store', 'google-play'],
  );
  const official = html.slice(html.indexOf('<ul class="official"'), html.indexOf('</ul>', html.indexOf('<ul class="official"')));
  assert.match(official, /<a href="https:\/\/apps\.apple\.com\/app\/example-chat\/id100000001" rel="noopener">App Store for iOS<\/a>/);
  assert.match(official, /<a href="https:\/\/play\.google\.com\/store\/apps\/details\?id=org\.example\.chat" rel="noopener">Google Play for Android<\/a>/);
  assert.doesNotMatch(pageContext(exampleChat()).html, /App Store for|Google Play for/);
});
