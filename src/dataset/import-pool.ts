/**
 * A large import on several cores: worker threads (import-worker.ts) parse
 * and validate the review files, a share each, running each review's fact
 * rules while its file is parsed (their findings' lines read from that parse,
 * not from parsing the file again), and then run the reviews' page rules
 * (nearly all of an import's time), one whole category at a time, since a
 * review's page depends only on the reviews of its own category (and on the
 * list of every app, which each worker is sent). What comes back is what one
 * thread computes, in the same order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { appSummaries, type AppSummary, type Finding } from '../checks/index.ts';
import type { Dataset, ReviewRecord } from '../domain/dataset.ts';
import { scoreReview, type ScoreResult } from '../scoring/score.ts';
import type { LoadedReviewFile } from './load.ts';

/** What a worker is asked: to load review files, or to check a dataset holding whole categories of the imported one. */
export type WorkerJob =
  | {
      kind: 'load';
      root: string;
      names: string[];
      /** "Today" for the fact rules, run on each loaded review (none run without it). */
      today?: string | undefined;
    }
  | {
      kind: 'check';
      /** The imported dataset's catalog with the reviews of one category. */
      dataset: Dataset;
      /** Every app of the imported dataset. */
      apps: AppSummary[];
      today: string;
      /** The dataset folder, for the findings' lines. */
      root: string;
      /** Whether to run the fact rules too (false when they ran as the files were loaded). */
      facts: boolean;
    };

export type WorkerReply = { kind: 'load'; files: LoadedReviewFile<Finding[]>[] } | { kind: 'check'; findings: Finding[][] } | { kind: 'error'; error: string };

/** Review files per load request: small enough that a worker's parsed files are a small share of its heap. */
const LOAD_BATCH = 200;

/** Below this many reviews one thread is faster than starting workers (each loads the site's modules first). */
export const PARALLEL_IMPORT_MIN_REVIEWS = 400;

/**
 * How many threads import `reviews` reviews by default: one per core (at most
 * four), or one for a small dataset.
 * @example importThreadsFor(10_000) // 2 on a 2-core machine
 */
export function importThreadsFor(reviews: number): number {
  return reviews < PARALLEL_IMPORT_MIN_REVIEWS ? 1 : Math.min(4, availableParallelism());
}

/**
 * The reviews by category, largest category first (then by id): the check
 * jobs, handed to whichever worker is free. Pages cost unequal amounts by
 * category, so fixed halves left one thread idle while the other worked on.
 * @example categoryJobs(dataset.reviews).map((j) => j.category) // ['payments', 'email', …]
 */
export function categoryJobs<R extends { category: string }>(reviews: readonly R[]): { category: string; reviews: R[] }[] {
  const byCategory = new Map<string, R[]>();
  for (const r of reviews) {
    const list = byCategory.get(r.category);
    if (list) list.push(r);
    else byCategory.set(r.category, [r]);
  }
  return [...byCategory]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([category, list]) => ({ category, reviews: list }));
}

/** The compiled worker beside the compiled pool (dist/); the TypeScript one, through tsx, when running from src/ (tests, benchmarks). */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './import-worker.ts' : './import-worker.js', import.meta.url);

/**
 * The old-generation heap a worker may grow to, in MiB: a review takes about
 * 30 KB of heap, and a worker was bounded for holding its share of the
 * reviews twice (its categories, and the files it loaded while handing them
 * over); it now holds one category at a time, so the bound is generous. Without
 * a limit each thread's heap grew as far as V8 lets one grow before
 * collecting, and a 10,000-app import peaked near 2 GiB.
 */
export function workerHeapMiB(reviews: number, threads: number): number {
  return 256 + Math.ceil((Math.ceil(reviews / Math.max(1, threads)) * 2 * 30) / 1024);
}

function startWorker(heapMiB: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMiB };
  return FROM_SOURCE
    ? new Worker(
        `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(WORKER_URL.href)});`,
        {
          eval: true,
          resourceLimits,
        },
      )
    : new Worker(WORKER_URL, { resourceLimits });
}

