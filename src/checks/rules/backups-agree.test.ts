import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backupsAgree } from './backups-agree.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

type Mode = 'default' | 'opt-in' | 'none';
const check = (backups: Mode, control: 'yes' | 'no' | 'partial') =>
  backupsAgree.check(
    reviewContext(
      exampleChat((r) => {
        r.encryption.e2ee.backups = { value: backups, sources: ['security'] };
        r.controls['encrypted-backups'] = { value: control, sources: ['help'] };
      }),
    ),
  );

test('the control is "yes" when backups are end-to-end encrypted by default or opt-in, "no" when they are not', () => {
  assert.deepEqual(check('default', 'yes'), []);
  assert.deepEqual(check('opt-in', 'yes'), []);
  assert.deepEqual(check('opt-in', 'partial'), []);
  assert.deepEqual(check('none', 'no'), []);
});

test('an offered control while backups are not end-to-end encrypted is refused', () => {
  const issues = check('none', 'yes');
  assert.deepEqual(
    issues.map((i) => i.path),
    [['controls', 'encrypted-backups', 'value']],
  );
  assert.match(issues[0]?.message ?? '', /backups is "none"/);
});

test('"no" while backups are opt-in is refused: an opt-in setting is the control offered', () => {
  assert.match(check('opt-in', 'no')[0]?.message ?? '', /an opt-in setting counts as the control being offered/);
  assert.equal(check('default', 'no').length, 1);
});
