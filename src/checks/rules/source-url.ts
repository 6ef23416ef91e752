import type { Issue, ReviewRule } from '../model.ts';

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
          message: `"${s.url}" is not an absolute http(s) URL; write the full address, e.g. https://example.org/privacy`,
        });
    }
    const audits = review.app.audits;
    if ('value' in audits) {
      audits.value.forEach((a, i) => {
        if (!isAbsoluteHttp(a.url)) issues.push({ path: ['app', 'audits', 'value', i, 'url'], message: `"${a.url}" is not an absolute http(s) URL` });
      });
    }
    return issues;
  },
};
