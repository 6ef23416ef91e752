import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** True when a full or partial date (YYYY, YYYY-MM, YYYY-MM-DD) lies after `today`. */
export function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** A source read tomorrow or an incident next month is a typo that would mislead readers. */
export const futureDate: ReviewRule = {
  id: 'future-date',
  severity: 'error',
  scope: 'review',
  description: 'no source read or publication date, controversy date, audit date or review date lies in the future',
  check({ review, today }) {
    const issues: Issue[] = [];
    const at = (path: (string | number)[], date: string | undefined, what: 'read' | 'published' | 'controversy' | 'audit' | 'review') => {
      if (date !== undefined && isAfter(date, today)) issues.push({ path, ...says('check.futureDate', { what, date, today }) });
    };
    for (const [id, s] of Object.entries(review.sources)) {
      at(['sources', id, 'read'], s.read, 'read');
      at(['sources', id, 'published'], s.published, 'published');
    }
    review.controversies.forEach((c, i) => at(['controversies', i, 'date'], c.date, 'controversy'));
    if ('value' in review.app.audits) review.app.audits.value.forEach((a, i) => at(['app', 'audits', 'value', i, 'date'], a.date, 'audit'));
    at(['review', 'reviewed'], review.review.reviewed, 'review');
    return issues;
  },
};
