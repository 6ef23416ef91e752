import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import type { SiteData } from '../site-data.ts';
import { createApp } from '../app.tsx';
import { CONTENT_SECURITY_POLICY, DEFAULT_HSTS_MAX_AGE, hstsMaxAge, resourcePolicyFor } from './security.ts';

let store: Store;
let site: SiteData;
before(async () => {
  ({ store, site } = await bundledSite());
});
after(() => store.close());

describe('security headers', () => {
  test('the CSP starts from nothing and allows only the site itself, with base-uri and form-action', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    assert.equal(directives[0], "default-src 'none'");
    for (const d of ["base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "script-src 'self'"]) assert.ok(directives.includes(d), d);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe|\*|data:|https?:/);
  });

  test('HSTS is on by default for an https site, off for http, and configurable', () => {
    assert.equal(hstsMaxAge('https://privacydefend.org', undefined), DEFAULT_HSTS_MAX_AGE);
    assert.equal(hstsMaxAge('http://localhost:3000', undefined), 0);
    assert.equal(hstsMaxAge('https://privacydefend.org', '0'), 0);
    assert.equal(hstsMaxAge('http://localhost:3000', '600'), 600);
    assert.throws(() => hstsMaxAge('https://x.org', '1y'), /HSTS_MAX_AGE must be a whole number of seconds/);
  });

  test('pages are same-origin resources with HSTS on https; the API, downloads and badges may be read cross-origin', async () => {
    const app = createApp({ site, siteUrl: 'https://privacydefend.test' });
    for (let i = 0; i < 2; i++) {
      const page = await app.request('/apps/signal');
      assert.equal(page.headers.get('strict-transport-security'), `max-age=${DEFAULT_HSTS_MAX_AGE}`);
      assert.equal(page.headers.get('cross-origin-resource-policy'), 'same-origin');
      assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    }
    for (const path of ['/api/v1/apps/signal', '/badge/signal.svg']) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', path);
    }
    assert.equal((await app.request('/api/v1/apps')).headers.get('access-control-allow-origin'), '*');
    const local = createApp({ site, siteUrl: 'http://localhost:3000' });
    assert.equal((await local.request('/')).headers.get('strict-transport-security'), null);
    assert.equal(resourcePolicyFor('/downloads/apps.csv'), 'cross-origin');
    assert.equal(resourcePolicyFor('/api'), 'same-origin');
  });
});
