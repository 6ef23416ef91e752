import { classifyUrl, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { ReviewRule } from '../model.ts';
import { citedUrls } from './source-links.ts';
import { says } from '../say.ts';

/** Mirrors, proxies, content farms, SEO copies and personal forks are never evidence, whatever text they hold. */
export const sourceHostDenied: ReviewRule = {
  id: 'source-host-denied',
  severity: 'error',
  scope: 'review',
  description: `no source, archived copy or audit is cited from a host denied in ${SOURCE_POLICY_FILE} (mirrors, proxies, content farms, SEO copies, personal forks)`,
  check({ review, sourcePolicy }) {
    return citedUrls(review).flatMap(({ path, url }) => {
      const entry = classifyUrl(url, sourcePolicy);
      if (entry?.class !== 'denied') return [];
      return [
        {
          path,
          ...says('check.sourceHostDenied', { host: entry.host, why: entry.note ?? entry.name }),
        },
      ];
    });
  },
};
