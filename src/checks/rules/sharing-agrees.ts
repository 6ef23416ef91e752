import { isKnown } from '../../domain/review.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** Selling data or serving third-party ads with it is sharing with third parties: "no" cannot stand beside either. */
export const sharingAgrees: ReviewRule = {
  id: 'sharing-agrees',
  severity: 'error',
  scope: 'review',
  description: 'sharing.thirdParties is not "no" while the app sells data or uses it for third-party advertising',
  check({ review }) {
    const s = review.sharing;
    if (!isKnown(s.thirdParties) || s.thirdParties.value !== 'no') return [];
    const issues: Issue[] = [];
    const path = ['sharing', 'thirdParties', 'value'];
    if (isKnown(s.sellsData) && s.sellsData.value) issues.push({ path, ...says('check.sharingAgrees.sells') });
    if (isKnown(s.advertising) && s.advertising.value === 'third-party') issues.push({ path, ...says('check.sharingAgrees.ads') });
    return issues;
  },
};
