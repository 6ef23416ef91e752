import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

function isAbsoluteHttp(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Readers must be able to follow every citation. */
export const sourceUrl: ReviewRule = {
  id: 'source-url',
  severity: 'error',
  scope: 'review',
  description: 'every source and audit URL is an absolute http(s) URL',
  check({ review }) {
    const issues: Issue[] = [];
    for (const [id, s] of Object.entries(review.sources)) {
      if (!isAbsoluteHttp(s.url))
        issues.push({
          path: ['sources', id, 'url'],
          ...says('check.sourceUrl.notAbsolute', { url: s.url }),
        });
    }
    const audits = review.app.audits;
    if ('value' in audits) {
      audits.value.forEach((a, i) => {
        if (!isAbsoluteHttp(a.url)) issues.push({ path: ['app', 'audits', 'value', i, 'url'], ...says('check.sourceUrl.auditNotAbsolute', { url: a.url }) });
      });
    }
    return issues;
  },
};
