/**
 * Importing the dataset into the store: load and validate data/, score every
 * review with the rubric, and write it all in one transaction. A dataset with
 * any problem imports nothing.
 */
import type { Store } from '../store/index.ts';
import type { Dataset } from '../domain/dataset.ts';
import { scoreReview } from '../scoring/score.ts';
import { loadDataset } from './load.ts';
import { catalogOf } from './catalog.ts';

export interface ImportOptions {
  author?: string;
  note?: string;
  at?: Date;
}

/** The revision input for every review of a validated dataset. */
export function revisionsOf(dataset: Dataset) {
  return dataset.reviews.map(({ file: _file, ...review }) => {
    const score = scoreReview(review, dataset);
    return {
      slug: review.slug,
      name: review.name,
      category: review.category,
      facts: review,
      score: score.score,
      label: score.score === null ? null : score.label,
      coverage: score.coverage,
      rubricVersion: score.rubricVersion,
      reviewedAt: review.review.reviewed,
    };
  });
}

/**
 * Load `root`, validate it, and import it into `store` in one transaction.
 * Throws DatasetError (nothing written) when the dataset has problems.
 * @example await importDataset(store, 'data', { author: 'ci' });
 */
export async function importDataset(store: Store, root: string, opts: ImportOptions = {}) {
  const dataset = loadDataset(root);
  const result = await store.importDataset(
    { catalog: catalogOf(dataset), apps: revisionsOf(dataset) },
    { author: opts.author ?? 'import', note: opts.note ?? `Imported from ${root}`, ...(opts.at ? { at: opts.at } : {}) },
  );
  return { dataset, result };
}
