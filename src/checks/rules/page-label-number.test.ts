import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLabelNumber } from './page-label-number.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered example page shows words or numbers, never both', () => {
  assert.deepEqual(pageLabelNumber.check(pageContext()), []);
});

test('"Not enough evidence (1.6/10)", "1.6/10, Not enough evidence" and a score above 10 are reported', () => {
  const issues = pageLabelNumber.check(
    htmlContext('<table><tr><td>Not enough evidence <span>(1.6/10)</span></td></tr></table><p>Sharing: 1.6/10, Not enough evidence</p><p>Scores 11/10.</p>'),
  );
  assert.equal(issues.length, 3, issues.map((i) => i.message).join('\n'));
});
