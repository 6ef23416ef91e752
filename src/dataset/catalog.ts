/**
 * The catalog: everything in the dataset except the reviews (rubric,
 * vocabularies, categories, products, expert verdicts). It is stored beside
 * the revisions so that every app process serves the same catalog.
 */
import { z } from 'zod';
import { Rubric } from '../domain/rubric.ts';
import { Taxonomy, Category, Product, ExpertVerdict } from '../domain/catalog.ts';
import type { Dataset } from '../domain/dataset.ts';
import { SourcePolicy } from '../domain/source-hosts.ts';

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
