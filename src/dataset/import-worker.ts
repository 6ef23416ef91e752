/**
 * A worker thread of a large import (import-pool.ts). It parses and validates
 * the review files it is sent, and runs every review's fact and page rules on
 * the reviews it is sent (whole categories), with each finding's line.
 */
import { parentPort } from 'node:worker_threads';
import { checkEachReview } from '../checks/index.ts';
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import { lineLocator, loadReviewFiles } from './load.ts';
import type { WorkerJob, WorkerReply } from './import-pool.ts';

function run(job: WorkerJob): WorkerReply {
  if (job.kind === 'load') return { kind: 'load', files: loadReviewFiles(job.root, job.names) };
  const lineIn = lineLocator(job.root);
  const findings = checkEachReview(job.dataset, { today: job.today, renderPage: renderReviewPage, apps: job.apps }).map((list) =>
    list.map((f) => ({ ...f, line: f.keys ? lineIn(f.file, f.keys) : undefined })),
  );
  return { kind: 'check', findings };
}

parentPort?.on('message', function importJob(job: WorkerJob) {
  let reply: WorkerReply;
  try {
    reply = run(job);
  } catch (err) {
    reply = { kind: 'error', error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
