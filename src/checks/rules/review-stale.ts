import type { ReviewRule } from '../model.ts';
import { monthsBetween } from './review-age.ts';
import { says } from '../say.ts';

export const STALE_AFTER_MONTHS = 12;

/** Apps change their policies; a review not rechecked for a year may no longer be true. */
export const reviewStale: ReviewRule = {
  id: 'review-stale',
  severity: 'warning',
  scope: 'review',
  description: `a review whose facts were last checked more than ${STALE_AFTER_MONTHS} months ago`,
  check({ review, today }) {
    const months = monthsBetween(review.review.reviewed, today);
    if (months < STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && review.review.reviewed.slice(8) === today.slice(8))) return [];
    return [
      {
        path: ['review', 'reviewed'],
        ...says('check.reviewStale', { reviewed: review.review.reviewed, months }),
      },
    ];
  },
};
