import { test } from 'node:test';
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import assert from 'node:assert/strict';
import { checkDataset, formatFinding } from './index.ts';
import { bundled, TODAY } from './test-fixtures.ts';

test('the bundled dataset passes every consistency rule with no error', () => {
  const errors = checkDataset(bundled(), { today: TODAY, renderPage: renderReviewPage }).filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map(formatFinding), []);
});
