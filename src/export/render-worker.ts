/**
 * A render thread of the static export (render-pool.ts): it opens the store
 * itself, reads the same data version as the main thread, builds its own copy
 * of the app, and renders, compresses and writes the batches of URLs it is
 * sent (renderer.ts), answering with each file's hash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type OpenStoreOptions, type Store } from '../store/index.ts';
import { SiteData } from '../web/site-data.ts';
import { ExportSiteData, exportApp, RenderFailed, Renderer, type RenderJob, type RenderSettings } from './renderer.ts';

export interface RenderWorkerData {
  store: OpenStoreOptions;
  settings: RenderSettings;
  previous: Record<string, string> | undefined;
  /** The data version the main thread exports: any other is refused. */
  version: string;
}

export type ToWorker = { type: 'batch'; id: number; jobs: RenderJob[] } | { type: 'stop' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; outcomes: import('./renderer.ts').RenderOutcome[] }
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
        return;
      }
      renderer.renderAll(msg.jobs).then(
        (outcomes) => send({ type: 'done', id: msg.id, outcomes }),
        (err: unknown) =>
          send(
            err instanceof RenderFailed
              ? { type: 'failed', ...err.failure }
              : { type: 'failed', url: msg.jobs[0]?.url ?? '(writing files)', message: err instanceof Error ? err.message : String(err) },
          ),
      );
    });
    send({ type: 'ready' });
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
