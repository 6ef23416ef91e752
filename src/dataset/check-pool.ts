/**
 * The import's consistency check on several cores: the reviews' fact and
 * page rules (nearly all of an import's time) run in worker threads
 * (check-worker.ts), each given whole categories, since a review's page
 * depends only on the reviews of its own category (and on the list of every
 * app, which each worker is sent). The findings come back in the order
 * checkDataset gives them, with their lines.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { appSummaries, type AppSummary, type Finding } from '../checks/index.ts';
import type { Dataset } from '../domain/dataset.ts';
import { scoreReview } from '../scoring/score.ts';

/** What a worker is sent: a dataset holding whole categories of the imported one, and every app of that one. */
export interface CheckJob {
  dataset: Dataset;
  apps: AppSummary[];
  today: string;
  /** The dataset folder, for the findings' lines. */
  root: string;
}

export type CheckReply = { findings: Finding[][] } | { error: string };

/** Below this many reviews one thread checks faster than starting workers (each loads the site's modules first). */
export const PARALLEL_CHECK_MIN_REVIEWS = 400;

/**
 * How many threads check `reviews` reviews by default: one per core (at most
 * four), or one for a small dataset.
 * @example checkThreadsFor(10_000) // 2 on a 2-core machine
 */
export function checkThreadsFor(reviews: number): number {
  return reviews < PARALLEL_CHECK_MIN_REVIEWS ? 1 : Math.min(4, availableParallelism());
}

/**
 * The categories split into `n` groups of about equal numbers of reviews
 * (largest category first, each to the group with the fewest so far).
 */
export function groupCategories(reviews: readonly { category: string }[], n: number): string[][] {
  const counts = new Map<string, number>();
  for (const r of reviews) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  const groups = Array.from({ length: Math.max(1, n) }, () => ({ categories: [] as string[], reviews: 0 }));
  for (const [category, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const smallest = groups.reduce((a, b) => (b.reviews < a.reviews ? b : a));
    smallest.categories.push(category);
    smallest.reviews += count;
  }
  return groups.map((g) => g.categories).filter((c) => c.length > 0);
}

/** The compiled worker beside the compiled pool (dist/); the TypeScript one, through tsx, when running from src/ (tests, benchmarks). */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './check-worker.ts' : './check-worker.js', import.meta.url);

function runJob(job: CheckJob): { done: Promise<Finding[][]>; worker: Worker } {
  const worker = FROM_SOURCE
    ? new Worker(
        `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(WORKER_URL.href)});`,
        {
          eval: true,
        },
      )
    : new Worker(WORKER_URL);
  const done = new Promise<Finding[][]>((resolve, reject) => {
    worker.once('message', (reply: CheckReply) => ('error' in reply ? reject(new Error(`the import check failed: ${reply.error}`)) : resolve(reply.findings)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the import check's worker thread stopped (exit code ${code})`)));
  });
  worker.postMessage(job);
  return { done, worker };
}

/**
 * Each review's fact and page findings (what checkEachReview gives, with
 * lines), computed by `threads` worker threads.
 * @example const perReview = await checkReviewsInParallel(dataset, { today, root: 'data' }, 2);
 */
export async function checkReviewsInParallel(dataset: Dataset, opts: { today: string; root: string }, threads: number): Promise<Finding[][]> {
  const scored = [];
  for (const review of dataset.reviews) {
    try {
      scored.push({ review, score: scoreReview(review, dataset) });
    } catch {
      // checkEachReview reports a review that can't be scored, in its worker.
    }
  }
  const apps = appSummaries(scored);
  const indexByReview = new Map(dataset.reviews.map((r, i) => [r, i]));
  const jobs = groupCategories(dataset.reviews, threads).map((categories) => {
    const wanted = new Set(categories);
    const reviews = dataset.reviews.filter((r) => wanted.has(r.category));
    return { reviews, ...runJob({ dataset: { ...dataset, reviews }, apps, today: opts.today, root: opts.root }) };
  });
  try {
    const results = await Promise.all(jobs.map((j) => j.done));
    const out: Finding[][] = dataset.reviews.map(() => []);
    jobs.forEach((job, j) =>
      job.reviews.forEach((r, i) => {
        out[indexByReview.get(r) ?? 0] = results[j]?.[i] ?? [];
      }),
    );
    return out;
  } finally {
    await Promise.all(jobs.map((j) => j.worker.terminate()));
  }
}
