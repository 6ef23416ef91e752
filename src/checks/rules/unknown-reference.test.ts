import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unknownReference } from './unknown-reference.ts';
import { datasetWith, exampleChat, TODAY } from '../test-fixtures.ts';

test('Example Chat uses only ids the dataset defines', () => {
  const issues = unknownReference.check({ dataset: datasetWith(exampleChat()), today: TODAY }).filter((i) => i.file === 'apps/example-chat.yaml');
  assert.deepEqual(issues, []);
});

test('an unknown category and data type are reported with their field', () => {
  const review = exampleChat((r) => {
    r.category = 'messengers';
    if (Array.isArray(r.dataCollected.value ?? null) && 'value' in r.dataCollected && r.dataCollected.value !== 'nothing') {
      const first = r.dataCollected.value[0];
      if (first) first.type = 'phone';
    }
  });
  const paths = unknownReference.check({ dataset: datasetWith(review), today: TODAY }).filter((i) => i.file === 'apps/example-chat.yaml').map((i) => i.path);
  assert.deepEqual(paths.slice(0, 2), [['category'], ['dataCollected', 'value', 0, 'type']]);
});
