/**
 * A render thread of the static export (render-pool.ts): it opens the store
 * itself, reads the same data version as the main thread, builds its own copy
 * of the app, then takes batches of the export's URLs from the shared counter
 * until none is left, rendering, compressing and writing each (renderer.ts)
 * and answering with each file's hash.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type OpenStoreOptions, type Store } from '../store/index.ts';
import { SiteData } from '../web/site-data.ts';
import { takeBatch, THREAD } from './shared-list.ts';
import { ExportSiteData, exportApp, RenderFailed, Renderer, type RenderJob, type RenderSettings } from './renderer.ts';

export interface RenderWorkerData {
  store: OpenStoreOptions;
  settings: RenderSettings;
  previous: Record<string, string> | undefined;
  /** The data version the main thread exports: any other is refused. */
  version: string;
  /** Every URL of the export, in render order: the threads take batches of it by the shared counter. */
  jobs: readonly RenderJob[];
  /** The counters shared with every thread (render-pool.ts SLOT), and this thread's state in `slot`. */
  shared: SharedArrayBuffer;
  slot: number;
}

export type ToWorker = { type: 'stop' };
export type FromWorker =
  | { type: 'done'; outcomes: import('./renderer.ts').RenderOutcome[] }
  /** Every batch it took is done and sent: it takes no more. */
  | { type: 'drained' }
  | { type: 'failed'; url: string; message: string }
  | { type: 'stopped' };

const port = parentPort;
const data = workerData as RenderWorkerData;

function send(msg: FromWorker): void {
  port?.postMessage(msg);
}

async function main(): Promise<void> {
  if (!port) return;
  let store: Store | undefined;
  try {
    store = await openStore(data.store);
    const site = new ExportSiteData(new SiteData(store));
    const snapshot = await site.snapshot();
    if (snapshot.version !== data.version)
      throw new RenderFailed({
        url: '(data)',
        message: `the data changed while the export started (version ${data.version}, now ${snapshot.version}); run the export again`,
      });
    const renderer = new Renderer(exportApp(site, data.settings), data.settings, data.previous);
    const opened = store;
    port.on('message', (msg: ToWorker) => {
      if (msg.type === 'stop') {
        void opened.close().finally(() => {
          send({ type: 'stopped' });
          port.close();
        });
      }
    });
    const shared = new Int32Array(data.shared);
    // The main thread may have used up the list while this one read the data: then it takes nothing.
    if (Atomics.compareExchange(shared, data.slot, THREAD.starting, THREAD.taking) !== THREAD.starting) return;
    for (let batch = takeBatch(data.jobs, shared); batch.length > 0; batch = takeBatch(data.jobs, shared)) {
      try {
        send({ type: 'done', outcomes: await renderer.renderAll(batch) });
      } catch (err) {
        send(
          err instanceof RenderFailed
            ? { type: 'failed', ...err.failure }
            : { type: 'failed', url: batch[0]?.url ?? '(writing files)', message: err instanceof Error ? err.message : String(err) },
        );
        return;
      }
      // The port's messages (stop) are read between batches.
      await nextTurn();
    }
    send({ type: 'drained' });
  } catch (err) {
    await store?.close().catch(() => undefined);
    send(
      err instanceof RenderFailed
        ? { type: 'failed', ...err.failure }
        : { type: 'failed', url: '(render thread)', message: err instanceof Error ? err.message : String(err) },
    );
    port.close();
  }
}

void main();
