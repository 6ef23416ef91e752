/**
 * A worker thread of a large import (import-pool.ts). It parses and validates
 * the review files it is sent, running each review's fact rules while its
 * file is parsed (so their findings get lines without parsing it again), and
 * runs the page rules (and, when asked, the fact rules) on the reviews it is
 * sent (whole categories), with each finding's line.
 */
import { parentPort } from 'node:worker_threads';
import { checkEachReview, checkReviewFacts, rules, type Finding } from '../checks/index.ts';
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import { lineLocator, loadFactCatalog, loadReviewFiles } from './load.ts';
import type { WorkerJob, WorkerReply } from './import-pool.ts';

/** Every rule but the fact rules: what a check job runs when the fact findings came with the loaded files. */
const notFactRules = rules.filter((r) => r.scope !== 'review');

/** The catalog the fact rules read, loaded once per dataset folder (a worker serves one import). */
const factCatalogs = new Map<string, ReturnType<typeof loadFactCatalog>>();

function factCatalogOf(root: string): ReturnType<typeof loadFactCatalog> {
  if (!factCatalogs.has(root)) factCatalogs.set(root, loadFactCatalog(root));
  return factCatalogs.get(root);
}

function load(root: string, names: string[], today: string | undefined): WorkerReply {
  const catalog = today === undefined ? undefined : factCatalogOf(root);
  if (today === undefined || catalog === undefined) return { kind: 'load', files: loadReviewFiles(root, names) };
  const lineIn = lineLocator(root);
  const files = loadReviewFiles(root, names, (review, lineAt): Finding[] =>
    checkReviewFacts(review, catalog, { today }).map((f) => ({
      ...f,
      line: f.keys ? (f.file === review.file ? lineAt(f.keys) : lineIn(f.file, f.keys)) : undefined,
    })),
  );
  return { kind: 'load', files };
}

function run(job: WorkerJob): WorkerReply {
  if (job.kind === 'load') return load(job.root, job.names, job.today);
  const lineIn = lineLocator(job.root);
  const findings = checkEachReview(job.dataset, {
    today: job.today,
    renderPage: renderReviewPage,
    apps: job.apps,
    ...(job.facts ? {} : { rules: notFactRules }),
  }).map((list) => list.map((f) => ({ ...f, line: f.keys ? lineIn(f.file, f.keys) : undefined })));
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
