/**
 * A review with its computed score, and the one order apps are ranked in:
 * best Safety Score first, unscored last, ties by name.
 */
import type { Review } from '../domain/review.ts';
import type { ScoreResult } from './score.ts';

export interface ScoredReview {
  review: Review;
  score: ScoreResult;
}

/**
 * Compare by app name (then slug, so the order is total).
 * @example apps.sort(byName)
 */
export function byName(a: ScoredReview, b: ScoredReview): number {
  return a.review.name.localeCompare(b.review.name, 'en') || (a.review.slug < b.review.slug ? -1 : a.review.slug > b.review.slug ? 1 : 0);
}

/**
 * Compare two scored reviews for ranking: best score first (lowest first with
 * 'asc'), unscored apps after every scored one either way, then by name.
 * @example apps.sort(byScore)
 */
export function byScore(a: ScoredReview, b: ScoredReview, order: 'desc' | 'asc' = 'desc'): number {
  const x = a.score.score;
  const y = b.score.score;
  if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
  return (order === 'desc' ? y - x : x - y) || byName(a, b);
}

/**
 * Rank apps by Safety Score (best first, unscored last, ties by name).
 * @example rankApps(apps)[0].review.slug // the best-scored app
 */
export function rankApps<T extends ScoredReview>(apps: readonly T[]): T[] {
  return [...apps].sort((a, b) => byScore(a, b));
}
