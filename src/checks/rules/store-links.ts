import { classifyUrl, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { Issue, ReviewRule } from '../model.ts';

/** The host classes that can show a store listing is the vendor's own: its own download page, or the store page itself. */
const SHOWS_OWNERSHIP = new Set(['vendor', 'app-store']);

/**
 * An official store link (`stores:`) is for one of the app's platforms, is
 * listed once per store and platform, and cites the vendor's own page or the
 * store listing itself: a guide or a press article saying "get it here" does
 * not show which listing is the vendor's.
 */
export const storeLinks: ReviewRule = {
  id: 'store-links',
  severity: 'error',
  scope: 'review',
  description: `each store link is for one of the app's platforms, appears once, and cites the vendor's page or the listing itself (a vendor or app-store host in ${SOURCE_POLICY_FILE})`,
  check({ review, sourcePolicy }) {
    const issues: Issue[] = [];
    const seen = new Set<string>();
    (review.stores ?? []).forEach((s, i) => {
      if (!review.platforms.includes(s.platform))
        issues.push({
          path: ['stores', i, 'platform'],
          message: `"${s.platform}" is not among the app's platforms (${review.platforms.join(', ')}); add it there or correct the link`,
        });
      const key = `${s.store} ${s.platform}`;
      if (seen.has(key)) issues.push({ path: ['stores', i], message: `a second ${s.store} link for ${s.platform}; list each store and platform once` });
      seen.add(key);
      const declared = s.sources.filter((id) => review.sources[id] !== undefined);
      if (declared.length === 0) return; // fact-sources reports undeclared ids
      const classes = declared.map((id) => ({ id, cls: classifyUrl(review.sources[id]?.url ?? '', sourcePolicy)?.class }));
      if (!classes.some((c) => c.cls !== undefined && SHOWS_OWNERSHIP.has(c.cls)))
        issues.push({
          path: ['stores', i, 'sources'],
          message: `no source shows this listing is the vendor's (${classes.map((c) => `${c.id}: ${c.cls ?? 'unclassified'}`).join(', ')}); cite the vendor's download page that links to it, or the store page itself`,
        });
    });
    return issues;
  },
};
