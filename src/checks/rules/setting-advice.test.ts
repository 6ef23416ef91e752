import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settingAdvice } from './setting-advice.ts';
import { bundled, exampleChat, reviewContext } from '../test-fixtures.ts';

test("the bundled apps' own settings are all shown on their pages", () => {
  for (const review of bundled().reviews) assert.deepEqual(settingAdvice.check(reviewContext(review)), [], review.file);
});

test('a setting the facts contradict, a second setting for one advice, and advice that cannot name a setting are refused', () => {
  const review = exampleChat((r) => {
    r.settings = [
      { advice: 'turn-on-encrypted-backups', name: 'Vault Backup', sources: ['help'] }, // encrypted-backups is "no"
      { advice: 'turn-on-encrypted-backups', name: 'Vault Backup 2', sources: ['help'] },
    ];
  });
  const issues = settingAdvice.check(reviewContext(review));
  assert.ok(
    issues.some((i) => /controls\.encrypted-backups is yes or partial; here it is "no"/.test(i.message)),
    JSON.stringify(issues),
  );
  assert.ok(issues.some((i) => /a second setting/.test(i.message)));
  const taxonomy = {
    ...bundled().taxonomy,
    advice: [{ id: 'plain', concerns: ['tracking'], when: { fact: 'controls.delete-account', in: ['yes'] }, text: 'x' }],
  };
  const plain = exampleChat((r) => {
    r.settings = [{ advice: 'plain', name: 'Something', sources: ['help'] }];
  });
  assert.match(settingAdvice.check({ ...reviewContext(plain), taxonomy })[0]?.message ?? '', /has no sentence naming an app's own setting/);
});

test('a setting its facts support passes', () => {
  const review = exampleChat((r) => {
    r.controls['encrypted-backups'] = { value: 'yes', sources: ['help'] };
    r.settings = [{ advice: 'turn-on-encrypted-backups', name: 'Vault Backup', sources: ['help'] }];
  });
  assert.deepEqual(settingAdvice.check(reviewContext(review)), []);
});
