import type { Review } from '../domain/review.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { RevisionInput } from '../store/index.ts';

/**
 * What the store keeps for one scored review: the facts and the verdict
 * computed from them with the rubric in force.
 * @example revisionInputOf(review, scoreReview(review, catalog))
 */
export function revisionInputOf(review: Review, score: ScoreResult): RevisionInput {
  return {
    slug: review.slug,
    name: review.name,
    category: review.category,
    facts: review,
    score: score.score,
    label: score.score === null ? null : score.label,
    coverage: score.coverage,
    rubricVersion: score.rubricVersion,
    reviewedAt: review.review.reviewed,
  };
}
