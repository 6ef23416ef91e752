import { classifyUrl, hostOf, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { Issue, ReviewRule } from '../model.ts';

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
          message: `${hostOf(s.archived.url)} is classified "${entry.class}", not an archive; put the vendor's address in url and the archive's copy in archived`,
        });
      if (s.archived.url === s.url)
        issues.push({ path: ['sources', id, 'archived', 'url'], message: 'is the same address as url; omit archived when the live page was read' });
      if (s.archived.date > s.read)
        issues.push({
          path: ['sources', id, 'archived', 'date'],
          message: `${s.archived.date} is after the source was read (${s.read}); the copy read must already exist`,
        });
    }
    return issues;
  },
};
