import { canonicalHash } from '../../domain/canonical.ts';
import type { Rubric } from '../../domain/rubric.ts';
import type { DatasetRule, Issue } from '../model.ts';

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
        message: `no content hash is recorded for rubric ${version} in rubric-hashes.json; add a changelog entry for ${version} and run npm run golden`,
      });
    else if (recorded !== hash)
      issues.push({
        file: 'rubric.yaml',
        path: ['version'],
        message: `the rubric's content changed but its version is still ${version}; bump the version, add a changelog entry and run npm run golden`,
      });
    if (!dataset.rubric.changelog.some((c) => c.version === version))
      issues.push({ file: 'rubric.yaml', path: ['changelog'], message: `has no entry for version ${version}; say what changed` });
    return issues;
  },
};
