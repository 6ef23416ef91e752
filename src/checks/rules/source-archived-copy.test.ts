import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceArchivedCopy } from './source-archived-copy.ts';
import { examplePolicy } from './source-policy-fixture.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const check = (edit: Parameters<typeof exampleChat>[0]) => sourceArchivedCopy.check({ ...reviewContext(exampleChat(edit)), sourcePolicy: examplePolicy() });

test('an archived copy on an archive host, dated before it was read, passes', () => {
  assert.deepEqual(
    check((r) => {
      const p = r.sources.policy;
      if (p) p.archived = { url: 'https://archive.example.net/2026/privacy', date: '2026-10-30' };
    }),
    [],
  );
});

test('an archived copy on a non-archive host, equal to the url, or dated after the reading is reported', () => {
  const issues = check((r) => {
    const p = r.sources.policy;
    if (p) p.archived = { url: 'https://wiki.example.net/privacy', date: '2026-10-30' };
    const t = r.sources.terms;
    if (t) t.archived = { url: t.url, date: '2026-12-30' };
  });
  assert.deepEqual(
    issues.map((i) => i.path),
    [
      ['sources', 'policy', 'archived', 'url'],
      ['sources', 'terms', 'archived', 'url'],
      ['sources', 'terms', 'archived', 'url'],
      ['sources', 'terms', 'archived', 'date'],
    ],
  );
  assert.match(issues[0]?.message ?? '', /classified "community", not an archive/);
});
