import { isKnown } from '../../domain/review.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/**
 * The encrypted-backups control says whether you can have end-to-end
 * encrypted backups at all: "yes" (or "partial") when encryption.e2ee.backups
 * is "default" or "opt-in" (a setting you turn on still counts as offered),
 * "no" when it is "none". data/README.md writes this down.
 */
export const backupsAgree: ReviewRule = {
  id: 'backups-agree',
  severity: 'error',
  scope: 'review',
  description:
    'controls.encrypted-backups agrees with encryption.e2ee.backups: "yes"/"partial" only when backups are end-to-end encrypted by default or opt-in, "no" only when they are not',
  check({ review }) {
    const control = review.controls['encrypted-backups'];
    const backups = review.encryption.e2ee.backups;
    if (!control || !isKnown(control) || !isKnown(backups) || backups.value === 'not-applicable') return [];
    const issues: Issue[] = [];
    const offered = control.value === 'yes' || control.value === 'partial';
    if (offered && backups.value === 'none')
      issues.push({
        path: ['controls', 'encrypted-backups', 'value'],
        ...says('check.backupsAgree.offered', { value: String(control.value) }),
      });
    if (control.value === 'no' && (backups.value === 'default' || backups.value === 'opt-in'))
      issues.push({
        path: ['controls', 'encrypted-backups', 'value'],
        ...says('check.backupsAgree.notOffered', { backups: String(backups.value) }),
      });
    return issues;
  },
};
