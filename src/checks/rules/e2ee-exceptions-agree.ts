import { isKnown } from '../../domain/review.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/**
 * Content end-to-end encrypted "default" and an exception saying encryption is
 * opt-in only cannot both hold; nor can content that is only opt-in (or not
 * end-to-end encrypted at all) beside an exception list that says nothing of it.
 */
export const e2eeExceptionsAgree: ReviewRule = {
  id: 'e2ee-exceptions-agree',
  severity: 'error',
  scope: 'review',
  description: 'encryption.e2ee.content agrees with the opt-in-only exception: "default" never beside it, "opt-in" only with it, "none" never with it',
  check({ review }) {
    const content = review.encryption.e2ee.content;
    const ex = review.encryption.exceptions;
    if (!isKnown(content) || !isKnown(ex)) return [];
    const issues: Issue[] = [];
    const at = ex.value.findIndex((e) => e.kind === 'opt-in-only');
    if (at >= 0 && content.value === 'default')
      issues.push({
        path: ['encryption', 'exceptions', 'value', at, 'kind'],
        ...says('check.e2eeExceptions.optInButDefault'),
      });
    if (at >= 0 && content.value === 'none')
      issues.push({
        path: ['encryption', 'exceptions', 'value', at, 'kind'],
        ...says('check.e2eeExceptions.optInButNone'),
      });
    if (at < 0 && content.value === 'opt-in')
      issues.push({
        path: ['encryption', 'e2ee', 'content', 'value'],
        ...says('check.e2eeExceptions.missing'),
      });
    return issues;
  },
};
