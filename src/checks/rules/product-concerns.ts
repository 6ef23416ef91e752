import { concernIds } from '../../narrative/findings.ts';
import { classifyUrl } from '../../domain/source-hosts.ts';
import type { DatasetRule, Issue } from '../model.ts';
import { says } from '../say.ts';

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
            ...says('check.productConcerns.concern', { id, product: p.name, known: [...known].sort().join(', ') }),
          });
      });
      p.categories.forEach((id, j) => {
        if (!categories.has(id))
          issues.push({
            file: 'products.yaml',
            path: ['products', i, 'categories', j],
            ...says('check.productConcerns.category', { id, product: p.name, known: [...categories].sort().join(', ') }),
          });
      });
      if (p.app !== undefined && !slugs.has(p.app))
        issues.push({ file: 'products.yaml', path: ['products', i, 'app'], ...says('check.productConcerns.app', { app: p.app }) });
      const host = classifyUrl(p.source.url, dataset.sourcePolicy);
      if (host?.class === 'denied')
        issues.push({
          file: 'products.yaml',
          path: ['products', i, 'source', 'url'],
          ...says('check.productConcerns.denied', { host: host.host, why: host.note ?? host.name, product: p.name }),
        });
    });
    (dataset.taxonomy.advice ?? []).forEach((a, i) => {
      a.concerns.forEach((id, j) => {
        if (!known.has(id))
          issues.push({
            file: 'taxonomy.yaml',
            path: ['advice', i, 'concerns', j],
            ...says('check.productConcerns.advice', { id, advice: a.id }),
          });
      });
    });
    return issues;
  },
};
