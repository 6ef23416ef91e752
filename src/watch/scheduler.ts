/**
 * The long-running watcher: with PostgreSQL, a pg-boss worker sharing the
 * queue with other processes; with SQLite, one in-process loop. Either way
 * failures are reported through `fail` and never thrown, so the watcher can
 * run inside the web server (`serve --watch`).
 */
import type { Store } from '../store/index.ts';
import type { CheckOutcome, WatchSettings } from './check-document.ts';
import { openJobQueue, startQueueWorker } from './job-queue.ts';
import { isDue, runWatchPass, statesByKey, watchedDocuments, documentKey } from './watch-pass.ts';

export interface Watcher {
  stop(): Promise<void>;
}

export interface WatcherOptions {
  /** The PostgreSQL URL when the store is PostgreSQL (pg-boss needs it). */
  databaseUrl?: string | undefined;
  report: (outcome: CheckOutcome) => void;
  fail: (error: Error) => void;
  /** Longest sleep between passes (default one minute). */
  pollMs?: number;
}

/**
 * Starts watching; resolves once running.
 * @example const watcher = await startWatcher(store, watchSettings(), { report: console.log, fail: console.error });
 */
export async function startWatcher(store: Store, settings: WatchSettings, options: WatcherOptions): Promise<Watcher> {
  const pollMs = options.pollMs ?? 60_000;
  if (store.dialect === 'postgres') {
    if (options.databaseUrl === undefined) throw new TypeError('startWatcher: a PostgreSQL store needs databaseUrl for the job queue');
    const boss = await openJobQueue(options.databaseUrl, options.fail);
    return startQueueWorker(store, boss, settings, options.report, options.fail, pollMs);
  }
  return startLoop(store, settings, options, pollMs);
}

function startLoop(store: Store, settings: WatchSettings, options: WatcherOptions, pollMs: number): Watcher {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = async () => {
    let failures = 0;
    while (!stopped) {
      let waitMs = pollMs;
      try {
        await runWatchPass(store, settings, options.report);
        failures = 0;
        waitMs = Math.min(pollMs, await untilNextDue(store));
      } catch (error) {
        failures++;
        options.fail(error instanceof Error ? error : new Error(String(error)));
        waitMs = Math.min(pollMs * 10, settings.retryBaseMs * 2 ** Math.min(failures - 1, 8));
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, Math.max(1000, waitMs));
      });
    }
  };
  const running = loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await running;
    },
  };
}

async function untilNextDue(store: Store): Promise<number> {
  const states = statesByKey(await store.documentStates());
  const now = new Date();
  let soonest = Number.POSITIVE_INFINITY;
  for (const { review, document } of watchedDocuments(await store.listApps())) {
    const state = states.get(documentKey(review.slug, document.id));
    if (isDue(document, state, now) || state === undefined) return 0;
    soonest = Math.min(soonest, Date.parse(state.nextCheckAt) - now.getTime());
  }
  return soonest;
}
