import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewStale } from './review-stale.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const reviewedOn = (date: string) =>
  exampleChat((r) => {
    r.review.reviewed = date;
  });

test('a review checked exactly twelve months ago is not stale', () => {
  assert.deepEqual(reviewStale.check(reviewContext(reviewedOn('2025-11-28'), '2026-11-28')), []);
});

test('a review checked more than twelve months ago is a warning', () => {
  const issues = reviewStale.check(reviewContext(reviewedOn('2025-11-27'), '2026-11-28'));
  assert.deepEqual(
    issues.map((i) => i.path),
    [['review', 'reviewed']],
  );
  assert.equal(reviewStale.severity, 'warning');
});
