import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { calibration, describeInversion } from './calibration.ts';
import { bundledDataset } from '../../test/support/fixtures.ts';
import type { Dataset } from '../domain/dataset.ts';

const dataset = bundledDataset();

/** The bundled dataset with extra verdicts (the reviews are shared, not copied). */
function withVerdicts(extra: Dataset['verdicts']): Dataset {
  return { ...dataset, verdicts: [...dataset.verdicts, ...extra] };
}

describe('calibration against expert consensus', () => {
  test('has verdicts on both sides, and at least one category where an inversion inside it can be detected', () => {
    const result = calibration(dataset);
    assert.ok(result.recommended.length >= 3, 'the calibration needs scored apps that experts recommend');
    assert.ok(result.warned.length >= 3, 'the calibration needs apps that experts warn about');
    assert.ok(result.comparableCategories.length >= 1, 'no category has both a recommended and a warned app');
  });

  test('an inversion can be detected inside messaging, search engines and social networks (the set may grow, never shrink)', () => {
    const { comparableCategories } = calibration(dataset);
    for (const c of ['messaging', 'search-engines', 'social'])
      assert.ok(comparableCategories.includes(c), `${c} lost its recommended or its warned apps: ${comparableCategories.join(', ')}`);
  });

  test('inside every category, each scored app experts recommend outscores each app they warn about', () => {
    const inside = calibration(dataset).inversions.filter((i) => i.sameCategory);
    assert.deepEqual(inside.map(describeInversion), []);
  });

  test('across categories too, each scored app experts recommend outscores each app a privacy reviewer warns about', () => {
    // Regulators' decisions are compared inside their category only: a fine or a block judges one unlawful practice,
    // and the criteria that apply differ between categories (see the report for the cross-category inversions they show).
    const across = calibration(dataset).inversions.filter((i) => !i.sameCategory && i.warned.by !== 'regulator');
    assert.deepEqual(across.map(describeInversion), []);
  });

  test('an app experts warn about that outscores a recommended app of its own category is reported as an inversion inside that category', () => {
    const before = calibration(dataset);
    const best = [...before.recommended].sort((a, b) => b.score - a.score)[0];
    assert.ok(best, 'there is a scored recommended app');
    // Warn about the best-scoring recommended app's weakest scored neighbour in the same category: a deliberate inversion.
    const neighbours = before.recommended.filter((r) => r.category === best.category && r.app !== best.app);
    const target = neighbours.length > 0 ? best : undefined;
    assert.ok(target, `the category ${best.category} has a second recommended app to compare with`);
    const weakest = [...neighbours].sort((a, b) => a.score - b.score)[0] ?? assert.fail('no second recommended app');
    const after = calibration(
      withVerdicts([
        {
          app: target.app,
          verdict: 'warning',
          by: 'regulator',
          url: 'https://example.org/decision',
          title: 'A test decision',
          read: '2026-12-01',
          file: 'test',
        },
      ]),
    );
    const found = after.inversions.filter((i) => i.sameCategory && i.warned.app === target.app && i.recommended.app === weakest.app);
    assert.equal(found.length, 1, 'the injected inversion is found');
    assert.match(describeInversion(found[0] ?? assert.fail('no inversion found')), new RegExp(`${weakest.app} .* does not outscore ${target.app}`));
  });

  test('a recommended app that cannot be scored is left out rather than counted as zero', () => {
    const unscored = dataset.reviews.find(
      (r) =>
        !calibration({
          ...dataset,
          verdicts: [{ app: r.slug, verdict: 'recommended', by: 'privacy-guides', url: 'https://example.org', title: 't', read: '2026-12-01', file: 'test' }],
        }).recommended.length,
    );
    assert.ok(unscored, 'the bundled data has an app below the coverage minimum');
    const result = calibration(
      withVerdicts([
        { app: unscored.slug, verdict: 'recommended', by: 'privacy-guides', url: 'https://example.org', title: 't', read: '2026-12-01', file: 'test' },
      ]),
    );
    assert.ok(!result.recommended.some((r) => r.app === unscored.slug));
  });
});
