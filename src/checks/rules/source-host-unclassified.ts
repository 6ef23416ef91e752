import { classifyUrl, hostOf, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { ReviewRule } from '../model.ts';
import { citedUrls } from './source-links.ts';
import { says } from '../say.ts';

/** A host nobody has classified may be a mirror or a content farm: someone should look. */
export const sourceHostUnclassified: ReviewRule = {
  id: 'source-host-unclassified',
  severity: 'warning',
  scope: 'review',
  description: `every cited host is classified in ${SOURCE_POLICY_FILE}`,
  check({ review, sourcePolicy }) {
    return citedUrls(review).flatMap(({ path, url }) =>
      classifyUrl(url, sourcePolicy) === undefined ? [{ path, ...says('check.sourceHostUnclassified', { host: hostOf(url), file: SOURCE_POLICY_FILE }) }] : [],
    );
  },
};
