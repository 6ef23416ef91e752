import { classifyUrl, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

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
          ...says('check.storeLinks.platform', { platform: s.platform, platforms: review.platforms.join(', ') }),
        });
      const key = `${s.store} ${s.platform}`;
      if (seen.has(key)) issues.push({ path: ['stores', i], ...says('check.storeLinks.second', { store: s.store, platform: s.platform }) });
      seen.add(key);
      const declared = s.sources.filter((id) => review.sources[id] !== undefined);
      if (declared.length === 0) return; // fact-sources reports undeclared ids
      const classes = declared.map((id) => ({ id, cls: classifyUrl(review.sources[id]?.url ?? '', sourcePolicy)?.class }));
      if (!classes.some((c) => c.cls !== undefined && SHOWS_OWNERSHIP.has(c.cls)))
        issues.push({
          path: ['stores', i, 'sources'],
          ...says('check.storeLinks.ownership', { classes: classes.map((c) => `${c.id}: ${c.cls ?? 'unclassified'}`).join(', ') }),
        });
    });
    return issues;
  },
};
