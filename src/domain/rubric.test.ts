import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { reviewFactPaths } from './fact-paths.ts';
import { Rubric } from './rubric.ts';

const bundled = () =>
  parse(readFileSync(new URL('../../data/rubric.yaml', import.meta.url), 'utf8')) as { dimensions: { criteria: Record<string, unknown>[] }[] };

function factCriterion(rubric: ReturnType<typeof bundled>, fact: string): Record<string, unknown> {
  for (const d of rubric.dimensions) for (const c of d.criteria) if (c.fact === fact) return c;
  return assert.fail(`the bundled rubric has no criterion on ${fact}`);
}

test('the review format lists its facts with the values they can take', () => {
  const paths = reviewFactPaths();
  assert.deepEqual(paths.get('encryption.e2ee.content'), ['default', 'opt-in', 'none', 'not-applicable']);
  assert.deepEqual(paths.get('sharing.sellsData'), ['true', 'false']);
  assert.equal(paths.get('encryption.protocol'), null);
  assert.equal(paths.has('encryption.e2ee'), false, 'a group of facts is not a fact');
});

test('the bundled rubric reads only facts that exist', () => {
  assert.equal(Rubric.safeParse(bundled()).success, true);
});

test('a misspelt fact path is an error naming the criterion', () => {
  const rubric = bundled();
  factCriterion(rubric, 'encryption.e2ee.content').fact = 'encryption.e2e.content';
  const result = Rubric.safeParse(rubric);
  assert.equal(result.success, false);
  const issue = result.error?.issues.find((i) => i.path.at(-1) === 'fact');
  assert.ok(issue, 'an issue on the fact path');
  assert.match(issue.message, /"encryption\.e2e\.content", which is not a fact/);
  assert.match(issue.message, /criterion "/);
});

test('points for a value the fact can never take are an error', () => {
  const rubric = bundled();
  const c = factCriterion(rubric, 'encryption.e2ee.content');
  c.points = { ...(c.points as Record<string, number>), 'by-default': 1 };
  const result = Rubric.safeParse(rubric);
  assert.equal(result.success, false);
  assert.match(result.error?.issues.map((i) => i.message).join('\n') ?? '', /gives points for "by-default"/);
});
