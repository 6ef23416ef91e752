import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factSources } from './fact-sources.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('a review whose facts cite declared sources passes', () => {
  assert.deepEqual(factSources.check(reviewContext(exampleChat())), []);
});

test('a fact citing an undeclared source is reported at that citation', () => {
  const review = exampleChat((r) => {
    r.app.clientOpenSource = { value: 'no', sources: ['nowhere'] };
  });
  const issues = factSources.check(reviewContext(review));
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]?.path, ['app', 'clientOpenSource', 'sources', 0]);
  assert.match(issues[0]?.message ?? '', /"nowhere"/);
});

test('a known fact with no source is reported', () => {
  const review = exampleChat((r) => {
    r.sharing.sellsData = { value: false, sources: [] };
  });
  assert.deepEqual(
    factSources.check(reviewContext(review)).map((i) => i.path),
    [['sharing', 'sellsData', 'sources']],
  );
});
