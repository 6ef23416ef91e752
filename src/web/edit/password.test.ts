import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, newToken, passwordProblem, tokenHash, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('a password verifies against its own hash only, and each hash has its own salt', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    assert.match(a, /^scrypt\$131072\$8\$1\$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('correct horse battery staple', a), true);
    assert.equal(await verifyPassword('correct horse battery stapler', a), false);
  });

  it('an account without a password never verifies, whatever is typed', async () => {
    assert.equal(await verifyPassword('', undefined), false);
    assert.equal(await verifyPassword('anything at all here', undefined), false);
  });

  it('short and huge passwords are refused with the reason', () => {
    assert.match(passwordProblem('short') ?? '', /at least 12/);
    assert.match(passwordProblem('x'.repeat(300)) ?? '', /at most 256/);
    assert.equal(passwordProblem('a long enough passphrase'), undefined);
  });

  it('tokens are random and stored only as their sha256', () => {
    const t = newToken();
    assert.notEqual(t, newToken());
    assert.match(tokenHash(t), /^[0-9a-f]{64}$/);
    assert.notEqual(tokenHash(t), t);
  });
});
