import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceUrl } from './source-url.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('absolute https source URLs pass', () => {
  assert.deepEqual(sourceUrl.check(reviewContext(exampleChat())), []);
});

test('a relative or non-http source URL is reported', () => {
  const review = exampleChat((r) => {
    const policy = r.sources.policy;
    if (policy) policy.url = '/chat/privacy';
    const terms = r.sources.terms;
    if (terms) terms.url = 'ftp://example.org/terms';
  });
  assert.deepEqual(
    sourceUrl.check(reviewContext(review)).map((i) => i.path),
    [
      ['sources', 'policy', 'url'],
      ['sources', 'terms', 'url'],
    ],
  );
});
