/**
 * The export's threads: the main thread and `threads` render threads
 * (render-worker.ts) take batches of URLs from one list, each rendering,
 * compressing and writing its own (renderer.ts), so every core renders and
 * no page's bytes are copied between threads. Only the outcomes (file, hash,
 * size) come back. The list is handed to every thread once; each takes its
 * next batch by advancing one shared counter (Atomics), so no thread waits
 * for another to answer a message before it renders on. A failure anywhere
 * stops the rest at their next batch.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ExportError } from './errors.ts';
import { RenderFailed, type Renderer, type RenderFailure, type RenderJob, type RenderOutcome } from './renderer.ts';
import type { FromWorker, RenderWorkerData, ToWorker } from './render-worker.ts';
import { BATCH, SLOT, takeBatch, THREAD } from './shared-list.ts';

/**
 * The render thread's module: the compiled file in dist/; from the TypeScript
 * source (tests, tsx), a small module that registers tsx in the thread first
 * (a thread does not inherit the loader of the process).
 */
function workerUrl(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./render-worker.js', import.meta.url);
  const source = new URL('./render-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export interface PoolSpec {
  /** Render threads beside the main thread. */
  threads: number;
  /** How each opens the store and what it writes with. */
  data: Omit<RenderWorkerData, 'jobs' | 'shared' | 'slot'>;
}

/**
 * Export every job, on the main thread's renderer and on the pool's threads;
 * `record` gets each outcome on the main thread (and may throw to stop the
 * export). Returns how many URLs each thread exported, the main thread first.
 * @example await renderJobs(jobs, renderer, { threads: 1, data }, (o) => files.set(o.file, o.hash)); // [5210, 4720]
 */
export async function renderJobs(
  jobs: readonly RenderJob[],
  main: Renderer,
  pool: PoolSpec | undefined,
  record: (o: RenderOutcome) => void,
): Promise<number[]> {
  const threads = pool && jobs.length > BATCH ? Math.max(0, pool.threads) : 0;
  const shared = new Int32Array(new SharedArrayBuffer(4 * (2 + threads)));
  let failure: RenderFailure | undefined;
  const fail = (f: RenderFailure) => {
    failure ??= f;
    Atomics.store(shared, SLOT.stop, 1);
  };
  const counts = Array.from({ length: threads + 1 }, () => 0);
  const accept = (outcomes: readonly RenderOutcome[], thread: number) => {
    counts[thread] = (counts[thread] ?? 0) + outcomes.length;
    try {
      for (const o of outcomes) record(o);
    } catch (err) {
      fail(err instanceof RenderFailed ? err.failure : { url: '(export)', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const workers: { finished: Promise<void>; idle: () => void; stop: () => Promise<void> }[] = [];
  for (let i = 0; i < threads && pool; i++) {
    const slot = 2 + i;
    const workerData: RenderWorkerData = { ...pool.data, jobs, shared: shared.buffer as SharedArrayBuffer, slot };
    const worker = new Worker(workerUrl(), { workerData });
    let settle: () => void = () => undefined;
    // Resolves when the thread has taken its last batch and its outcomes are in, or it was cancelled, failed or died.
    const finished = new Promise<void>((resolve) => {
      settle = resolve;
    });
    let exited = false;
    let drained = false;
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'done') accept(msg.outcomes, i + 1);
      else if (msg.type === 'drained') {
        drained = true;
        settle();
      } else if (msg.type === 'failed') {
        fail({ url: msg.url, message: msg.message });
        settle();
      }
    });
    worker.on('error', (err) => fail({ url: '(render thread)', message: err.message }));
    worker.on('exit', () => {
      exited = true;
      // A thread that took URLs and stopped before handing back all their outcomes leaves files unaccounted for.
      if (!drained && Atomics.load(shared, slot) === THREAD.taking)
        fail({ url: '(render thread)', message: 'a render thread stopped before it had exported its URLs' });
      settle();
    });
    workers.push({
      finished,
      // A thread still reading the data when the list ran out is not waited for: it will take nothing.
      idle: () => {
        if (Atomics.compareExchange(shared, slot, THREAD.starting, THREAD.cancelled) === THREAD.starting) settle();
      },
      stop: async () => {
        if (exited) return;
        const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        // One that never took a batch has written nothing: it is ended at once.
        if (Atomics.load(shared, slot) !== THREAD.taking) {
          await worker.terminate();
          return;
        }
        worker.postMessage({ type: 'stop' } satisfies ToWorker);
        // A thread that does not stop within 10 s (stuck in a query) is ended.
        const timer = setTimeout(() => void worker.terminate(), 10_000);
        await gone;
        clearTimeout(timer);
      },
    });
  }

  try {
    // The main thread renders too, and yields between batches so the threads' outcomes are taken in.
    for (let batch = takeBatch(jobs, shared); batch.length > 0; batch = takeBatch(jobs, shared)) {
      try {
        accept(await main.renderAll(batch), 0);
      } catch (err) {
        fail(err instanceof RenderFailed ? err.failure : { url: batch[0]?.url ?? '(export)', message: err instanceof Error ? err.message : String(err) });
      }
      await nextTurn();
    }
    for (const w of workers) w.idle();
    await Promise.all(workers.map((w) => w.finished));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  if (failure) throw new ExportError(failure.url, failure.message);
  return counts;
}
