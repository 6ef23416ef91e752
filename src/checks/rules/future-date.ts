import type { Issue, ReviewRule } from '../model.ts';

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
    const at = (path: (string | number)[], date: string | undefined, what: string) => {
      if (date !== undefined && isAfter(date, today)) issues.push({ path, message: `${what} ${date} is after today (${today}); correct the date` });
    };
    for (const [id, s] of Object.entries(review.sources)) {
      at(['sources', id, 'read'], s.read, 'read date');
      at(['sources', id, 'published'], s.published, 'publication date');
    }
    review.controversies.forEach((c, i) => at(['controversies', i, 'date'], c.date, 'controversy date'));
    if ('value' in review.app.audits) review.app.audits.value.forEach((a, i) => at(['app', 'audits', 'value', i, 'date'], a.date, 'audit date'));
    at(['review', 'reviewed'], review.review.reviewed, 'review date');
    return issues;
  },
};
