import { Review } from '../../domain/review.ts';
import { scoreReview } from '../../scoring/score.ts';
import type { Issue, RevisionsRule } from '../model.ts';
import { say, says } from '../say.ts';

/**
 * A stored score must be what the current rubric computes from the stored
 * facts; otherwise the site shows a number nobody can reproduce.
 */
export const staleScore: RevisionsRule = {
  id: 'stale-score',
  severity: 'error',
  scope: 'revisions',
  description: 'the stored score, label, coverage and rubric version of every app equal a fresh computation with the current rubric',
  check({ revisions, catalog }) {
    const issues: Issue[] = [];
    for (const rev of revisions) {
      const where = rev.revision === undefined ? rev.slug : say('check.staleScore.revision', { slug: rev.slug, revision: rev.revision });
      const parsed = Review.safeParse(rev.facts);
      if (!parsed.success) {
        issues.push({
          file: `store:${rev.slug}`,
          path: ['facts'],
          ...says('check.staleScore.invalid', { where, problem: parsed.error.issues[0]?.message ?? 'invalid' }),
        });
        continue;
      }
      const fresh = scoreReview(parsed.data, catalog);
      const label = fresh.score === null ? null : fresh.label;
      const diffs: string[] = [];
      if (rev.score !== fresh.score) diffs.push(`score ${rev.score} ≠ ${fresh.score}`);
      if (rev.label !== label) diffs.push(`label ${JSON.stringify(rev.label)} ≠ ${JSON.stringify(label)}`);
      if (rev.coverage !== fresh.coverage) diffs.push(`coverage ${rev.coverage} ≠ ${fresh.coverage}`);
      if (rev.rubricVersion !== fresh.rubricVersion) diffs.push(`rubric ${rev.rubricVersion} ≠ ${fresh.rubricVersion}`);
      if (diffs.length > 0)
        issues.push({ file: `store:${rev.slug}`, path: ['score'], ...says('check.staleScore.stale', { where, differences: diffs.join(', ') }) });
    }
    return issues;
  },
};
