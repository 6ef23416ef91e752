import { classifyUrl, hostOf, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** An archived copy is a dated copy held by an archive, recorded before (or when) the editor read it. */
export const sourceArchivedCopy: ReviewRule = {
  id: 'source-archived-copy',
  severity: 'error',
  scope: 'review',
  description: `an archived copy is on an archive host in ${SOURCE_POLICY_FILE}, is not the canonical URL itself, and is dated no later than it was read`,
  check({ review, sourcePolicy }) {
    const issues: Issue[] = [];
    for (const [id, s] of Object.entries(review.sources)) {
      if (!s.archived) continue;
      const entry = classifyUrl(s.archived.url, sourcePolicy);
      if (entry !== undefined && entry.class !== 'archive' && entry.class !== 'denied')
        issues.push({
          path: ['sources', id, 'archived', 'url'],
          ...says('check.sourceArchivedCopy.notArchive', { host: hostOf(s.archived.url), class: entry.class }),
        });
      if (s.archived.url === s.url) issues.push({ path: ['sources', id, 'archived', 'url'], ...says('check.sourceArchivedCopy.sameUrl') });
      if (s.archived.date > s.read)
        issues.push({
          path: ['sources', id, 'archived', 'date'],
          ...says('check.sourceArchivedCopy.afterRead', { date: s.archived.date, read: s.read }),
        });
    }
    return issues;
  },
};
