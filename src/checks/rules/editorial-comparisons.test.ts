import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorialComparisons } from './editorial-comparisons.ts';
import { datasetWith, exampleChat, TODAY } from '../test-fixtures.ts';

const types = (n: number) =>
  [
    'user-id',
    'device-id',
    'crash-data',
    'performance-data',
    'other-diagnostic-data',
    'product-interaction',
    'other-usage-data',
    'email-address',
    'name',
    'phone-number',
    'coarse-location',
    'customer-support',
    'contacts',
    'photos-or-videos',
    'audio-data',
  ]
    .slice(0, n)
    .map((type) => ({ type, linked: true, tracking: false, purposes: ['app-functionality'] }));

const check = (notes: string, n: number | null) =>
  editorialComparisons
    .check({
      dataset: datasetWith(
        exampleChat((r) => {
          r.review.notes = notes;
          r.dataCollected = n === null ? { unknown: 'No label.' } : { value: types(n), sources: ['label'] };
        }),
      ),
      today: TODAY,
    })
    .filter((i) => i.file === 'apps/example-chat.yaml');

test('"minimal data for apps in the messaging category" holds for an app below the median, not for one above it', () => {
  assert.deepEqual(check('It collects minimal data for apps in the messaging category.', 1), []);
  const issues = check('It collects minimal data for apps in the messaging category.', 15);
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]?.path, ['review', 'notes']);
  assert.match(issues[0]?.message ?? '', /collects 15 data types against a median of [\d.]+ for the other messaging apps/);
});

test('"more data than most" is checked the other way, and an unknown data list supports neither', () => {
  assert.equal(check('It collects more data than most rivals do, and more than most messengers.', 1).length, 1);
  assert.deepEqual(check('It collects far more data than most of its peers.', 15), []);
  assert.match(check('It collects less data than most messengers.', null)[0]?.message ?? '', /dataCollected is unknown/);
});
