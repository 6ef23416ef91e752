import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageInternalId } from './page-internal-id.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered example page shows labels, not ids', () => {
  assert.deepEqual(pageInternalId.check(pageContext()), []);
});

test('a points cell listing ids is reported once per id; ids inside ordinary words are not', () => {
  const issues = pageInternalId.check(
    htmlContext(
      '<table><tr><td>sms-fallback, provider-readable-backups</td></tr><tr><td>business-partners</td></tr></table><p>Turn on two-factor authentication.</p>',
    ),
  );
  assert.deepEqual(
    issues.map((i) => /"([^"]+)"; show/.exec(i.message)?.[1]),
    ['sms-fallback', 'provider-readable-backups', 'business-partners'],
  );
});
