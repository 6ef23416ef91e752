import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../src/dataset/load.ts';
import { syntheticReviews, writeSyntheticDataset } from '../../bench/synthetic.ts';

test('a synthetic dataset loads without a single problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  try {
    writeSyntheticDataset(dir, 60, 7);
    assert.equal(readdirSync(join(dir, 'apps')).length, 60);
    const dataset = loadDataset(dir);
    assert.equal(dataset.reviews.length, 60);
    assert.equal(new Set(dataset.reviews.map((r) => r.category)).size > 3, true, 'the apps spread over categories');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same seed gives the same apps, another seed different ones', () => {
  const real = loadDataset('data').reviews;
  assert.deepEqual(syntheticReviews(real, 20, 3), syntheticReviews(real, 20, 3));
  assert.notDeepEqual(
    syntheticReviews(real, 20, 3).map((r) => r.slug),
    syntheticReviews(real, 20, 4).map((r) => r.slug),
  );
});
