import { sourceRefsOf } from '../../domain/facts.ts';
import type { ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** A declared source no fact cites is either a forgotten citation or clutter. */
export const sourceUnused: ReviewRule = {
  id: 'source-unused',
  severity: 'error',
  scope: 'review',
  description: 'every source declared under sources is cited by some fact',
  check({ review }) {
    const cited = new Set(sourceRefsOf(review).map((r) => r.id));
    return Object.keys(review.sources)
      .filter((id) => !cited.has(id))
      .map((id) => ({ path: ['sources', id], ...says('check.sourceUnused') }));
  },
};
