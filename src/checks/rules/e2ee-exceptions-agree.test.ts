import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eeExceptionsAgree } from './e2ee-exceptions-agree.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const check = (edit: Parameters<typeof exampleChat>[0]) => e2eeExceptionsAgree.check(reviewContext(exampleChat(edit)));
const optInOnly = { kind: 'opt-in-only', description: 'Only secret chats are end-to-end encrypted.', sources: ['security'] };

test('default end-to-end encryption without the opt-in exception passes', () => {
  assert.deepEqual(
    check(() => {}),
    [],
  );
});

test('content "default" beside an opt-in-only exception is refused at the exception', () => {
  const issues = check((r) => {
    if ('value' in r.encryption.exceptions) r.encryption.exceptions.value.push(optInOnly);
  });
  assert.deepEqual(
    issues.map((i) => i.path),
    [['encryption', 'exceptions', 'value', 1, 'kind']],
  );
  assert.match(issues[0]?.message ?? '', /content is "default"/);
});

test('the reverse: content "opt-in" with no opt-in-only exception is refused at the content fact', () => {
  const issues = check((r) => {
    r.encryption.e2ee.content = { value: 'opt-in', sources: ['security'] };
  });
  assert.deepEqual(
    issues.map((i) => i.path),
    [['encryption', 'e2ee', 'content', 'value']],
  );
});

test('content "opt-in" with the exception, and content "none" without it, pass; "none" with it is refused', () => {
  assert.deepEqual(
    check((r) => {
      r.encryption.e2ee.content = { value: 'opt-in', sources: ['security'] };
      if ('value' in r.encryption.exceptions) r.encryption.exceptions.value.push(optInOnly);
    }),
    [],
  );
  assert.deepEqual(
    check((r) => {
      r.encryption.e2ee.content = { value: 'none', sources: ['security'] };
    }),
    [],
  );
  assert.equal(
    check((r) => {
      r.encryption.e2ee.content = { value: 'none', sources: ['security'] };
      if ('value' in r.encryption.exceptions) r.encryption.exceptions.value.push(optInOnly);
    }).length,
    1,
  );
});
