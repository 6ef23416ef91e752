import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewExpired } from './review-expired.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const reviewedOn = (date: string) =>
  exampleChat((r) => {
    r.review.reviewed = date;
  });

test('a review checked eighteen months ago is not expired', () => {
  assert.deepEqual(reviewExpired.check(reviewContext(reviewedOn('2025-05-28'), '2026-11-28')), []);
});

test('a review checked more than twenty-four months ago is an error', () => {
  const issues = reviewExpired.check(reviewContext(reviewedOn('2024-11-01'), '2026-11-28'));
  assert.deepEqual(
    issues.map((i) => i.path),
    [['review', 'reviewed']],
  );
  assert.equal(reviewExpired.severity, 'error');
});
