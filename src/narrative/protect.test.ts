import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReviewPage } from './page.ts';
import { protectSteps, factAt, topProtectStep } from './protect.ts';
import { scoreReview } from '../scoring/score.ts';
import { bundledDataset, reviewWith } from '../../test/support/fixtures.ts';
import type { Review } from '../domain/review.ts';

const dataset = bundledDataset();
const all = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));
const pageOf = (review: Review) => {
  const app = { review, score: scoreReview(review, dataset) };
  return buildReviewPage(app, [...all.filter((a) => a.review.slug !== review.slug), app], dataset);
};

test('readable backups with an encrypted-backups setting advise turning it on, citing the setting’s source', () => {
  const page = pageOf(
    reviewWith((r) => {
      r.encryption.e2ee.backups = { value: 'opt-in', sources: ['security'] };
      r.controls['encrypted-backups'] = { value: 'yes', sources: ['help'] };
    }),
  );
  const step = page.protect.find((s) => s.id === 'turn-on-encrypted-backups');
  assert.ok(step, page.protect.map((s) => s.text).join(' / '));
  assert.match(step.text, /^Turn on end-to-end encrypted backups for Example Chat/);
  assert.deepEqual(step.sources, ['help']);
  assert.ok(step.concerns.includes('provider-readable-backups'));
});

test('no advice for a setting the facts do not show exists', () => {
  const page = pageOf(reviewWith()); // encrypted-backups is "no" in the example
  assert.ok(!page.protect.some((s) => s.id === 'turn-on-encrypted-backups'));
  assert.ok(
    page.concerns.some((c) => c.id === 'provider-readable-backups'),
    'the concern is still there',
  );
});

test('opt-in end-to-end encryption advises turning it on; SMS fallback advises checking the conversation', () => {
  const optIn = pageOf(
    reviewWith((r) => {
      r.encryption.e2ee.content = { value: 'opt-in', sources: ['security'] };
    }),
  );
  assert.ok(optIn.protect.some((s) => s.id === 'use-end-to-end-encrypted-chats'));
  const sms = pageOf(
    reviewWith((r) => {
      r.encryption.exceptions = { value: [{ kind: 'sms-fallback', description: 'SMS to others.', sources: ['security'] }], sources: ['security'] };
    }),
  );
  assert.ok(sms.protect.some((s) => s.id === 'avoid-sms-fallback' && s.sources.includes('security')));
});

test('a step is listed once even when it reduces several concerns, and every bundled step cites a declared source', () => {
  const steps = protectSteps(
    reviewWith(),
    [
      { id: 'advertising', tone: 'bad', text: '', sources: [], facts: [], covers: [] },
      { id: 'tracking', tone: 'bad', text: '', sources: [], facts: [], covers: [] },
    ],
    { advice: [{ id: 'x', concerns: ['advertising', 'tracking'], when: { fact: 'controls.delete-account', in: ['yes'] }, text: 'Do {name}.' }] },
  );
  assert.deepEqual(
    steps.map((s) => [s.id, s.text, s.concerns]),
    [['x', 'Do Example Chat.', ['advertising', 'tracking']]],
  );
  for (const a of all) {
    const page = buildReviewPage(a, all, dataset);
    for (const s of page.protect) for (const id of s.sources) assert.ok(a.review.sources[id], `${a.review.slug}: ${id}`);
  }
  const fact = factAt(reviewWith(), 'encryption.e2ee.content');
  assert.ok(fact && 'value' in fact && fact.sources[0] === 'security');
});

test("an app's own setting is named, with where to find it, and cites the vendor's help page before the fact's sources", () => {
  const review = reviewWith((r) => {
    r.encryption.e2ee.backups = { value: 'opt-in', sources: ['security'] };
    r.controls['encrypted-backups'] = { value: 'yes', sources: ['help'] };
    r.settings = [{ advice: 'turn-on-encrypted-backups', name: 'Vault Backup', where: 'Settings > Chats > Backup', sources: ['security'] }];
  });
  const step = pageOf(review).protect.find((s) => s.id === 'turn-on-encrypted-backups') ?? assert.fail('no backup step');
  assert.equal(step.text, 'Turn on Vault Backup (Settings > Chats > Backup) for Example Chat: until you do, your backups are not end-to-end encrypted.');
  assert.deepEqual(step.sources, ['security', 'help']);
});

