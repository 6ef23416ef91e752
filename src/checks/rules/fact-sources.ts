import { factsOf, sourceRefsOf } from '../../domain/facts.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** Every known fact names a source, and every source it names is declared under `sources`. */
export const factSources: ReviewRule = {
  id: 'fact-sources',
  severity: 'error',
  scope: 'review',
  description: 'every known fact names at least one source, and every source id named is declared under sources',
  check({ review }) {
    const issues: Issue[] = [];
    for (const { path, fact } of factsOf(review)) {
      if ('value' in fact && fact.sources.length === 0) issues.push({ path: [...path, 'sources'], ...says('check.factSources.none') });
    }
    for (const ref of sourceRefsOf(review)) {
      if (!(ref.id in review.sources)) issues.push({ path: ref.path, ...says('check.factSources.undeclared', { id: ref.id }) });
    }
    return issues;
  },
};
