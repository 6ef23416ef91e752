import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../dataset/load.ts';
import { scoreReview } from '../scoring/score.ts';
import { compareApps } from './compare.ts';
import type { ScoredReview } from '../scoring/ranking.ts';

const dataset = loadDataset('data');
const all: ScoredReview[] = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));
const app = (slug: string): ScoredReview => {
  const found = all.find((a) => a.review.slug === slug);
  if (!found) throw new Error(`no app ${slug}`);
  return found;
};

test('Signal beats Telegram overall and the reason names both scores', () => {
  const cmp = compareApps([app('signal'), app('telegram')]);
  assert.deepEqual(cmp.overall.better, ['signal']);
  assert.match(cmp.overall.why, /^Signal has the higher Safety Score: [\d.]+\/10/);
  assert.match(cmp.overall.why, /Telegram: [\d.]+\/10/);
});

test('every dimension and criterion lists one value per app, in the order asked', () => {
  const cmp = compareApps([app('whatsapp'), app('signal'), app('telegram')]);
  assert.equal(cmp.dimensions.length, 4);
  for (const d of cmp.dimensions) {
    assert.deepEqual(
      d.values.map((v) => v.slug),
      ['whatsapp', 'signal', 'telegram'],
    );
    for (const c of d.criteria)
      assert.deepEqual(
        c.values.map((v) => v.slug),
        ['whatsapp', 'signal', 'telegram'],
      );
  }
});

test('a better app is never one whose fact is unknown, and a winner always earns more than some other app', () => {
  const cmp = compareApps([app('imessage'), app('signal'), app('facebook-messenger'), app('telegram')]);
  for (const d of cmp.dimensions) {
    for (const c of d.criteria) {
      for (const slug of c.better) {
        const v = c.values.find((x) => x.slug === slug);
        assert.equal(v?.status, 'known', `${c.id}: ${slug}`);
        const others = c.values.filter((x) => !c.better.includes(x.slug) && x.status !== 'not-applicable');
        assert.ok(others.length > 0 && others.every((o) => o.fraction === null || o.fraction < (v?.fraction ?? 0)), `${c.id}: ${c.why}`);
      }
      if (c.better.length > 0) assert.match(c.why, /does better|do better/);
    }
  }
});

test('apps of different categories compare on the criteria either has', () => {
  const cmp = compareApps([app('signal'), app('proton-mail')]);
  const controls = cmp.dimensions.find((d) => d.id === 'controls');
  assert.ok(controls && controls.criteria.length > 0);
  for (const c of controls.criteria) assert.equal(c.values.length, 2);
});

test('fewer than two, more than four, or a repeated app is refused', () => {
  assert.throws(() => compareApps([app('signal')]), RangeError);
  assert.throws(() => compareApps(['signal', 'whatsapp', 'telegram', 'threema', 'wire'].map(app)), RangeError);
  assert.throws(() => compareApps([app('signal'), app('signal')]), RangeError);
});
