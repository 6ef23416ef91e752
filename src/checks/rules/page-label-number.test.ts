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

test('the German and French words with a number beside them, and a German score above 10, are reported', () => {
  const issues = pageLabelNumber.check(
    htmlContext(
      '<p>Weitergabe an Dritte: Zu wenig Belege (1,6/10)</p><p>Partage : 1,6/10, Éléments insuffisants</p><p>Erreicht 10,5/10.</p><p>Signal (8,6/10) und Threema (7,8/10).</p>',
    ),
  );
  assert.deepEqual(
    issues.map((i) => i.message),
    [
      'says "Zu wenig Belege" beside the number 1,6/10; show the words or the number, not both',
      'says "Éléments insuffisants" beside the number 1,6/10; show the words or the number, not both',
      'shows a score of 10.5 out of 10',
    ],
  );
});
