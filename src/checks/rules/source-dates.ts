import { sourceRefsOf } from '../../domain/facts.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/**
 * A document cannot be published after an editor read it, and a review cannot
 * be dated before the newest reading of a source it cites.
 */
export const sourceDates: ReviewRule = {
  id: 'source-dates',
  severity: 'error',
  scope: 'review',
  description: 'no source is published after its read date, and review.reviewed is not before the read date of any source the review cites',
  check({ review }) {
    const issues: Issue[] = [];
    for (const [id, s] of Object.entries(review.sources)) {
      if (s.published !== undefined && s.published > s.read.slice(0, s.published.length))
        issues.push({ path: ['sources', id, 'published'], ...says('check.sourceDates.published', { published: s.published, read: s.read }) });
    }
    const cited = new Set(sourceRefsOf(review).map((r) => r.id));
    const reviewed = review.review.reviewed;
    const later = [...cited].flatMap((id) => {
      const s = review.sources[id];
      return s && s.read > reviewed ? [{ id, read: s.read }] : [];
    });
    if (later.length > 0) {
      const newest = later.reduce((a, b) => (b.read > a.read ? b : a));
      issues.push({
        path: ['review', 'reviewed'],
        ...says('check.sourceDates.reviewed', { reviewed, count: later.length, ids: later.map((l) => l.id).join(', '), newest: newest.read }),
      });
    }
    return issues;
  },
};
