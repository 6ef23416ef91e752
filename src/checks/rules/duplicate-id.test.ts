import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateId } from './duplicate-id.ts';
import { bundled, datasetWith, exampleChat, TODAY } from '../test-fixtures.ts';

test('the bundled ids are unique', () => {
  assert.deepEqual(duplicateId.check({ dataset: bundled(), today: TODAY }), []);
});

test('two reviews with one slug and two controversies with one id are reported', () => {
  const review = exampleChat((r) => {
    const c = r.controversies[0];
    if (c) r.controversies.push({ ...c });
  });
  const dataset = datasetWith(review);
  const twice = { ...dataset, reviews: [...dataset.reviews, { ...review, file: 'apps/example-chat-copy.yaml' }] };
  const issues = duplicateId.check({ dataset: twice, today: TODAY });
  assert.ok(issues.some((i) => i.file === 'apps/example-chat-copy.yaml' && i.path[0] === 'slug'));
  assert.ok(issues.some((i) => i.file === 'apps/example-chat.yaml' && i.path[0] === 'controversies'));
});
