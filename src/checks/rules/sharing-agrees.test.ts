import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharingAgrees } from './sharing-agrees.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const check = (edit: Parameters<typeof exampleChat>[0]) => sharingAgrees.check(reviewContext(exampleChat(edit)));

test('no sharing, no selling and no ads pass; sharing "yes" with third-party ads passes', () => {
  assert.deepEqual(
    check(() => {}),
    [],
  );
  assert.deepEqual(
    check((r) => {
      r.sharing = {
        thirdParties: { value: 'no', sources: ['policy'] },
        sellsData: { value: false, sources: ['policy'] },
        advertising: { value: 'first-party', sources: ['policy'] },
        parties: { value: [], sources: ['policy'] },
      };
    }),
    [],
  );
});

test('third-party sharing "no" while selling data and serving third-party ads is refused twice', () => {
  const issues = check((r) => {
    r.sharing.thirdParties = { value: 'no', sources: ['policy'] };
    r.sharing.sellsData = { value: true, sources: ['policy'] };
  });
  assert.equal(issues.length, 2);
  assert.deepEqual(issues[0]?.path, ['sharing', 'thirdParties', 'value']);
  assert.match(issues.map((i) => i.message).join('\n'), /sellsData is true[\s\S]*advertising is "third-party"/);
});
