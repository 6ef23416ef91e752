import { crossReferenceProblems } from '../../domain/references.ts';
import type { DatasetRule } from '../model.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { says } from '../say.ts';

/** Ids a review uses must be defined by the dataset (categories, taxonomy) and calibration must name real apps. */
export const unknownReference: DatasetRule = {
  id: 'unknown-reference',
  severity: 'error',
  scope: 'dataset',
  description: 'every category, data type, purpose, party, exception and control id a review uses exists, and applicable controls are recorded',
  check({ dataset }) {
    return (
      crossReferenceProblems(dataset)
        // source ids are the fact-sources rule's business
        .filter((p) => p.path[p.path.length - 2] !== 'sources')
        // the message rendered from the checks' catalogue (the reference problem's own English text is the same sentence)
        .map((p) => ({ file: p.file, path: p.path, ...says(p.say.key as MessageKey, p.say.params) }))
    );
  },
};
