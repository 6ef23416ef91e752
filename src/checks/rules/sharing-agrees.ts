import { isKnown } from '../../domain/review.ts';
import type { Issue, ReviewRule } from '../model.ts';

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
    if (isKnown(s.sellsData) && s.sellsData.value)
      issues.push({ path, message: 'is "no", but sharing.sellsData is true: selling data gives it to third parties; correct one of them' });
    if (isKnown(s.advertising) && s.advertising.value === 'third-party')
      issues.push({ path, message: 'is "no", but sharing.advertising is "third-party": third-party ads share data with advertisers; correct one of them' });
    return issues;
  },
};
