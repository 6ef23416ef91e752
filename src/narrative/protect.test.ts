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
