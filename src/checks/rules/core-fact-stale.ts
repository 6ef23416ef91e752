import { staleCoreFacts, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** Old evidence may no longer be true; the page flags it, and the editor should look for a newer document. */
export const coreFactStale: ReviewRule = {
  id: 'core-fact-stale',
  severity: 'warning',
  scope: 'review',
  description: `a core fact whose newest source is older than the freshness limit (${SOURCE_POLICY_FILE}: freshness) before the review date`,
  check({ review, sourcePolicy }) {
    return staleCoreFacts(review, sourcePolicy).map((s) => ({
      path: s.path.split('.'),
      ...says('check.coreFactStale', { source: s.source, newest: s.newest, limit: s.limit, years: sourcePolicy.freshness.maxAgeYears }),
    }));
  },
};
