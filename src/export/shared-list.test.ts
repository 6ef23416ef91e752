import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BATCH, SLOT, takeBatch } from './shared-list.ts';
import type { RenderJob } from './renderer.ts';

const jobs: RenderJob[] = Array.from({ length: 3 * BATCH + 5 }, (_, i) => ({ url: `/p${i}`, status: 200 }));

test('takeBatch hands out every job once, in order, in batches, then nothing', () => {
  const shared = new Int32Array(new SharedArrayBuffer(16));
  const taken: string[] = [];
  const sizes: number[] = [];
  for (let b = takeBatch(jobs, shared); b.length > 0; b = takeBatch(jobs, shared)) {
    sizes.push(b.length);
    taken.push(...b.map((j) => j.url));
  }
  assert.deepEqual(
    taken,
    jobs.map((j) => j.url),
  );
  assert.deepEqual(sizes, [BATCH, BATCH, BATCH, 5]);
  assert.deepEqual(takeBatch(jobs, shared), [], 'a used-up list stays used up');
});

test('takeBatch gives nothing more once a thread has failed', () => {
  const shared = new Int32Array(new SharedArrayBuffer(16));
  assert.equal(takeBatch(jobs, shared).length, BATCH);
  Atomics.store(shared, SLOT.stop, 1);
  assert.deepEqual(takeBatch(jobs, shared), []);
  assert.equal(Atomics.load(shared, SLOT.next), BATCH, 'no URL was taken after the stop');
});
