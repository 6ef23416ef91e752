import { test } from 'node:test';
import assert from 'node:assert/strict';
import { futureDate, isAfter } from './future-date.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('dates up to today pass', () => {
  assert.deepEqual(futureDate.check(reviewContext(exampleChat(), '2026-11-01')), []);
});

test('a source read after today and a controversy dated next month are reported', () => {
  const review = exampleChat((r) => {
    const label = r.sources.label;
    if (label) label.read = '2026-11-29';
    const c = r.controversies[0];
    if (c) c.date = '2026-12';
  });
  const paths = futureDate.check(reviewContext(review, '2026-11-28')).map((i) => i.path);
  assert.deepEqual(paths, [
    ['sources', 'label', 'read'],
    ['controversies', 0, 'date'],
  ]);
});

test('a partial date is in the future only when its whole period is', () => {
  assert.equal(isAfter('2026-11', '2026-11-28'), false);
  assert.equal(isAfter('2027', '2026-11-28'), true);
});
