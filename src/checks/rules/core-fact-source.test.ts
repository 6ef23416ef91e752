import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreFactSource } from './core-fact-source.ts';
import { examplePolicy } from './source-policy-fixture.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const check = (edit: Parameters<typeof exampleChat>[0] = () => {}) =>
  coreFactSource.check({ ...reviewContext(exampleChat(edit)), sourcePolicy: examplePolicy() });

test('core facts resting on vendor documents, labels or press pass', () => {
  assert.deepEqual(check(), []);
});

test('a core fact resting only on a community or denied host is reported; one accepted source is enough', () => {
  const issues = check((r) => {
    r.sources.wiki = { url: 'https://wiki.example.net/chat', title: 'Wiki', kind: 'other', read: '2026-11-01' };
    r.sources.mirror = { url: 'https://example.org/mirror/x', title: 'Mirror', kind: 'other', read: '2026-11-01' };
    r.encryption.atRest = { value: 'provider-keys', sources: ['wiki', 'mirror'] };
    r.sharing.sellsData = { value: false, sources: ['wiki', 'policy'] };
    r.app.minimumAge = { value: 13, sources: ['wiki'] }; // not a core fact
  });
  assert.deepEqual(
    issues.map((i) => i.path),
    [['encryption', 'atRest', 'sources']],
  );
  assert.match(issues[0]?.message ?? '', /wiki: community, mirror: denied/);
});

test('sources named inside a data list count for it, and "not-applicable" needs no evidence', () => {
  const issues = check((r) => {
    r.sources.wiki = { url: 'https://wiki.example.net/chat', title: 'Wiki', kind: 'other', read: '2026-11-01' };
    if ('value' in r.dataCollected && Array.isArray(r.dataCollected.value)) {
      const first = r.dataCollected.value[0];
      if (first) first.sources = ['label'];
      r.dataCollected = { value: r.dataCollected.value, sources: ['wiki'] };
    }
    r.encryption.forwardSecrecy = { value: 'not-applicable', sources: ['wiki'] };
  });
  assert.deepEqual(issues, []);
});
