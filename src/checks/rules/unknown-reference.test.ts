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
    const collected = r.dataCollected;
    if ('value' in collected && collected.value !== 'nothing') {
      const first = collected.value[0];
      if (first) first.type = 'phone';
    }
  });
  const paths = unknownReference
    .check({ dataset: datasetWith(review), today: TODAY })
    .filter((i) => i.file === 'apps/example-chat.yaml')
    .map((i) => i.path);
  assert.deepEqual(paths.slice(0, 2), [['category'], ['dataCollected', 'value', 0, 'type']]);
});
