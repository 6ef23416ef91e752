import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { REVIEW_FORMAT_VERSION, upgradeFacts } from './format.ts';
import { Review, retirementOf } from './review.ts';

const example = () => parse(readFileSync('test/fixtures/example-chat.yaml', 'utf8')) as Record<string, unknown>;

test('a revision written in format 1 (no history, no settings) upgrades to the current format unchanged and still parses', () => {
  assert.equal(REVIEW_FORMAT_VERSION, 3);
  const v1 = example();
  delete v1.history;
  delete v1.settings;
  const up = upgradeFacts(v1, 1);
  assert.ok(up.ok);
  assert.deepEqual(up.facts, v1);
  assert.ok(Review.safeParse(up.facts).success);
});

test('a revision written in format 2 (no store links) upgrades unchanged and still parses; format 3 adds them', () => {
  const v2 = example();
  delete v2.stores;
  const up = upgradeFacts(v2, 2);
  assert.ok(up.ok);
  assert.deepEqual(up.facts, v2);
  assert.ok(Review.safeParse(up.facts).success);
  const withStores = Review.parse({
    ...example(),
    stores: [{ store: 'google-play', platform: 'android', url: 'https://play.google.com/store/apps/details?id=org.example.chat', sources: ['policy'] }],
  });
  assert.equal(withStores.stores?.[0]?.store, 'google-play');
});

test('a revision from a newer format is refused with "upgrade the program"', () => {
  const up = upgradeFacts(example(), REVIEW_FORMAT_VERSION + 1);
  assert.ok(!up.ok && /upgrade the program/.test(up.reason));
});

test('format 2 records dated ownership and status changes; a retirement marks the app retired', () => {
  const r = Review.parse({
    ...example(),
    history: [
      { date: '2021-12', kind: 'acquired', to: 'Example Holdings', summary: 'Example Holdings bought the app.', sources: ['policy'] },
      { date: '2025-05-01', kind: 'retired', summary: 'The service was shut down.', sources: ['policy'] },
    ],
  });
  assert.equal(retirementOf(r)?.date, '2025-05-01');
  assert.equal(retirementOf(Review.parse(example())), undefined);
});

test('a change that does not say what it changed from or to is refused, naming the field', () => {
  const bad = Review.safeParse({ ...example(), history: [{ date: '2023', kind: 'renamed', to: 'New Name', summary: 'Renamed.', sources: ['policy'] }] });
  assert.ok(!bad.success);
  const issue = bad.error.issues[0];
  assert.deepEqual(issue?.path, ['history', 0, 'from']);
  assert.match(issue?.message ?? '', /what it was before/);
});
