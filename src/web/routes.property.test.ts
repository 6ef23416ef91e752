/**
 * Property-based fuzzing of the HTTP routes: whatever path, query string and
 * method a client sends, the app answers without a 5xx, without a stack
 * trace, with the security headers, and API errors as problem+json.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledSite } from '../../test/support/site.ts';
import type { Store } from '../store/index.ts';
import type { createApp } from './app.tsx';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  ({ store, app } = await bundledSite());
});
after(() => store.close());

const FUZZ = { numRuns: 300, interruptAfterTimeLimit: 6_000 };

const routes = [
  '/',
  '/apps/signal',
  '/apps/',
  '/apps/signal/history',
  '/categories/messaging',
  '/compare',
  '/compare/signal-vs-whatsapp',
  '/search',
  '/methodology',
  '/badge/signal.svg',
  '/feed.xml',
  '/sitemap.xml',
  '/sitemap-1.xml',
  '/api/v1/apps',
  '/api/v1/apps/signal',
  '/api/v1/apps/signal/history',
  '/api/v1/categories',
  '/api/v1/categories/messaging',
  '/api/v1/search',
  '/api/v1/compare',
  '/api/v1/rubric',
  '/api/v1/changes',
  '/downloads/',
];
const params = [
  'q',
  'apps',
  'category',
  'min_score',
  'label',
  'sort',
  'order',
  'page',
  'per_page',
  'cursor',
  'limit',
  'e2ee_default',
  'sells_data',
  'tracking',
];

/** Text a hostile client might put in a path segment or query value, percent-encoded or raw. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '%',
    '%ZZ',
    '%00',
    '%C0%AF',
    '%FF',
    '..',
    '../..',
    '%2e%2e%2f',
    '-1',
    '1e309',
    'NaN',
    '9'.repeat(40),
    '<script>',
    '"',
    "'",
    ',,,',
    'a'.repeat(3000),
  ),
);

const request = fc.record({
  route: fc.constantFrom(...routes),
  suffix: fc.option(hostileText, { nil: undefined }),
  query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...params), hostileText), hostileText), { maxLength: 4 }),
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE'),
});

test('no request, however malformed, gets a 5xx, a stack trace or lacks the security headers', async () => {
  await fc.assert(
    fc.asyncProperty(request, async ({ route, suffix, query, method }) => {
      const path = suffix === undefined ? route : `${route.replace(/\/$/, '')}/${suffix}`;
      const qs = query.map(([k, v]) => `${k}=${v}`).join('&');
      const url = qs === '' ? path : `${path}?${qs}`;
      let res: Response;
      try {
        res = await app.request(url, { method });
      } catch (err) {
        // A URL the WHATWG parser itself refuses never reaches a server.
        if (err instanceof TypeError && /Invalid URL/i.test(err.message)) return;
        throw err;
      }
      const body = method === 'HEAD' ? '' : await res.text();
      assert.ok(res.status < 500, `${method} ${url} answered ${res.status}: ${body.slice(0, 300)}`);
      assert.doesNotMatch(body, /\n\s+at [\w.<>]+ \(/, `${method} ${url} leaks a stack trace`);
      assert.ok(res.headers.get('content-security-policy'), `${method} ${url} has a CSP`);
      assert.ok(res.headers.get('cross-origin-resource-policy'), `${method} ${url} has CORP`);
      if (path.startsWith('/api/v1/') && res.status >= 400 && res.status !== 404 && method === 'GET') {
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, `${method} ${url}`);
      }
    }),
    FUZZ,
  );
});
