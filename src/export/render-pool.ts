/**
 * The export's threads: the main thread and `threads` render threads
 * (render-worker.ts) pull batches of URLs from one list, each rendering,
 * compressing and writing its own (renderer.ts), so every core renders and
 * no page's bytes are copied between threads. Only the outcomes (file, hash,
 * size) come back. A failure anywhere stops the rest at the next batch.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ExportError } from './errors.ts';
import { RenderFailed, type Renderer, type RenderFailure, type RenderJob, type RenderOutcome } from './renderer.ts';
import type { FromWorker, RenderWorkerData, ToWorker } from './render-worker.ts';

/** URLs handed out at once: enough to keep a thread busy between messages, few enough to share the tail. */
const BATCH = 16;

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
  data: RenderWorkerData;
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
  let next = 0;
  const take = (): RenderJob[] => {
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  let failure: RenderFailure | undefined;
  const fail = (f: RenderFailure) => {
    failure ??= f;
  };
  const threads = pool && jobs.length > BATCH ? Math.max(0, pool.threads) : 0;
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
    const worker = new Worker(workerUrl(), { workerData: pool.data });
    let settle: () => void = () => undefined;
    // Resolves when the thread has nothing more to do (the list is empty, or something failed) or has died.
    const finished = new Promise<void>((resolve) => {
      settle = resolve;
    });
    let exited = false;
    let inFlight = false;
    let ready = false;
    const feed = () => {
      const batch = failure ? [] : take();
      inFlight = batch.length > 0;
      if (inFlight) worker.postMessage({ type: 'batch', id: next, jobs: batch } satisfies ToWorker);
      else settle();
    };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        ready = true;
        feed();
      } else if (msg.type === 'done') {
        accept(msg.outcomes, i + 1);
        feed();
      } else if (msg.type === 'failed') {
        inFlight = false;
        fail({ url: msg.url, message: msg.message });
        settle();
      }
    });
    worker.on('error', (err) => fail({ url: '(render thread)', message: err.message }));
    worker.on('exit', () => {
      exited = true;
      if (inFlight) fail({ url: '(render thread)', message: 'a render thread stopped before it had exported its URLs' });
      settle();
    });
    workers.push({
      finished,
      // A thread still starting when the list ran out is not waited for.
      idle: () => {
        if (!inFlight) settle();
      },
      stop: async () => {
        if (exited) return;
        // One still reading the data has written nothing: it is ended at once.
        if (!ready) {
          await worker.terminate();
          return;
        }
        const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        worker.postMessage({ type: 'stop' } satisfies ToWorker);
        // A thread that does not stop within 10 s (stuck in a query) is ended.
        const timer = setTimeout(() => void worker.terminate(), 10_000);
        await gone;
        clearTimeout(timer);
      },
    });
  }

  try {
    // The main thread renders too, and yields between batches so the threads' messages are answered.
    for (let batch = take(); batch.length > 0 && !failure; batch = take()) {
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
