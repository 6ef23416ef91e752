/**
 * Watch jobs through pg-boss, for PostgreSQL: any process enqueues the due
 * documents, and every worker process takes jobs from the same queue, so the
 * work is shared and no document is fetched twice. A job's id is derived from
 * the document and the check it is due for, so two processes enqueueing the
 * same due check make one job; a worker also skips a document another one
 * checked in the meantime. A job that throws is retried by pg-boss with
 * back-off; fetch failures are recorded outcomes, not throws.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { Review } from '../domain/review.ts';
import type { Store } from '../store/index.ts';
import { checkDocument, type CheckOutcome, type WatchSettings } from './check-document.ts';
import { documentKey, isDue, statesByKey, watchedDocuments } from './watch-pass.ts';

export const WATCH_QUEUE = 'privacydefend-document-check';

interface WatchJob {
  slug: string;
  documentId: string;
}

function isWatchJob(data: unknown): data is WatchJob {
  return (
    typeof data === 'object' && data !== null && 'slug' in data && typeof data.slug === 'string' && 'documentId' in data && typeof data.documentId === 'string'
  );
}

/** A UUID made from the document and the due time of its check: one job per due check, whoever enqueues it. */
export function jobId(slug: string, documentId: string, url: string, dueAt: string): string {
  const h = createHash('sha256').update(`${slug}\0${documentId}\0${url}\0${dueAt}`).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Starts pg-boss on `databaseUrl` (its tables live in the "pgboss" schema) and makes sure the queue exists.
 * @example const boss = await openJobQueue(process.env.DATABASE_URL, console.error);
 */
export async function openJobQueue(databaseUrl: string, onError: (error: Error) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4, schedule: false });
  boss.on('error', onError);
  await boss.start();
  if ((await boss.getQueue(WATCH_QUEUE)) === null) {
    try {
      await boss.createQueue(WATCH_QUEUE, { name: WATCH_QUEUE, retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 });
    } catch (error) {
      // Another process created it first.
      if ((await boss.getQueue(WATCH_QUEUE)) === null) throw error;
    }
  }
  return boss;
}

/** Enqueues a job for every due document; returns how many jobs were new. */
export async function enqueueDueDocuments(store: Store, boss: PgBoss, now: Date = new Date()): Promise<number> {
  const states = statesByKey(await store.documentStates());
  let added = 0;
  for (const { review, document } of watchedDocuments(await store.listApps())) {
    const state = states.get(documentKey(review.slug, document.id));
    if (!isDue(document, state, now)) continue;
    const id = jobId(review.slug, document.id, document.url, state?.nextCheckAt ?? 'first');
    const data: WatchJob = { slug: review.slug, documentId: document.id };
    if ((await boss.send(WATCH_QUEUE, data, { id })) !== null) added++;
  }
  return added;
}

/** Runs one job: checks the document unless it is gone or no longer due. Returns undefined when it skipped. */
export async function runWatchJob(store: Store, settings: WatchSettings, data: unknown): Promise<CheckOutcome | undefined> {
  if (!isWatchJob(data)) throw new TypeError(`a ${WATCH_QUEUE} job carries ${JSON.stringify(data)}, not { slug, documentId }`);
  const row = await store.getApp(data.slug);
  if (row === undefined) return undefined;
  const review = Review.parse(row.facts);
  const document = review.documents?.find((d) => d.id === data.documentId);
  if (document === undefined) return undefined;
  const state = (await store.documentStates()).find((s) => s.slug === data.slug && s.documentId === data.documentId);
  if (!isDue(document, state, new Date())) return undefined;
  return checkDocument(store, review, document, state, settings);
}

/**
 * Enqueues what is due, then works the queue until no job is ready (for `watch --once`).
 * Several processes may run this at once; each job runs in one of them.
 */
export async function drainJobQueue(
  store: Store,
  boss: PgBoss,
  settings: WatchSettings,
  report: (outcome: CheckOutcome) => void,
  fail: (error: Error) => void,
): Promise<number> {
  await enqueueDueDocuments(store, boss);
  let failed = 0;
  for (;;) {
    const [job] = await boss.fetch<unknown>(WATCH_QUEUE, { batchSize: 1 });
    if (job === undefined) return failed;
    try {
      const outcome = await runWatchJob(store, settings, job.data);
      if (outcome !== undefined) report(outcome);
      await boss.complete(WATCH_QUEUE, job.id);
    } catch (error) {
      failed++;
      const e = error instanceof Error ? error : new Error(String(error));
      fail(e);
      await boss.fail(WATCH_QUEUE, job.id, { message: e.message });
    }
  }
}

/**
 * Keeps enqueueing due documents every `pollMs` and works jobs as they come,
 * until stopped. Errors are reported, never thrown.
 */
export function startQueueWorker(
  store: Store,
  boss: PgBoss,
  settings: WatchSettings,
  report: (outcome: CheckOutcome) => void,
  fail: (error: Error) => void,
  pollMs = 60_000,
): { stop(): Promise<void> } {
  const enqueue = () => enqueueDueDocuments(store, boss).catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  void enqueue();
  const timer = setInterval(enqueue, pollMs);
  const working = boss.work<unknown>(WATCH_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async function checkQueuedDocument(jobs) {
    for (const job of jobs) {
      try {
        const outcome = await runWatchJob(store, settings, job.data);
        if (outcome !== undefined) report(outcome);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
        throw error; // pg-boss retries it with back-off
      }
    }
  });
  working.catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  return {
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
