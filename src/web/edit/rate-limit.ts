/** Rate limits kept in the store, so they hold across every app process. */
import type { Store } from '../../store/index.ts';

export interface Limit {
  /** At most this many events per window. */
  max: number;
  windowMs: number;
}

export const LOGIN_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const LOGIN_PER_IP: Limit = { max: 20, windowMs: 15 * 60_000 };
export const CORRECTIONS_PER_READER: Limit = { max: 5, windowMs: 60 * 60_000 };

/** Whether `key` has used up `limit` at `now`. */
export async function limited(store: Store, key: string, limit: Limit, now: Date): Promise<boolean> {
  return (await store.editing.countRateEvents(key, new Date(now.getTime() - limit.windowMs))) >= limit.max;
}

/** Counts one event; now and then forgets events older than any window. */
export async function countEvent(store: Store, key: string, now: Date): Promise<void> {
  await store.editing.recordRateEvent(key, now);
  if (Math.random() < 0.02) await store.editing.pruneRateEvents(new Date(now.getTime() - 24 * 3_600_000));
}
