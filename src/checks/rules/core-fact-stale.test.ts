import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreFactStale } from './core-fact-stale.ts';
import { examplePolicy } from './source-policy-fixture.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('current evidence is not stale', () => {
  assert.deepEqual(coreFactStale.check({ ...reviewContext(exampleChat()), sourcePolicy: examplePolicy() }), []);
});

test('a core fact whose only source is dated more than the limit before the review is reported', () => {
  const review = exampleChat((r) => {
    const s = r.sources.security;
    if (s) s.published = '2016';
  });
  const issues = coreFactStale.check({ ...reviewContext(review), sourcePolicy: examplePolicy() });
  assert.ok(issues.some((i) => JSON.stringify(i.path) === JSON.stringify(['encryption', 'inTransit'])));
  assert.match(issues[0]?.message ?? '', /\(security, 2016\) is older than 2023-11-01, 3 years before the review/);
});
