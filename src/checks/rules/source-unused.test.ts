import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceUnused } from './source-unused.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('every declared source of Example Chat is cited', () => {
  assert.deepEqual(sourceUnused.check(reviewContext(exampleChat())), []);
});

test('a declared source no fact cites is reported', () => {
  const review = exampleChat((r) => {
    r.sources.orphan = { url: 'https://example.org/orphan', title: 'Orphan', kind: 'other', read: '2026-11-01' };
  });
  assert.deepEqual(
    sourceUnused.check(reviewContext(review)).map((i) => i.path),
    [['sources', 'orphan']],
  );
});
