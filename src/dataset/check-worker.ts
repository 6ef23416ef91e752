/**
 * A worker thread of the parallel import check (check-pool.ts): runs every
 * review's fact and page rules on the reviews it is sent (whole categories),
 * finds each finding's line in its file, and sends the findings back.
 */
import { parentPort } from 'node:worker_threads';
import { checkEachReview } from '../checks/index.ts';
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import { lineLocator } from './load.ts';
import type { CheckJob, CheckReply } from './check-pool.ts';

parentPort?.on('message', function checkJob(job: CheckJob) {
  let reply: CheckReply;
  try {
    const lineIn = lineLocator(job.root);
    const findings = checkEachReview(job.dataset, { today: job.today, renderPage: renderReviewPage, apps: job.apps }).map((list) =>
      list.map((f) => ({ ...f, line: f.keys ? lineIn(f.file, f.keys) : undefined })),
    );
    reply = { findings };
  } catch (err) {
    reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
