import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDataset, formatFinding } from './index.ts';
import { bundled, TODAY } from './test-fixtures.ts';

test('the bundled dataset passes every consistency rule with no error', () => {
  const errors = checkDataset(bundled(), { today: TODAY }).filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map(formatFinding), []);
});
