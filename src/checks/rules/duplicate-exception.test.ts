import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateException } from './duplicate-exception.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('distinct exception kinds pass', () => {
  assert.deepEqual(duplicateException.check(reviewContext(exampleChat())), []);
});

test('the same exception kind listed twice is refused at the second', () => {
  const review = exampleChat((r) => {
    if ('value' in r.encryption.exceptions)
      r.encryption.exceptions.value.push({ kind: 'provider-readable-backups', description: 'Again.', sources: ['security'] });
  });
  const issues = duplicateException.check(reviewContext(review));
  assert.deepEqual(
    issues.map((i) => i.path),
    [['encryption', 'exceptions', 'value', 1, 'kind']],
  );
  assert.match(issues[0]?.message ?? '', /already listed at encryption.exceptions.value\[0\]/);
});
