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

test('two apps’ ratings in neighbouring table cells are two values, not a label with a number (the alternatives table, 2026-12-01)', () => {
  const row = '<table><tr><th scope="row">Privacy Controls</th><td>Fair (6.8/10)</td><td>Not enough evidence</td></tr></table>';
  assert.deepEqual(pageLabelNumber.check(htmlContext(row)), []);
  // the words and a number in one cell, or in a card outside a table, are still reported
  assert.equal(pageLabelNumber.check(htmlContext('<table><tr><td>Not enough evidence</td><td>Fair (6.8/10) Not enough evidence</td></tr></table>')).length, 1);
  assert.equal(pageLabelNumber.check(htmlContext('<div class="card"><p>Not enough evidence</p><p>6.8/10</p></div>')).length, 1);
});