/** Worker threads for one import of about `reviews` reviews; `close()` them when done. */
export class ImportPool {
  private readonly workers: Worker[];
  /** The fact findings (with lines) of each review loaded here, and the day they were checked for. */
  private readonly facts = new WeakMap<ReviewRecord, Finding[]>();
  private factsToday: string | undefined;

  constructor(
    readonly threads: number,
    reviews = 1_000,
  ) {
    const heapMiB = workerHeapMiB(reviews, threads);
    this.workers = Array.from({ length: Math.max(1, threads) }, () => startWorker(heapMiB));
  }

  private ask(worker: Worker, job: WorkerJob): Promise<WorkerReply> {
    return new Promise<WorkerReply>((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        cleanup();
        if (reply.kind === 'error') reject(new Error(`an import worker thread failed: ${reply.error}`));
        else resolve(reply);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`an import worker thread stopped (exit code ${code})`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /**
   * loadReviewFiles of `names`, in order: batches of LOAD_BATCH files handed
   * to whichever worker is free, so that no thread holds more than a batch
   * of parsed files at a time. Given `today`, each loaded review's fact
   * findings for that day are computed as its file is parsed and kept for
   * checkReviews of the same day.
   * @example await pool.loadReviewFiles('data', ['signal.yaml', 'threema.yaml'], '2026-12-01')
   */
  async loadReviewFiles(root: string, names: string[], today?: string): Promise<LoadedReviewFile<Finding[]>[]> {
    const batches: string[][] = [];
    for (let i = 0; i < names.length; i += LOAD_BATCH) batches.push(names.slice(i, i + LOAD_BATCH));
    const loaded: LoadedReviewFile<Finding[]>[][] = [];
    let next = 0;
    this.factsToday = today;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < batches.length) {
          const index = next++;
          const reply = await this.ask(worker, { kind: 'load', root, names: batches[index] ?? [], today });
          loaded[index] = reply.kind === 'load' ? reply.files : [];
        }
      }),
    );
    for (const file of loaded.flat()) if (file.review && file.extra) this.facts.set(file.review, file.extra);
    return loaded.flat();
  }

  /**
   * Each review's fact and page findings, with lines: what checkEachReview
   * gives for the whole dataset, one category at a time to whichever worker is free.
   * @example const perReview = await pool.checkReviews(dataset, { today, root: 'data' });
   */
  async checkReviews(
    dataset: Dataset,
    opts: { today: string; root: string; score?: ((review: ReviewRecord) => ScoreResult) | undefined },
  ): Promise<Finding[][]> {
    const score = opts.score ?? ((review: ReviewRecord) => scoreReview(review, dataset));
    const scored = [];
    for (const review of dataset.reviews) {
      try {
        scored.push({ review, score: score(review) });
      } catch {
        // The worker reports a review that can't be scored.
      }
    }
    const apps = appSummaries(scored);
    const jobs = categoryJobs(dataset.reviews);
    const found = new Map<Dataset['reviews'][number], Finding[]>();
    let next = 0;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < jobs.length) {
          const { reviews } = jobs[next++] ?? { reviews: [] };
          // The fact findings were computed as the files were loaded, unless some review of the job was loaded elsewhere or for another day.
          const kept = opts.today === this.factsToday ? reviews.map((r) => this.facts.get(r)) : [];
          const facts = kept.length !== reviews.length || kept.some((f) => f === undefined);
          const reply = await this.ask(worker, { kind: 'check', dataset: { ...dataset, reviews }, apps, today: opts.today, root: opts.root, facts });
          const findings = reply.kind === 'check' ? reply.findings : [];
          reviews.forEach((r, i) => {
            found.set(r, facts ? (findings[i] ?? []) : [...(kept[i] ?? []), ...(findings[i] ?? [])]);
          });
        }
      }),
    );
    return dataset.reviews.map((r) => found.get(r) ?? []);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
