import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageDanglingIntro } from './page-dangling-intro.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered page announces no missing list', () => {
  assert.deepEqual(pageDanglingIntro.check(pageContext()), []);
});

test('an intro followed by its list passes', () => {
  assert.deepEqual(pageDanglingIntro.check(htmlContext('<p>Here is what they collect:</p><ul><li>Phone number</li></ul>')), []);
});

test('"Here\'s what they collect:" followed by nothing is reported', () => {
  const issues = pageDanglingIntro.check(htmlContext("<h2>Data</h2><p>It collects little. Here's what they collect:</p><p>This is minimal.</p>"));
  assert.equal(issues.length, 1);
  assert.match(issues[0]?.message ?? '', /"Here's what they collect:"/);
});
