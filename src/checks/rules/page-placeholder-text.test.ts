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
