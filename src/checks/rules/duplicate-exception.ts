import { isKnown } from '../../domain/review.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** One exception kind listed twice counts twice against the score and prints twice on the page. */
export const duplicateException: ReviewRule = {
  id: 'duplicate-exception',
  severity: 'error',
  scope: 'review',
  description: 'each encryption exception kind is listed at most once',
  check({ review }) {
    const ex = review.encryption.exceptions;
    if (!isKnown(ex)) return [];
    const issues: Issue[] = [];
    const seen = new Map<string, number>();
    ex.value.forEach((e, i) => {
      const first = seen.get(e.kind);
      if (first !== undefined)
        issues.push({
          path: ['encryption', 'exceptions', 'value', i, 'kind'],
          ...says('check.duplicateException', { kind: e.kind, first }),
        });
      else seen.set(e.kind, i);
    });
    return issues;
  },
};
