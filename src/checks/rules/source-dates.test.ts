import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceDates } from './source-dates.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('sources published before they were read, read before the review date, pass', () => {
  assert.deepEqual(sourceDates.check(reviewContext(exampleChat())), []);
});

test('a source published after its read date is refused', () => {
  const review = exampleChat((r) => {
    const s = r.sources.policy;
    if (s) {
      s.read = '2026-10-01';
      s.published = '2026-11';
    }
  });
  const issues = sourceDates.check(reviewContext(review));
  assert.deepEqual(
    issues.map((i) => i.path),
    [['sources', 'policy', 'published']],
  );
});

test('a partial publication date in the month it was read passes', () => {
  const review = exampleChat((r) => {
    const s = r.sources.policy;
    if (s) {
      s.read = '2026-10-15';
      s.published = '2026-10';
    }
  });
  assert.deepEqual(sourceDates.check(reviewContext(review)), []);
});

test('a review dated before the newest read of a cited source is refused, naming the source', () => {
  const review = exampleChat((r) => {
    r.review.reviewed = '2026-01-01';
  });
  const issues = sourceDates.check(reviewContext(review));
  assert.deepEqual(
    issues.map((i) => i.path),
    [['review', 'reviewed']],
  );
  assert.match(issues[0]?.message ?? '', /before the read date of cited source/);
});
