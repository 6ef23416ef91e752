import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rubricContentHash, rubricVersion } from './rubric-version.ts';
import { bundled, TODAY } from '../test-fixtures.ts';
import { readRubricHashes } from '../../dataset/rubric-hashes.ts';

const recorded = () => readRubricHashes('data');

test('the bundled rubric matches the hash recorded for its version', () => {
  assert.deepEqual(rubricVersion.check({ dataset: bundled(), today: TODAY, rubricHashes: recorded() }), []);
});

test('a changed weight under the same version is refused', () => {
  const d = bundled();
  const rubric = structuredClone(d.rubric);
  const dim = rubric.dimensions[0];
  assert.ok(dim);
  dim.weight += 0.05;
  const issues = rubricVersion.check({ dataset: { ...d, rubric }, today: TODAY, rubricHashes: recorded() });
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.file, 'rubric.yaml');
  assert.match(issues[0]?.message ?? '', /changed but its version is still/);
});

test('a bumped version without a recorded hash or changelog entry is reported; the changelog alone changes no hash', () => {
  const d = bundled();
  const bumped = { ...d.rubric, version: '9.9.9' };
  const messages = rubricVersion.check({ dataset: { ...d, rubric: bumped }, today: TODAY, rubricHashes: recorded() }).map((i) => i.message);
  assert.equal(messages.length, 2);
  assert.match(messages.join('\n'), /no content hash is recorded for rubric 9\.9\.9[\s\S]*no entry for version 9\.9\.9/);
  assert.equal(rubricContentHash({ ...d.rubric, changelog: [] }), rubricContentHash(d.rubric));
});

test('without recorded hashes the rule does not run', () => {
  assert.deepEqual(rubricVersion.check({ dataset: bundled(), today: TODAY }), []);
});
