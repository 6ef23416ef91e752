/**
 * Importing the dataset into the store: load and validate data/, score every
 * review with the rubric, and write it all in one transaction. A dataset with
 * any problem imports nothing.
 */
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import type { ImportResult, Store } from '../store/index.ts';
import type { Dataset, ReviewRecord } from '../domain/dataset.ts';
import { scoreReview, type ScoreResult } from '../scoring/score.ts';
import { loadDataset, loadDatasetWith, lineLocator, reviewFileNames, DatasetError } from './load.ts';
import { checkDatasetWide, checkEachReview, hasErrors, rules, type Finding } from '../checks/index.ts';
import { ImportPool, importThreadsFor } from './import-pool.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REVIEW_FORMAT_VERSION } from '../domain/format.ts';
import { catalogOf } from '../domain/dataset.ts';
import { revisionInputOf } from './revision.ts';
import { projectPath } from './project-path.ts';
import { readRubricHashes } from './rubric-hashes.ts';

export interface ImportOptions {
  author?: string;
  note?: string;
  at?: Date;
  /** "Today" for the date rules, YYYY-MM-DD (default: the current UTC date). */
  today?: string;
  /** Threads loading and checking the reviews (default: one per core for a large dataset, one for a small one; see import-pool.ts). */
  threads?: number;
}

/**
 * The consistency findings of a loaded dataset, with lines; throws DatasetError
 * listing them when any is an error, so nothing is imported. With a `pool`,
 * its worker threads check the reviews; the findings are the same.
 */
export async function refuseInconsistent(
  dataset: Dataset,
  root: string,
  today: string,
  pool?: ImportPool,
  score: (review: ReviewRecord) => ScoreResult = (review) => scoreReview(review, dataset),
): Promise<Finding[]> {
  const lineIn = lineLocator(root);
  const located = (f: Finding): Finding => ({ ...f, line: f.keys ? lineIn(f.file, f.keys) : undefined });
  const opts = { today, renderPage: renderReviewPage, rubricHashes: readRubricHashes(root) };
  const perReview = pool ? pool.checkReviews(dataset, { today, root, score }) : undefined;
  const wide = checkDatasetWide(dataset, opts).map(located);
  const findings = [...wide, ...(perReview ? await perReview : checkEachReview(dataset, opts).map((list) => list.map(located))).flat()];
  if (hasErrors(findings)) {
    throw new DatasetError(
      findings.filter((f) => f.severity === 'error').map((f) => ({ file: f.file, path: f.path, line: f.line, message: `[${f.rule}] ${f.message}` })),
    );
  }
  return findings;
}

/** The revision input for every review of a validated dataset (`score` gives a review's score, by default computed here). */
export function revisionsOf(dataset: Dataset, score: (review: ReviewRecord) => ScoreResult = (review) => scoreReview(review, dataset)) {
  return dataset.reviews.map((record) => {
    const { file: _file, ...review } = record;
    return revisionInputOf(review, score(record));
  });
}

/** scoreReview for the reviews of `dataset`, each scored once however often it is asked for (the checks and the revisions both need every score). */
function scoresOnce(dataset: Dataset): (review: ReviewRecord) => ScoreResult {
  const scores = new WeakMap<ReviewRecord, ScoreResult>();
  return (review) => {
    let score = scores.get(review);
    if (score === undefined) {
      score = scoreReview(review, dataset);
      scores.set(review, score);
    }
    return score;
  };
}

/** Every file under `root`, by path relative to it, sorted. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) out.push(relative(root, join(entry.parentPath, entry.name)));
  return out.sort();
}

/**
 * What an import's outcome depends on, as one hash: every file of the dataset
 * (path and bytes), the day the date rules are checked for, and the checks
 * that run (each rule's id, severity and code), so new checks or another day
 * check again. Reading and hashing 10,000 files takes a fraction of parsing them.
 * @example datasetFingerprint('data', '2026-12-01') // '3f1a…'
 */
export function datasetFingerprint(root: string, today: string): string {
  const hash = createHash('sha256');
  hash.update(`format ${REVIEW_FORMAT_VERSION}\ntoday ${today}\n`);
  for (const rule of rules) hash.update(`rule ${rule.id} ${rule.severity} ${createHash('sha256').update(rule.check.toString()).digest('hex')}\n`);
  if (!existsSync(root)) return hash.digest('hex');
  for (const file of filesUnder(root))
    hash.update(
      `file ${file} ${createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex')}\n`,
    );
  return hash.digest('hex');
}

/** The review slugs of a dataset by its file names (loading checks that each file is named after its slug). */
function slugsByFileName(root: string): string[] {
  const dir = join(root, 'apps');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .map((f) => f.replace(/\.ya?ml$/, ''))
        .sort()
    : [];
}

/**
 * Load `root`, validate it, and import it into `store` in one transaction.
 * Throws DatasetError (nothing written) when the dataset has problems,
 * including any consistency check (src/checks) reporting an error.
 * @example await importDataset(store, 'data', { author: 'ci' });
 */
export async function importDataset(store: Store, root: string, opts: ImportOptions = {}) {
  const today = opts.today ?? (opts.at ?? new Date()).toISOString().slice(0, 10);
  // The same files, checked for the same day by the same checks, that left the store as it is: nothing to load, check or write.
  // A file that can't be read is left for loadDataset to report with its name.
  let fingerprint: string | undefined;
  try {
    fingerprint = datasetFingerprint(root, today);
  } catch {
    fingerprint = undefined;
  }
  const last = await store.lastImport();
  if (fingerprint !== undefined && last?.fingerprint === fingerprint && last.dataVersion === (await store.dataVersion())) {
    const result: ImportResult = { added: [], unchanged: slugsByFileName(root), catalogChanged: false };
    return { dataset: undefined, result, warnings: [] as Finding[], skipped: true };
  }
  const files = reviewFileNames(root).length;
  const threads = opts.threads ?? importThreadsFor(files);
  const pool = threads > 1 ? new ImportPool(threads, files) : undefined;
  let dataset: Dataset;
  let warnings: Finding[];
  let score: (review: ReviewRecord) => ScoreResult;
  try {
    dataset = pool ? await loadDatasetWith(root, (names) => pool.loadReviewFiles(root, names, today)) : loadDataset(root);
    score = scoresOnce(dataset);
    warnings = await refuseInconsistent(dataset, root, today, pool, score);
  } finally {
    await pool?.close();
  }
  const result = await store.importDataset(
    { catalog: catalogOf(dataset), apps: revisionsOf(dataset, score) },
    { author: opts.author ?? 'PrivacyDefend', note: opts.note ?? `Imported from ${projectPath(root)}`, ...(opts.at ? { at: opts.at } : {}) },
  );
  if (fingerprint !== undefined) await store.recordImport(fingerprint);
  return { dataset, result, warnings, skipped: false };
}
