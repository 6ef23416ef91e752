import type { DatasetRule, Issue } from '../model.ts';
import { says } from '../say.ts';

function duplicates<T>(items: readonly T[], idOf: (t: T) => string): { id: string; index: number }[] {
  const seen = new Set<string>();
  const out: { id: string; index: number }[] = [];
  items.forEach((t, index) => {
    const id = idOf(t);
    if (seen.has(id)) out.push({ id, index });
    seen.add(id);
  });
  return out;
}

/** Two things with one id make links, products and comparisons ambiguous. */
export const duplicateId: DatasetRule = {
  id: 'duplicate-id',
  severity: 'error',
  scope: 'dataset',
  description: 'app slugs, category, product and taxonomy ids, and controversy ids within a review are unique',
  check({ dataset }) {
    const issues: Issue[] = [];
    for (const d of duplicates(dataset.reviews, (r) => r.slug)) {
      const r = dataset.reviews[d.index];
      issues.push({ file: r?.file ?? 'apps/', path: ['slug'], ...says('check.duplicateId.slug', { id: d.id }) });
    }
    for (const d of duplicates(dataset.categories, (c) => c.id))
      issues.push({ file: 'categories.yaml', path: ['categories', d.index, 'id'], ...says('check.duplicateId.category', { id: d.id }) });
    for (const d of duplicates(dataset.products, (p) => p.id))
      issues.push({ file: 'products.yaml', path: ['products', d.index, 'id'], ...says('check.duplicateId.product', { id: d.id }) });
    const t = dataset.taxonomy;
    const lists = { dataTypes: t.dataTypes, purposes: t.purposes, parties: t.parties, exceptions: t.exceptions, controls: t.controls };
    for (const [name, list] of Object.entries(lists)) {
      for (const d of duplicates<{ id: string }>(list, (x) => x.id))
        issues.push({ file: 'taxonomy.yaml', path: [name, d.index, 'id'], ...says('check.duplicateId.taxonomy', { id: d.id, list: name }) });
    }
    for (const r of dataset.reviews) {
      for (const d of duplicates(r.controversies, (c) => c.id))
        issues.push({ file: r.file, path: ['controversies', d.index, 'id'], ...says('check.duplicateId.controversy', { id: d.id }) });
    }
    return issues;
  },
};
