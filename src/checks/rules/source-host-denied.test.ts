import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceHostDenied } from './source-host-denied.ts';
import { examplePolicy } from './source-policy-fixture.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('sources on classified, allowed hosts pass', () => {
  assert.deepEqual(sourceHostDenied.check({ ...reviewContext(exampleChat()), sourcePolicy: examplePolicy() }), []);
});

test('a source, an archived copy or an audit on a denied host is reported at its url', () => {
  const review = exampleChat((r) => {
    const policy = r.sources.policy;
    if (policy) policy.url = 'https://example.org/mirror/host-https-whatsapp.com/legal';
    const terms = r.sources.terms;
    if (terms) terms.archived = { url: 'https://example.org/mirror/terms', date: '2026-10-01' };
    r.app.audits = { value: [{ by: 'Auditor', date: '2025', scope: 'app', url: 'https://example.org/mirror/audit.pdf' }], sources: ['security'] };
  });
  const issues = sourceHostDenied.check({ ...reviewContext(review), sourcePolicy: examplePolicy() });
  assert.deepEqual(
    issues.map((i) => i.path),
    [
      ['sources', 'policy', 'url'],
      ['sources', 'terms', 'archived', 'url'],
      ['app', 'audits', 'value', 0, 'url'],
    ],
  );
  assert.match(issues[0]?.message ?? '', /example\.org\/mirror is a denied host \(mirror of other sites\)/);
});

test('the bundled classification denies the mirrors named in issue 12', () => {
  const review = exampleChat((r) => {
    const policy = r.sources.policy;
    if (policy) policy.url = 'https://toyotakita.com/host-https-whatsapp.com/legal/privacy-policy-eea';
  });
  assert.equal(sourceHostDenied.check(reviewContext(review)).length, 1);
});
