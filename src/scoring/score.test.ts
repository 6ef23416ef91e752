import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scoreReview, round } from './score.ts';
import { goldenScores } from './golden.ts';
import { factsOf } from '../domain/facts.ts';
import { bundledDataset, reviewWith } from '../../test/support/fixtures.ts';
import type { Review } from '../domain/review.ts';

const dataset = bundledDataset();

function setAt(obj: object, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = obj as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

describe('golden scores', () => {
  test('every bundled app scores exactly as pinned in golden-scores.json', () => {
    const pinned = JSON.parse(readFileSync(new URL('./golden-scores.json', import.meta.url), 'utf8')) as { rubric: string; apps: unknown };
    assert.equal(pinned.rubric, dataset.rubric.version, 'the rubric version changed: re-pin with `npm run golden` and review the diff');
    assert.deepEqual(goldenScores(dataset), pinned.apps, 'scores moved: if intended, run `npm run golden` and review the diff');
  });
});

describe('unknown facts', () => {
  test('turning any known fact of any bundled review into an unknown never raises its score or coverage', () => {
    for (const review of dataset.reviews) {
      const before = scoreReview(review, dataset);
      for (const { path } of factsOf(review)) {
        if (path[0] === 'controversies' || path[0] === 'faq') continue;
        const copy = structuredClone(review) as Review;
        setAt(copy, path, { unknown: 'test' });
        const after = scoreReview(copy, dataset);
        assert.ok(after.coverage <= before.coverage, `${review.slug}: ${path.join('.')} unknown raised coverage`);
        assert.ok(after.base <= before.base + 1e-9, `${review.slug}: ${path.join('.')} unknown raised the score from ${before.base} to ${after.base}`);
      }
    }
  });

  test('below the coverage minimum there is no score, only "Not enough evidence"', () => {
    const review = reviewWith((r) => {
      r.dataCollected = { unknown: 'not published' };
      r.sharing = { thirdParties: { unknown: 'x' }, sellsData: { unknown: 'x' }, advertising: { unknown: 'x' }, parties: { unknown: 'x' } };
      r.encryption.e2ee.content = { unknown: 'x' };
    });
    const result = scoreReview(review, dataset);
    assert.ok(result.coverage < dataset.rubric.coverage.minimum);
    assert.equal(result.score, null);
    assert.equal(result.label, 'Not enough evidence');
  });

  test('a not-applicable criterion neither helps nor hurts', () => {
    const base = scoreReview(reviewWith(), dataset);
    const na = scoreReview(
      reviewWith((r) => {
        r.encryption.forwardSecrecy = { value: 'not-applicable', sources: ['security'] };
      }),
      dataset,
    );
    const crit = na.dimensions.encryption.criteria.find((c) => c.id === 'forward-secrecy');
    assert.equal(crit?.status, 'not-applicable');
    assert.equal(na.coverage >= base.coverage - 0.01, true);
  });
});

describe('the score', () => {
  test('is deterministic and uses the rubric bands: 8.5 reads Excellent', () => {
    const band = dataset.rubric.labels.find((l) => 8.5 >= l.min);
    assert.equal(band?.label, 'Excellent');
    const a = scoreReview(reviewWith(), dataset);
    const b = scoreReview(reviewWith(), dataset);
    assert.deepEqual(a, b);
  });

  test('end-to-end encryption by default scores higher than opt-in, and opt-in higher than none', () => {
    const mode = (value: 'default' | 'opt-in' | 'none') =>
      scoreReview(
        reviewWith((r) => {
          r.encryption.e2ee.content = { value, sources: ['security'] };
        }),
        dataset,
      ).dimensions.encryption.score ?? 0;
    assert.ok(mode('default') > mode('opt-in'));
    assert.ok(mode('opt-in') > mode('none'));
  });

  test('controversies lower the score by at most the published maximum, recent and unresolved ones more', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      date: '2026-01',
      title: 't',
      summary: 's',
      kind: 'breach' as const,
      severity: 'high' as const,
      status: 'ongoing' as const,
      sources: ['news'],
    }));
    const heavy = scoreReview(
      reviewWith((r) => {
        r.controversies = many;
      }),
      dataset,
    );
    assert.equal(heavy.penalty.total, dataset.rubric.controversies.maxPenalty);
    assert.equal(heavy.penalty.capped, true);
    const one = (date: string, status: 'ongoing' | 'resolved') =>
      scoreReview(
        reviewWith((r) => {
          r.controversies = [{ ...(many[0] ?? assert.fail('no controversy')), date, status }];
        }),
        dataset,
      ).penalty.total;
    assert.ok(one('2026-01', 'resolved') > one('2015-01', 'resolved'), 'recent weighs more');
    assert.ok(one('2026-01', 'ongoing') > one('2026-01', 'resolved'), 'unresolved weighs more');
  });

  test('each criterion explains its points with the fact and its sources', () => {
    const result = scoreReview(reviewWith(), dataset);
    const e2ee = result.dimensions.encryption.criteria.find((c) => c.id === 'e2ee-content');
    assert.equal(e2ee?.value, 'on by default');
    assert.deepEqual(e2ee?.sources, ['security']);
    const total = Object.values(result.dimensions)
      .flatMap((d) => d.criteria)
      .reduce((s, c) => s + c.points, 0);
    assert.ok(Math.abs(total - result.base) < 1e-9, 'the explanation adds up to the score before controversies');
  });

  test('round() rounds half up without binary surprises', () => {
    assert.equal(round(8.45), 8.5);
    assert.equal(round(0.35, 1), 0.4);
  });
});
