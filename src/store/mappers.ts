/**
 * Data mappers: stored rows into validated domain objects. A stored revision
 * is upgraded to the current review format and parsed with the review
 * schema; one that can't be read is reported with the reason, so a caller can
 * mark that one app unavailable instead of failing every page.
 */
import { upgradeFacts } from '../domain/format.ts';
import { Review } from '../domain/review.ts';
import type { AppRow } from './model.ts';

export type StoredReview = { ok: true; row: AppRow; review: Review } | { ok: false; row: AppRow; reason: string };

/**
 * The review a stored revision holds, validated.
 * @example const stored = storedReviewOf(row); if (stored.ok) scoreReview(stored.review, catalog);
 */
export function storedReviewOf(row: AppRow): StoredReview {
  const upgraded = upgradeFacts(row.facts, row.formatVersion);
  if (!upgraded.ok) return { ok: false, row, reason: upgraded.reason };
  const parsed = Review.safeParse(upgraded.facts);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, row, reason: `revision ${row.revision} does not match the review schema (${where}${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, row, review: parsed.data };
}
