import { canonicalHash } from '../../domain/canonical.ts';
import type { Rubric } from '../../domain/rubric.ts';
import type { DatasetRule, Issue } from '../model.ts';
import { says } from '../say.ts';

/** The hash of what the rubric scores with: everything but its version and changelog. */
export function rubricContentHash(rubric: Rubric): string {
  const { version: _version, changelog: _changelog, ...content } = rubric;
  return canonicalHash(content);
}

/**
 * A rubric whose weights, thresholds, bands or fact paths changed under the
 * same version would silently change every published score. `check` compares
 * the rubric's content hash with the one recorded for its version
 * (rubric-hashes.json beside rubric.yaml); only `npm run golden`, together
 * with a version bump and a changelog entry, records a new one.
 */
export const rubricVersion: DatasetRule = {
  id: 'rubric-version',
  severity: 'error',
  scope: 'dataset',
  description: "the rubric's content matches the hash recorded for its version: a changed rubric needs a version bump, a changelog entry and `npm run golden`",
  check({ dataset, rubricHashes }) {
    if (rubricHashes === undefined) return [];
    const { version } = dataset.rubric;
    const issues: Issue[] = [];
    const recorded = rubricHashes[version];
    const hash = rubricContentHash(dataset.rubric);
    if (recorded === undefined)
      issues.push({
        file: 'rubric.yaml',
        path: ['version'],
        ...says('check.rubricVersion.noHash', { version }),
      });
    else if (recorded !== hash)
      issues.push({
        file: 'rubric.yaml',
        path: ['version'],
        ...says('check.rubricVersion.changed', { version }),
      });
    if (!dataset.rubric.changelog.some((c) => c.version === version))
      issues.push({ file: 'rubric.yaml', path: ['changelog'], ...says('check.rubricVersion.noChangelog', { version }) });
    return issues;
  },
};
