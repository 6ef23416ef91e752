import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceHostUnclassified } from './source-host-unclassified.ts';
import { examplePolicy } from './source-policy-fixture.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('classified hosts pass', () => {
  assert.deepEqual(sourceHostUnclassified.check({ ...reviewContext(exampleChat()), sourcePolicy: examplePolicy() }), []);
});

test('a host classified nowhere is reported with its name', () => {
  const review = exampleChat((r) => {
    const news = r.sources.news;
    if (news) news.url = 'https://www.unknown-blog.example/post';
  });
  const issues = sourceHostUnclassified.check({ ...reviewContext(review), sourcePolicy: examplePolicy() });
  assert.deepEqual(
    issues.map((i) => i.path),
    [['sources', 'news', 'url']],
  );
  assert.match(issues[0]?.message ?? '', /unknown-blog\.example is not classified/);
});
