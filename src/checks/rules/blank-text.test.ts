import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankText } from './blank-text.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

test('a review with real text everywhere passes', () => {
  assert.deepEqual(blankText.check(reviewContext(exampleChat())), []);
});

test('a whitespace-only quote, FAQ answer, unknown reason and note are each refused at their field', () => {
  const review = exampleChat((r) => {
    const s = r.sources.policy;
    if (s) s.quote = '   ';
    r.faq = [{ question: 'Is it private?', answer: ' \n\t', sources: ['policy'] }];
    r.controls['app-lock'] = { unknown: '  ' };
    r.review.notes = '\u00a0';
  });
  const paths = blankText.check(reviewContext(review)).map((i) => (typeof i.path === 'string' ? i.path : i.path.join('.')));
  assert.deepEqual(paths.sort(), ['controls.app-lock.unknown', 'faq.0.answer', 'review.notes', 'sources.policy.quote']);
});