test('a feature you choose each time is worded as one to use; a switch as one to turn on', () => {
  const optIn = (kind?: 'feature' | 'switch') =>
    reviewWith((r) => {
      r.encryption.e2ee.content = { value: 'opt-in', sources: ['security'] };
      r.settings = [{ advice: 'use-end-to-end-encrypted-chats', name: 'Private Rooms', ...(kind ? { kind } : {}), sources: ['help'] }];
    });
  const feature = pageOf(optIn('feature')).protect.find((s) => s.id === 'use-end-to-end-encrypted-chats');
  assert.match(
    feature?.text ?? '',
    /^Use Private Rooms in Example Chat for every conversation you want to keep private: messages elsewhere are not end-to-end encrypted/,
  );
  const toggle = pageOf(optIn()).protect.find((s) => s.id === 'use-end-to-end-encrypted-chats');
  assert.match(toggle?.text ?? '', /^Turn on Private Rooms for Example Chat: until you do, .* can read your messages\.$/);
});

test('a setting whose advice the facts do not support is not named (the generic advice stays away too)', () => {
  const review = reviewWith((r) => {
    r.settings = [{ advice: 'turn-on-encrypted-backups', name: 'Vault Backup', sources: ['help'] }]; // encrypted-backups is "no"
  });
  assert.ok(!pageOf(review).protect.some((s) => s.text.includes('Vault Backup')));
});

test('the bundled apps name their own settings: Advanced Data Protection, Send as Text Message, Secret Chats, end-to-end encrypted backup', () => {
  const stepsOf = (slug: string) => {
    const a = all.find((x) => x.review.slug === slug) ?? assert.fail(`no ${slug}`);
    return buildReviewPage(a, all, dataset).protect;
  };
  const adp = stepsOf('imessage').find((s) => s.id === 'turn-on-encrypted-backups');
  assert.match(adp?.text ?? '', /^Turn on Advanced Data Protection for iMessage/);
  assert.ok(adp?.sources.includes('apple-adp-help'));
  const sms = stepsOf('imessage').find((s) => s.id === 'avoid-sms-fallback');
  assert.match(sms?.text ?? '', /^Turn off Send as Text Message \(Settings > Apps > Messages\) in iMessage/);
  assert.ok(sms?.sources.includes('bgr-cisa-sms-fallback'));
  assert.match(stepsOf('telegram').find((s) => s.id === 'use-end-to-end-encrypted-chats')?.text ?? '', /^Use Secret Chats in Telegram/);
  assert.match(stepsOf('whatsapp').find((s) => s.id === 'turn-on-encrypted-backups')?.text ?? '', /^Turn on End-to-end encrypted backup for WhatsApp/);
  assert.match(
    stepsOf('icloud-drive').find((s) => s.id === 'use-end-to-end-encrypted-chats')?.text ?? '',
    /^Turn on Advanced Data Protection for iCloud Drive: until you do, Apple Inc\. can read your files\./,
  );
});

test('the step most worth doing reduces the most concerns; of equals, the first concern’s', () => {
  const step = (id: string, concerns: string[]) => ({ id, text: id, sources: [], concerns, facts: [] });
  assert.equal(topProtectStep([]), null);
  assert.equal(topProtectStep([step('a', ['x']), step('b', ['y'])])?.id, 'a');
  assert.equal(topProtectStep([step('a', ['x']), step('b', ['y', 'z'])])?.id, 'b');
  const page = pageOf(
    reviewWith((r) => {
      r.encryption.e2ee.backups = { value: 'opt-in', sources: ['security'] };
      r.controls['encrypted-backups'] = { value: 'yes', sources: ['help'] };
    }),
  );
  assert.ok(page.topProtect && page.protect.includes(page.topProtect), 'the summary’s step is one of the section’s');
});
