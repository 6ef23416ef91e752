import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageEmptySection } from './page-empty-section.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered Example Chat page has no empty section', () => {
  assert.deepEqual(pageEmptySection.check(pageContext()), []);
});

test('a heading with nothing under it is reported', () => {
  const issues = pageEmptySection.check(
    htmlContext('<section data-section="alternatives"><h2>Safer Alternatives to Example Chat</h2></section><section><h2>Sharing</h2><p>None.</p></section>'),
  );
  assert.deepEqual(
    issues.map((i) => i.path),
    ['"Safer Alternatives to Example Chat"'],
  );
});

test('a controversies heading with an intro and no incident is reported', () => {
  const issues = pageEmptySection.check(
    htmlContext('<section data-section="controversies"><h2>Example Chat Privacy Controversies</h2><p>These incidents highlight the risks.</p></section>'),
  );
  assert.match(issues[0]?.message ?? '', /lists nothing/);
});
