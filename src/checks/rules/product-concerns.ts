import { concernIds } from '../../narrative/findings.ts';
import { classifyUrl } from '../../domain/source-hosts.ts';
import type { DatasetRule, Issue } from '../model.ts';

/**
 * A product that addresses a concern the narrative never produces, or fits a
 * category that does not exist, is never shown: the entry is a typo or a stale
 * id. Its `app` must be a review, and its source the vendor's page, never a
 * denied host.
 */
export const productConcerns: DatasetRule = {
  id: 'product-concerns',
  severity: 'error',
  scope: 'dataset',
  description:
    "every id in a product's addresses is a concern the narrative can produce (src/narrative/findings.ts concernIds, plus the taxonomy's exception kinds), its categories exist, its app is a review, and its source is not on a denied host",
  check({ dataset }) {
    const known = concernIds(dataset.taxonomy);
    const categories = new Set(dataset.categories.map((c) => c.id));
    const slugs = new Set(dataset.reviews.map((r) => r.slug));
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
      p.categories.forEach((id, j) => {
        if (!categories.has(id))
          issues.push({
            file: 'products.yaml',
            path: ['products', i, 'categories', j],
            message: `"${id}" is not a category in categories.yaml, so ${p.name} would never appear there (known: ${[...categories].sort().join(', ')})`,
          });
      });
      if (p.app !== undefined && !slugs.has(p.app))
        issues.push({ file: 'products.yaml', path: ['products', i, 'app'], message: `"${p.app}" is not a reviewed app (no apps/${p.app}.yaml)` });
      const host = classifyUrl(p.source.url, dataset.sourcePolicy);
      if (host?.class === 'denied')
        issues.push({
          file: 'products.yaml',
          path: ['products', i, 'source', 'url'],
          message: `${host.host} is a denied host (${host.note ?? host.name}); cite the vendor's own page for ${p.name}`,
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
