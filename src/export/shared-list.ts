/**
 * The export's URL list shared by its threads (render-pool.ts,
 * render-worker.ts): one counter in a SharedArrayBuffer says which URL comes
 * next, so each thread takes its next batch itself, and a flag stops them all.
 */
import type { RenderJob } from './renderer.ts';

/** URLs taken at once: enough to keep a thread's URLs of one app together, few enough to share the tail. */
export const BATCH = 16;

/** The shared counters' slots (an Int32Array over a SharedArrayBuffer). */
export const SLOT = {
  /** The index of the next URL to take. */
  next: 0,
  /** Non-zero once something failed: no thread takes another batch. */
  stop: 1,
} as const;

/** A render thread's state in its own slot (2 + its index): only a thread that has started taking URLs is waited for. */
export const THREAD = { starting: 0, taking: 1, cancelled: 2 } as const;

/**
 * The next batch of `jobs`, or none when the list is used up or a thread failed.
 * @example takeBatch(jobs, shared) // jobs[0..16), then jobs[16..32), ... on whichever thread asks
 */
export function takeBatch(jobs: readonly RenderJob[], shared: Int32Array): RenderJob[] {
  if (Atomics.load(shared, SLOT.stop) !== 0) return [];
  const first = Atomics.add(shared, SLOT.next, BATCH);
  return first < jobs.length ? jobs.slice(first, first + BATCH) : [];
}
