import { test } from 'node:test';
import assert from 'node:assert/strict';
import { staleScore } from './stale-score.ts';
import { bundled, exampleChat } from '../test-fixtures.ts';
import { scoreReview } from '../../scoring/score.ts';

function stored(overrides: { score?: number | null; rubricVersion?: string } = {}) {
  const { file: _file, ...review } = exampleChat();
  const s = scoreReview(review, bundled());
  return {
    slug: review.slug,
    revision: 3,
    facts: review,
    score: s.score,
    label: s.score === null ? null : s.label,
    coverage: s.coverage,
    rubricVersion: s.rubricVersion,
    ...overrides,
  };
}

test('a stored score equal to a fresh computation passes', () => {
  assert.deepEqual(staleScore.check({ revisions: [stored()], catalog: bundled() }), []);
});

test('a stored score computed with another rubric is reported as stale', () => {
  const issues = staleScore.check({ revisions: [stored({ score: 9.9, rubricVersion: '0.0.1' })], catalog: bundled() });
  assert.equal(issues.length, 1);
  assert.match(issues[0]?.message ?? '', /example-chat revision 3 is stale \(score 9\.9 ≠ .*rubric 0\.0\.1/);
});
