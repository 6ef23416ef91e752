import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedPolicy } from './shared-policy.ts';
import { bundled, datasetWith, exampleChat, TODAY } from '../test-fixtures.ts';
import type { ReviewRecord } from '../../domain/dataset.ts';

/** A second app of Example Chat's owner, mapped from the same privacy policy. */
function sibling(edit: (r: ReviewRecord) => void = () => {}): ReviewRecord {
  return exampleChat((r) => {
    r.slug = 'example-chat-lite';
    r.name = 'Example Chat Lite';
    r.file = 'apps/example-chat-lite.yaml';
    edit(r);
  });
}

test('the bundled apps that share a policy read it the same way', () => {
  assert.deepEqual(sharedPolicy.check({ dataset: bundled(), today: TODAY }), []);
});

test('two apps reading one policy differently on selling data are refused, in the file that differs', () => {
  const issues = sharedPolicy.check({
    dataset: datasetWith(
      exampleChat(),
      sibling((r) => {
        r.sharing.sellsData = { value: true, sources: ['policy'] };
      }),
      sibling((r) => {
        r.slug = 'example-chat-pro';
        r.file = 'apps/example-chat-pro.yaml';
      }),
    ),
    today: TODAY,
  });
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.file, 'apps/example-chat-lite.yaml');
  assert.deepEqual(issues[0]?.path, ['sharing', 'sellsData', 'value']);
  assert.match(issues[0]?.message ?? '', /sharing\.sellsData is true here but false in apps\/example-chat(-pro)?\.yaml.*example\.org\/chat\/privacy/);
});

test("a data type's tracking flag read differently from one policy is refused (Instagram against Facebook)", () => {
  // Both data lists mapped from the privacy policy alone (the fixture's rest on its store label, which is per app).
  const fromPolicy = (r: ReviewRecord) => {
    if ('value' in r.dataCollected) r.dataCollected.sources = ['policy'];
  };
  const base = exampleChat(fromPolicy);
  const collected = base.dataCollected;
  assert.ok('value' in collected && collected.value !== 'nothing', 'the fixture collects data');
  const type = collected.value[0]?.type ?? assert.fail('no data item');
  const flipped = sibling((r) => {
    fromPolicy(r);
    const c = r.dataCollected;
    if ('value' in c && c.value !== 'nothing' && c.value[0]) c.value[0].tracking = c.value[0].tracking !== true;
  });
  const issues = sharedPolicy.check({ dataset: datasetWith(base, flipped), today: TODAY });
  assert.equal(sharedPolicy.check({ dataset: datasetWith(exampleChat(), flipped), today: TODAY }).length, 0, 'a store label decides per app');
  assert.ok(
    issues.some(
      (i) => i.message.startsWith(`dataCollected.${type}.tracking`) && JSON.stringify(i.path) === JSON.stringify(['dataCollected', 'value', 0, 'tracking']),
    ),
    JSON.stringify(issues),
  );
});

test('a difference explained by the product’s own document, or read from another copy of the policy, passes', () => {
  const ownDocument = sibling((r) => {
    r.sources['lite-notice'] = { url: 'https://example.org/chat/lite-privacy', title: 'Example Chat Lite notice', kind: 'privacy-policy', read: '2026-11-01' };
    r.sharing.sellsData = { value: true, sources: ['policy', 'lite-notice'] };
  });
  const otherCopy = sibling((r) => {
    r.slug = 'example-chat-old';
    r.file = 'apps/example-chat-old.yaml';
    const policy = r.sources.policy ?? assert.fail('no policy source');
    r.sources.policy = { ...policy, published: '2019-01-01' };
    r.sharing.sellsData = { value: true, sources: ['policy'] };
  });
  assert.deepEqual(sharedPolicy.check({ dataset: datasetWith(exampleChat(), ownDocument, otherCopy), today: TODAY }), []);
});
