import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFaqUnanswered } from './page-faq-unanswered.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('every question on the rendered page is answered', () => {
  assert.deepEqual(pageFaqUnanswered.check(pageContext()), []);
});

test('a question followed by another question, or by an empty answer, is reported', () => {
  const issues = pageFaqUnanswered.check(
    htmlContext('<dl><dt>Is it safe for kids?</dt><dt>Does it sell data?</dt><dd> </dd><dt>Is it encrypted?</dt><dd>Yes.</dd></dl>'),
  );
  assert.deepEqual(
    issues.map((i) => i.path),
    ['FAQ "Is it safe for kids?"', 'FAQ "Does it sell data?"'],
  );
});
