/**
 * A dataset: everything in data/, validated, and its catalog: everything
 * except the reviews (rubric, vocabularies, categories, products, expert
 * verdicts), which is stored beside the revisions so that every app process
 * serves the same catalog.
 */
import { z } from 'zod';
import type { Review } from './review.ts';
import { Rubric } from './rubric.ts';
import { Taxonomy, Category, Product, ExpertVerdict } from './catalog.ts';
import { SourcePolicy } from './source-hosts.ts';

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

export const Catalog = z.object({
  rubric: Rubric,
  taxonomy: Taxonomy,
  categories: z.array(Category),
  products: z.array(Product),
  verdicts: z.array(ExpertVerdict.extend({ file: z.string() })),
  /** Absent in catalogs stored before source quality was published; re-import to add it. */
  sourcePolicy: SourcePolicy.optional(),
});
export type Catalog = z.infer<typeof Catalog>;

export function catalogOf(dataset: Dataset): Catalog {
  return {
    rubric: dataset.rubric,
    taxonomy: dataset.taxonomy,
    categories: dataset.categories,
    products: dataset.products,
    verdicts: dataset.verdicts,
    sourcePolicy: dataset.sourcePolicy,
  };
}
