import type { Review } from './review.ts';
import type { Rubric } from './rubric.ts';
import type { Taxonomy, Category, Product, ExpertVerdict } from './catalog.ts';

/** A review as loaded from its file. */
export type ReviewRecord = Review & { file: string };

/** Everything in data/, validated. */
export interface Dataset {
  rubric: Rubric;
  taxonomy: Taxonomy;
  categories: Category[];
  products: Product[];
  reviews: ReviewRecord[];
  /** Expert verdicts from data/calibration/*.yaml, used to calibrate the rubric. */
  verdicts: (ExpertVerdict & { file: string })[];
}
