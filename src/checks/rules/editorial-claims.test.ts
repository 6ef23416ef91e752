import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorialClaims } from './editorial-claims.ts';
import { exampleChat, reviewContext } from '../test-fixtures.ts';

const withNotes = (notes: string) =>
  exampleChat((r) => {
    r.review.notes = notes;
  });
const messages = (notes: string) => editorialClaims.check(reviewContext(withNotes(notes))).map((i) => i.message);

test('notes that agree with the facts pass', () => {
  assert.deepEqual(messages('Example Chat is closed source and shares data with advertisers. Messages are end-to-end encrypted by default.'), []);
});

test('"open source" in notes about a closed-source app is an error', () => {
  assert.match(messages('Example Chat is open source.').join('\n'), /"open-source" claim, but app.clientOpenSource is "no"/);
});

test('"audited" while no audit is recorded is an error', () => {
  assert.match(messages('The app has been independently audited.').join('\n'), /"audited" claim, but app.audits records no audit/);
});

test('"end-to-end encrypted by default" for groups that are opt-in is an error', () => {
  assert.match(messages('Group chats are end-to-end encrypted by default.').join('\n'), /encryption.e2ee.groups is "opt-in"/);
});

test('"not even the company can read" with provider-readable backups is an error', () => {
  assert.match(messages('Not even Example Corp. can read your messages.').join('\n'), /provider-readable-backups/);
});

test('"never shares your data" while sharing with third parties is an error, in a FAQ answer too', () => {
  const review = exampleChat((r) => {
    r.faq = [{ question: 'Does it share my data?', answer: 'Example Corp. never shares your data with anyone.', sources: ['policy'] }];
  });
  const issues = editorialClaims.check(reviewContext(review));
  assert.deepEqual(
    issues.map((i) => i.path),
    [['faq', 0, 'answer']],
  );
  assert.match(issues[0]?.message ?? '', /sharing.thirdParties is "yes"/);
});

test('a controversy summary is checked too', () => {
  const review = exampleChat((r) => {
    const c = r.controversies[0];
    if (c) c.summary = 'Example Corp. said it does not use your data for advertising.';
  });
  assert.deepEqual(
    editorialClaims.check(reviewContext(review)).map((i) => i.path),
    [['controversies', 0, 'summary']],
  );
});

test('an unknown fact never supports a claim: "Open source and audited" with both unknown is refused twice', () => {
  const review = exampleChat((r) => {
    r.app.clientOpenSource = { unknown: 'The licence is not stated.' };
    r.app.audits = { unknown: 'No audit found.' };
    r.review.notes = 'Open source and audited.';
  });
  const text = editorialClaims
    .check(reviewContext(review))
    .map((i) => i.message)
    .join('\n');
  assert.match(text, /"open-source" claim, but app.clientOpenSource is unknown/);
  assert.match(text, /"audited" claim, but app.audits is unknown/);
});

test('an attributed or quoted statement about an unknown fact is not a claim', () => {
  const review = exampleChat((r) => {
    r.app.clientOpenSource = { unknown: 'The licence is not stated.' };
    r.review.notes = 'Example Corp. says the app is open source, but we could not verify it.';
  });
  assert.deepEqual(editorialClaims.check(reviewContext(review)), []);
});

test('universal claims are end-to-end claims too: "all chats are end-to-end encrypted" with opt-in groups is refused', () => {
  assert.match(messages('All group chats are end-to-end encrypted.').join('\n'), /encryption.e2ee.groups is "opt-in"/);
  assert.match(messages('Everything you send is always end-to-end encrypted, including backups.').join('\n'), /e2ee-by-default/);
});

test('a claim after a negation elsewhere is still a claim, and the message quotes the right sentence', () => {
  const review = exampleChat((r) => {
    r.sharing.thirdParties = { value: 'no', sources: ['policy'] };
    r.sharing.advertising = { value: 'none', sources: ['policy'] };
    r.review.notes = 'Your data is never shared with advertisers. 1Password-style vaults are open source.';
  });
  const issues = editorialClaims.check(reviewContext(review));
  assert.equal(issues.length, 1, issues.map((i) => i.message).join('\n'));
  assert.match(issues[0]?.message ?? '', /^"1Password-style vaults are open source\." is a "open-source" claim/);
  assert.match(messages('It never shares data, and the app is open source.').join('\n'), /"open-source" claim/);
});
