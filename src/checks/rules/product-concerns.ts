import { concernIds } from '../../narrative/findings.ts';
import type { DatasetRule, Issue } from '../model.ts';

/** A product that addresses a concern the narrative never produces is never shown: its `addresses` entry is a typo or a stale id. */
export const productConcerns: DatasetRule = {
  id: 'product-concerns',
  severity: 'error',
  scope: 'dataset',
  description:
    "every id in a product's addresses is a concern the narrative can produce (src/narrative/findings.ts concernIds, plus the taxonomy's exception kinds)",
  check({ dataset }) {
    const known = concernIds(dataset.taxonomy);
    const issues: Issue[] = [];
    dataset.products.forEach((p, i) => {
      p.addresses.forEach((id, j) => {
        if (!known.has(id))
          issues.push({
            file: 'products.yaml',
            path: ['products', i, 'addresses', j],
            message: `"${id}" is not a concern any review page can show, so ${p.name} would never appear for it (known: ${[...known].sort().join(', ')})`,
          });
      });
    });
    (dataset.taxonomy.advice ?? []).forEach((a, i) => {
      a.concerns.forEach((id, j) => {
        if (!known.has(id))
          issues.push({
            file: 'taxonomy.yaml',
            path: ['advice', i, 'concerns', j],
            message: `"${id}" is not a concern any review page can show, so the advice "${a.id}" is never given`,
          });
      });
    });
    return issues;
  },
};
