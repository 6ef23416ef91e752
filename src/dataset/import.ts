/**
 * Importing the dataset into the store: load and validate data/, score every
 * review with the rubric, and write it all in one transaction. A dataset with
 * any problem imports nothing.
 */
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import type { Store } from '../store/index.ts';
import type { Dataset } from '../domain/dataset.ts';
import { scoreReview } from '../scoring/score.ts';
import { loadDataset, lineLocator, DatasetError } from './load.ts';
import { checkDataset, hasErrors, type Finding } from '../checks/index.ts';
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
}

/**
 * The consistency findings of a loaded dataset, with lines; throws DatasetError
 * listing them when any is an error, so nothing is imported.
 */
export function refuseInconsistent(dataset: Dataset, root: string, today: string): Finding[] {
  const lineIn = lineLocator(root);
  const findings = checkDataset(dataset, { today, renderPage: renderReviewPage, rubricHashes: readRubricHashes(root) }).map((f) => ({
    ...f,
    line: f.keys ? lineIn(f.file, f.keys) : undefined,
  }));
  if (hasErrors(findings)) {
    throw new DatasetError(
      findings.filter((f) => f.severity === 'error').map((f) => ({ file: f.file, path: f.path, line: f.line, message: `[${f.rule}] ${f.message}` })),
    );
  }
  return findings;
}

/** The revision input for every review of a validated dataset. */
export function revisionsOf(dataset: Dataset) {
  return dataset.reviews.map(({ file: _file, ...review }) => revisionInputOf(review, scoreReview(review, dataset)));
}

/**
 * Load `root`, validate it, and import it into `store` in one transaction.
 * Throws DatasetError (nothing written) when the dataset has problems,
 * including any consistency check (src/checks) reporting an error.
 * @example await importDataset(store, 'data', { author: 'ci' });
 */
export async function importDataset(store: Store, root: string, opts: ImportOptions = {}) {
  const dataset = loadDataset(root);
  const warnings = refuseInconsistent(dataset, root, opts.today ?? (opts.at ?? new Date()).toISOString().slice(0, 10));
  const result = await store.importDataset(
    { catalog: catalogOf(dataset), apps: revisionsOf(dataset) },
    { author: opts.author ?? 'PrivacyDefend', note: opts.note ?? `Imported from ${projectPath(root)}`, ...(opts.at ? { at: opts.at } : {}) },
  );
  return { dataset, result, warnings };
}
