import type { ReviewRule } from '../model.ts';
import { monthsBetween } from './review-age.ts';
import { says } from '../say.ts';

export const EXPIRED_AFTER_MONTHS = 24;

/** Past two years a review is too old to publish as current. */
export const reviewExpired: ReviewRule = {
  id: 'review-expired',
  severity: 'error',
  scope: 'review',
  description: `a review whose facts were last checked more than ${EXPIRED_AFTER_MONTHS} months ago cannot be published`,
  check({ review, today }) {
    const months = monthsBetween(review.review.reviewed, today);
    if (months < EXPIRED_AFTER_MONTHS || (months === EXPIRED_AFTER_MONTHS && review.review.reviewed.slice(8) === today.slice(8))) return [];
    return [
      {
        path: ['review', 'reviewed'],
        ...says('check.reviewExpired', { reviewed: review.review.reviewed, months, limit: EXPIRED_AFTER_MONTHS }),
      },
    ];
  },
};
