import type { Review } from './review.ts';
import type { Rubric } from './rubric.ts';
import type { Taxonomy, Category, Product, ExpertVerdict } from './catalog.ts';
import type { SourcePolicy } from './source-hosts.ts';

/** A review as loaded from its file. */
export type ReviewRecord = Review & { file: string };

/** Everything in data/, validated. */
export interface Dataset {
  rubric: Rubric;
  taxonomy: Taxonomy;
  categories: Category[];
  products: Product[];
  /** data/source-hosts.yaml: how source hosts are classified, which facts are core, how old their evidence may be. */
  sourcePolicy: SourcePolicy;
  reviews: ReviewRecord[];
  /** Expert verdicts from data/calibration/*.yaml, used to calibrate the rubric. */
  verdicts: (ExpertVerdict & { file: string })[];
}
