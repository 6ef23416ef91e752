/** TRUST_PROXY: X-Forwarded-For is believed only from the proxies it names, for rate limits and the audit log. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddress, parseTrustProxy, ProxyConfigError } from './client-address.ts';
import { testEditor, type TestEditor } from './test-editor.ts';

describe('parseTrustProxy and clientAddress', () => {
  it('trusts nothing by default: the socket address is the client', () => {
    for (const text of [undefined, '', 'none', 'false']) {
      const trust = parseTrustProxy(text);
      assert.equal(trust.trusts('127.0.0.1'), false);
      assert.equal(clientAddress('127.0.0.1', '203.0.113.9', trust), '127.0.0.1');
    }
  });

  it('loopback and CIDR ranges, IPv4 and IPv6; the right-most untrusted hop is the client', () => {
    const trust = parseTrustProxy('loopback, 10.0.0.0/8, 2001:db8::/32');
    assert.ok(trust.trusts('127.0.0.1') && trust.trusts('::1') && trust.trusts('::ffff:127.0.0.1') && trust.trusts('10.9.8.7') && trust.trusts('2001:db8::5'));
    assert.equal(trust.trusts('192.0.2.1'), false);
    assert.equal(clientAddress('127.0.0.1', '203.0.113.9', trust), '203.0.113.9');
    // A client can put anything on the left; only what the trusted proxies appended counts.
    assert.equal(clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.9, 10.0.0.2', trust), '203.0.113.9');
    assert.equal(clientAddress('::ffff:127.0.0.1', '2001:db8::7, 2001:db8::8', trust), '2001:db8::7');
    assert.equal(clientAddress('192.0.2.1', '203.0.113.9', trust), '192.0.2.1', 'an untrusted peer is the client whatever it sends');
    assert.equal(clientAddress('127.0.0.1', undefined, trust), '127.0.0.1');
    assert.equal(clientAddress('127.0.0.1', 'not-an-ip', trust), '127.0.0.1');
  });

  it('a bad entry is refused naming it', () => {
    assert.throws(
      () => parseTrustProxy('loopback, 10.0.0.0/33'),
      (e: unknown) => e instanceof ProxyConfigError && /"10\.0\.0\.0\/33"/.test(e.message),
    );
    assert.throws(() => parseTrustProxy('proxy.example.org'), /"proxy\.example\.org" is not loopback, an IP address or a CIDR range/);
  });
});

async function loginIps(t: TestEditor, headers: Record<string, string>): Promise<string[]> {
  const c = t.client('127.0.0.1');
  const csrf = await c.csrfFrom('/edit/login');
  assert.equal((await c.post('/edit/login', { email: 'ed@example.org', password: 'wrong password here', _csrf: csrf }, headers)).status, 401);
  return (await t.store.editing.auditLog(10)).filter((e) => e.action === 'login.failed').map((e) => e.ip);
}

describe('the editor behind a proxy', () => {
  it('without TRUST_PROXY the audit log and the rate limits see the socket address, whatever X-Forwarded-For says', async () => {
    const t = await testEditor();
    try {
      await t.user('ed@example.org', 'editor');
      assert.deepEqual(await loginIps(t, { 'x-forwarded-for': '203.0.113.9' }), ['127.0.0.1']);
    } finally {
      await t.close();
    }
  });

  it('with TRUST_PROXY=loopback the forwarded client address is logged and limited on its own', async () => {
    const t = await testEditor(undefined, { trustProxy: 'loopback' });
    try {
      await t.user('ed@example.org', 'editor');
      assert.deepEqual(await loginIps(t, { 'x-forwarded-for': '203.0.113.9' }), ['203.0.113.9']);
      // 20 attempts per address in 15 minutes: one forwarded client has used them all; another behind the same proxy is not limited.
      for (let i = 0; i < 20; i++) await t.store.editing.recordRateEvent('login-ip:203.0.113.50', new Date());
      const c = t.client('127.0.0.1');
      const limitedCsrf = await c.csrfFrom('/edit/login');
      const limited = await c.post(
        '/edit/login',
        { email: 'ed@example.org', password: 'wrong password here', _csrf: limitedCsrf },
        { 'x-forwarded-for': '203.0.113.50' },
      );
      assert.equal(limited.status, 429);
      const other = t.client('127.0.0.1');
      const csrf = await other.csrfFrom('/edit/login');
      assert.equal(
        (await other.post('/edit/login', { email: 'x@example.org', password: 'wrong password here', _csrf: csrf }, { 'x-forwarded-for': '203.0.113.51' }))
          .status,
        401,
      );
    } finally {
      await t.close();
    }
  });
});
