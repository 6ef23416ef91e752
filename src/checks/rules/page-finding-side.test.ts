import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFindingSide } from './page-finding-side.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test("the rendered page's strengths and concerns are on their sides", () => {
  assert.deepEqual(pageFindingSide.check(pageContext()), []);
});

test('"Low data collection" under Concerns is reported', () => {
  const issues = pageFindingSide.check(htmlContext('<section data-section="concerns"><h2>Concerns</h2><ul><li>Low data collection</li></ul></section>'));
  assert.match(issues[0]?.message ?? '', /"Low data collection" is listed as a concern but reads as low data collection/);
});

test('"Closed source" under What\'s Good is reported', () => {
  const issues = pageFindingSide.check(htmlContext("<section data-section='good'><h2>What's Good</h2><ul><li>Closed source</li></ul></section>"));
  assert.equal(issues.length, 1);
});

test("a positive finding id in the page model's concerns is reported", () => {
  const base = pageContext();
  const ctx = {
    ...base,
    page: {
      ...base.page,
      concerns: [
        ...base.page.concerns,
        { id: 'low-data-collection', tone: 'bad' as const, text: 'Collects little data about you', sources: [], facts: [], covers: [] },
      ],
    },
  };
  assert.ok(pageFindingSide.check(ctx).some((i) => i.path === '"Concerns": low-data-collection'));
});
