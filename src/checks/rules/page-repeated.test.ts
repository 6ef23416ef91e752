import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFactBothSides, pageRepeated } from './page-repeated.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered example page says each thing once', () => {
  assert.deepEqual(pageRepeated.check(pageContext()), []);
});

test('a section or heading printed twice is reported', () => {
  const issues = pageRepeated.check(
    htmlContext(
      '<section data-section="encryption"><h2>Encryption</h2><h3>What weakens it</h3><ul><li>x</li></ul><h3>What weakens it</h3></section><section data-section="encryption"><h2>Again</h2></section>',
    ),
  );
  assert.deepEqual(
    issues.map((i) => i.path),
    ['section encryption', 'heading "What weakens it"'],
  );
});

test('two findings saying the same, in one list or across both, are reported', () => {
  const issues = pageRepeated.check(
    htmlContext(
      '<section data-section="good"><h2>Good</h2><ul><li>Backups are encrypted.</li></ul></section><section data-section="concerns"><h2>Concerns</h2><ul><li>Backups are encrypted<sup>1</sup></li><li>Shares data</li><li>shares data.</li></ul></section>',
    ),
  );
  assert.equal(issues.length, 2, issues.map((i) => i.message).join('\n'));
});

test('a fact stated on both sides of the page model is reported', () => {
  const base = pageContext();
  const concern = base.page.concerns[0];
  assert.ok(concern);
  const ctx = { ...base, page: { ...base.page, pros: [...base.page.pros, { ...concern, id: 'x', tone: 'good' as const, text: 'Something good' }] } };
  assert.ok(pageFactBothSides.check(ctx).some((i) => /which What’s Good also states/.test(i.message)));
  assert.deepEqual(pageFactBothSides.check(base), []);
});

test('a FAQ answer repeating a short-answer sentence, and a question asked twice, are reported', () => {
  const issues = pageRepeated.check(
    htmlContext(
      '<section data-section="short-answer"><h2>Short answer</h2><p>Mostly. 2 things weaken it.</p></section><dl><dt>Is it safe?</dt><dd>2 things weaken it.<sup>1</sup></dd><dt>Is it safe for kids?</dt><dd>Yes.</dd><dt>Is it safe for kids</dt><dd>No.</dd></dl>',
    ),
  );
  assert.deepEqual(
    issues.map((i) => i.path),
    ['FAQ "Is it safe?"', 'FAQ "Is it safe for kids"'],
  );
  assert.match(issues[0]?.message ?? '', /"2 things weaken it\."/);
});
