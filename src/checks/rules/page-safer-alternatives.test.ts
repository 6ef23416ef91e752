import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageSaferAlternatives } from './page-safer-alternatives.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('the rendered alternatives are in the category and score higher', () => {
  const ctx = pageContext();
  assert.ok(ctx.page.alternatives.length > 0);
  assert.deepEqual(pageSaferAlternatives.check(ctx), []);
});

test('an alternative that scores lower, or is in another category, is reported', () => {
  const base = pageContext();
  const apps = [
    ...base.apps,
    { slug: 'slow-chat', name: 'Slow Chat', category: 'messaging', score: 1 },
    { slug: 'some-browser', name: 'Some Browser', category: 'browsers', score: 9.9 },
  ];
  const ctx = {
    ...htmlContext(
      '<section data-section="alternatives"><h2>Safer Alternatives to Example Chat</h2><ul><li><a href="/apps/slow-chat">Slow Chat</a></li></ul></section><dl><dt data-question="alternatives">What are safer alternatives to Example Chat?</dt><dd>Consider Some Browser.</dd></dl>',
      base,
    ),
    apps,
  };
  const messages = pageSaferAlternatives.check(ctx).map((i) => i.message);
  assert.equal(messages.length, 2);
  assert.match(messages[0] ?? '', /offers Slow Chat \(1\) as safer/);
  assert.match(messages[1] ?? '', /a browsers app/);
});

test('a footnote number after an app name does not hide it ("Telegram.1")', () => {
  const base = pageContext();
  const apps = [...base.apps, { slug: 'slow-chat', name: 'Slow Chat', category: 'messaging', score: 1 }];
  const ctx = {
    ...htmlContext(
      '<dl><dt data-question="alternatives">What are safer alternatives to Example Chat?</dt><dd>Consider Slow Chat.<sup class="cite"><a href="#source-1">1</a></sup></dd></dl>',
      base,
    ),
    apps,
  };
  assert.match(
    pageSaferAlternatives
      .check(ctx)
      .map((i) => i.message)
      .join('\n'),
    /Slow Chat/,
  );
});
