import { classifyUrl, coreFactsOf, SOURCE_POLICY_FILE } from '../../domain/source-hosts.ts';
import type { ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** What a reader most relies on (encryption, sharing, data collected, what an account requires) must rest on primary evidence or reputable reporting. */
export const coreFactSource: ReviewRule = {
  id: 'core-fact-source',
  severity: 'error',
  scope: 'review',
  description: `every known core fact cites at least one source on a host of an accepted class (${SOURCE_POLICY_FILE}: acceptedForCoreFacts)`,
  check({ review, sourcePolicy }) {
    const accepted = new Set(sourcePolicy.acceptedForCoreFacts);
    return coreFactsOf(review, sourcePolicy).flatMap(({ path, sources }) => {
      const declared = sources.filter((id) => review.sources[id] !== undefined);
      if (declared.length === 0) return []; // fact-sources reports undeclared ids
      const ok = declared.some((id) => {
        const cls = classifyUrl(review.sources[id]?.url ?? '', sourcePolicy)?.class;
        return cls !== undefined && accepted.has(cls);
      });
      if (ok) return [];
      const classes = declared.map((id) => `${id}: ${classifyUrl(review.sources[id]?.url ?? '', sourcePolicy)?.class ?? 'unclassified'}`).join(', ');
      return [
        {
          path: [...path, 'sources'],
          ...says('check.coreFactSource', { classes }),
        },
      ];
    });
  },
};
