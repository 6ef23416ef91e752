/**
 * Worker threads that compress and write the export's files
 * (write-worker.mjs), so rendering on the main thread and compressing run on
 * different cores. At most `inFlight` files wait in the workers at once: a
 * full queue makes `write` wait, which bounds memory.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface WriterSettings {
  /** The folder the files are written under. */
  root: string;
  gzipLevel: number;
  brotliQuality: number;
  /** Write each file through a temporary name and a rename (when updating a live export in place). */
  atomic: boolean;
}

/** Worker threads the export uses by default: one per core beside the rendering thread, at least one. */
export function defaultWriters(): number {
  return Math.max(1, availableParallelism() - 1);
}

export class WriterPool {
  private readonly workers: Worker[];
  private readonly load: number[];
  /** The worker each handed-over file went to, by job id. */
  private readonly pending = new Map<number, number>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  /** Bytes of the .gz and .br copies written so far. */
  compressedBytes = 0;

  constructor(
    settings: WriterSettings,
    count = defaultWriters(),
    private readonly inFlight = 64,
  ) {
    const url = new URL('./write-worker.mjs', import.meta.url);
    this.workers = Array.from({ length: Math.max(1, count) }, () => new Worker(url, { workerData: settings, execArgv: [] }));
    this.load = this.workers.map(() => 0);
    this.workers.forEach((w, index) => {
      w.on('message', (msg: { id: number; error?: string; compressed?: number }) => this.settle(msg, index));
      w.on('error', (err) => this.fail(err));
    });
  }

  private settle(msg: { id: number; error?: string; compressed?: number }, worker: number): void {
    if (!this.pending.has(msg.id)) return;
    this.pending.delete(msg.id);
    this.load[worker] = (this.load[worker] ?? 1) - 1;
    if (msg.error !== undefined) this.fail(new Error(msg.error));
    this.compressedBytes += msg.compressed ?? 0;
    this.waiting.shift()?.();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.pending.clear();
    for (const wake of this.waiting.splice(0)) wake();
  }

  /**
   * Hand one file to the least busy worker; resolves once there is room for
   * another (not when this one is written: `close` waits for all). The body's
   * buffer is moved to the worker, so the caller must not use it afterwards.
   */
  async write(relative: string, body: Uint8Array): Promise<void> {
    while (!this.failure && this.pending.size >= this.inFlight) await new Promise<void>((wake) => this.waiting.push(wake));
    if (this.failure) throw this.failure;
    let worker = 0;
    for (let i = 1; i < this.workers.length; i++) if ((this.load[i] ?? 0) < (this.load[worker] ?? 0)) worker = i;
    const id = this.nextId++;
    this.load[worker] = (this.load[worker] ?? 0) + 1;
    this.pending.set(id, worker);
    // A body that views part of a larger buffer is copied, so only its own bytes are moved.
    const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : body.slice();
    this.workers[worker]?.postMessage({ id, relative, body: own }, [own.buffer as ArrayBuffer]);
  }

  /** Wait for every file handed over, stop the workers, and throw the first failure if any. */
  async close(): Promise<void> {
    while (!this.failure && this.pending.size > 0) await new Promise<void>((wake) => this.waiting.push(wake));
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }
}
