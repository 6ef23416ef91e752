import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyUrl, evidenceDate, isCoreFact, SourcePolicy, staleCoreFacts, yearsBefore } from './source-hosts.ts';
import { examplePolicy } from '../checks/rules/source-policy-fixture.ts';
import { exampleChat } from '../checks/test-fixtures.ts';

const policy = SourcePolicy.parse({
  coreFacts: ['encryption'],
  acceptedForCoreFacts: ['vendor'],
  freshness: { maxAgeYears: 3 },
  hosts: [
    { host: 'github.com/signalapp', class: 'vendor', name: 'Signal' },
    { host: 'github.com/opentermsarchive', class: 'archive', name: 'Open Terms Archive' },
    { host: 'github.com/someone', class: 'denied', name: 'someone', note: 'personal fork' },
    { host: 'apple.com', class: 'vendor', name: 'Apple' },
    { host: 'apps.apple.com', class: 'app-store', name: 'App Store' },
  ],
});

test('a path-prefix entry classifies only URLs under that prefix, case-insensitively', () => {
  assert.equal(classifyUrl('https://github.com/signalapp/Signal-Server', policy)?.class, 'vendor');
  assert.equal(classifyUrl('https://github.com/OpenTermsArchive/pga-versions/blob/x/WhatsApp/Privacy%20Policy.md', policy)?.class, 'archive');
  assert.equal(classifyUrl('https://github.com/someone/privacyguides.org', policy)?.class, 'denied');
  assert.equal(classifyUrl('https://github.com/signalapper/x', policy), undefined);
  assert.equal(classifyUrl('https://github.com/', policy), undefined);
});

test('a host entry matches its subdomains and www, and the most specific host wins', () => {
  assert.equal(classifyUrl('https://www.apple.com/legal/privacy/', policy)?.class, 'vendor');
  assert.equal(classifyUrl('https://support.apple.com/en-gb/102651', policy)?.class, 'vendor');
  assert.equal(classifyUrl('https://apps.apple.com/app/id1', policy)?.class, 'app-store');
  assert.equal(classifyUrl('https://notapple.com/', policy), undefined);
  assert.equal(classifyUrl('https://apple.com.evil.example/', policy), undefined);
});

test('the policy refuses a host classified twice, a denied host without a note, and accepting denied hosts', () => {
  const bad = SourcePolicy.safeParse({
    coreFacts: ['encryption'],
    acceptedForCoreFacts: ['vendor', 'denied'],
    freshness: { maxAgeYears: 3 },
    hosts: [
      { host: 'a.example', class: 'vendor', name: 'A' },
      { host: 'a.example', class: 'press', name: 'A again' },
      { host: 'b.example', class: 'denied', name: 'B' },
      { host: 'https://c.example/', class: 'press', name: 'C' },
    ],
  });
  assert.equal(bad.success, false);
  const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
  assert.deepEqual(paths, ['acceptedForCoreFacts', 'hosts.1.host', 'hosts.2.note', 'hosts.3.host']);
});

test('core facts are the listed paths and everything under them', () => {
  assert.equal(isCoreFact('encryption.e2ee.content', policy), true);
  assert.equal(isCoreFact('encryption', policy), true);
  assert.equal(isCoreFact('encryptionx', policy), false);
  assert.equal(isCoreFact('sharing.sellsData', policy), false);
});

test("a source's evidence date is its own date (a partial date counts as its last day), else the archived copy's, else the day it was read", () => {
  assert.equal(evidenceDate({ published: '2020', read: '2026-11-28' }), '2020-12-31');
  assert.equal(evidenceDate({ published: '2024-02', read: '2026-11-28' }), '2024-02-29');
  assert.equal(evidenceDate({ read: '2026-11-28', archived: { url: 'https://web.archive.org/x', date: '2019-05-01' } }), '2019-05-01');
  assert.equal(evidenceDate({ read: '2026-11-28' }), '2026-11-28');
  assert.equal(yearsBefore('2024-02-29', 3), '2021-02-28');
});

test('a core fact is stale when its newest source is older than the limit before the review date, and not when one source is newer', () => {
  const review = exampleChat((r) => {
    r.review.reviewed = '2026-11-28';
    for (const s of Object.values(r.sources)) s.published = '2020-06-01';
    const news = r.sources.news;
    if (news) news.published = '2024-03-12';
  });
  const stale = staleCoreFacts(review, examplePolicy());
  assert.ok(stale.length > 0);
  for (const s of stale) {
    assert.equal(s.newest, '2020-06-01');
    assert.equal(s.limit, '2023-11-28');
  }
  assert.ok(stale.some((s) => s.path === 'encryption.inTransit'));
  // A fact citing the 2024 news report is not stale.
  const citesNews = exampleChat((r) => {
    r.review.reviewed = '2026-11-28';
    for (const s of Object.values(r.sources)) s.published = '2020-06-01';
    const news = r.sources.news;
    if (news) news.published = '2024-03-12';
    r.encryption.inTransit = { value: true, sources: ['policy', 'news'] };
  });
  assert.ok(!staleCoreFacts(citesNews, examplePolicy()).some((s) => s.path === 'encryption.inTransit'));
});
