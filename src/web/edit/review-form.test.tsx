/** The generated form reads back exactly what it shows: every bundled review survives a round trip through its fields. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../../dataset/load.ts';
import { canonicalJson } from '../../domain/canonical.ts';
import { Review } from '../../domain/review.ts';
import { renderHtml } from '../http/render.ts';
import { ReviewFields, reviewFields, reviewFromForm } from './review-form.tsx';
import { formFields } from './test-form.ts';

describe('the review form', () => {
  it('reads every bundled review back unchanged from the fields it renders (lists as rows, no YAML box)', async () => {
    const { reviews } = loadDataset('data');
    assert.ok(reviews.length > 50);
    for (const { file: _file, ...review } of reviews) {
      const html = await renderHtml(
        <form method="post" action="/x">
          <ReviewFields node={reviewFields(review)} review={review} problems={new Map()} />
        </form>,
      );
      assert.ok(!html.includes('(YAML)'), `${review.slug}: a field fell back to YAML`);
      const { value, problems } = reviewFromForm(formFields(html, '/x'), review);
      assert.equal(problems.size, 0, review.slug);
      const parsed = Review.safeParse(value);
      assert.ok(parsed.success, `${review.slug}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
      assert.equal(canonicalJson(parsed.data), canonicalJson(Review.parse(review)), review.slug);
    }
  });
});
