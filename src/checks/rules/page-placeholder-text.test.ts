import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePlaceholderText } from './page-placeholder-text.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered page shows no placeholder value', () => {
  assert.deepEqual(pagePlaceholderText.check(pageContext()), []);
});

test('"undefined", "NaN" and "[object Object]" in visible text are reported; JSON in scripts is not', () => {
  const issues = pagePlaceholderText.check(htmlContext('<script>var x = null;</script><p>Score undefined/10, NaN apps, [object Object]</p>'));
  assert.deepEqual(
    issues.map((i) => i.message.slice(0, 22)),
    ['shows "undefined" in "', 'shows "NaN" in "…Score', 'shows "[object Object]'].map((s) => s.slice(0, 22)),
  );
});

test('a value written as code is documentation, not a leak: <code>null</code> passes, a bare null beside it does not', () => {
  const issues = pagePlaceholderText.check(htmlContext('<p>the next page, or <code>null</code> on the last</p><p>Score: null</p>'));
  assert.equal(issues.length, 1);
  assert.match(issues[0]?.message ?? '', /Score: null/);
});
