/** The generated form reads back exactly what it shows: every bundled review survives a round trip through its fields. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../../dataset/load.ts';
import { canonicalJson } from '../../domain/canonical.ts';
import { z } from 'zod';
import { fact, Review } from '../../domain/review.ts';
import { renderHtml } from '../http/render.ts';
import { catalogues, t } from '../../i18n/index.ts';
import { fieldLabelKeys, ReviewFields, reviewFields, reviewFromForm } from './review-form.tsx';
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

  it('labels every field of the review schema in the field-label catalogue, and no label is left over', () => {
    const keys = fieldLabelKeys();
    // the walk reaches the schema's deepest fields: a fact's value objects, the sources' archived copy, the controversies' translations
    for (const key of ['slug', 'encryption.inTransit', 'app.audits.value.by', 'sources.archived.date', 'controversies.translations.fr.summary'])
      assert.ok(keys.has(key), `the walk reaches ${key}`);
    const missing = [...keys].filter((k) => !(`edit.field.${k}` in catalogues.en));
    assert.deepEqual(missing, [], 'fields of src/domain/review.ts without a label in src/i18n/messages/edit/fields/en.ts');
    // a field added to the schema is caught, inside a fact's value as anywhere
    const grown = Review.extend({ newField: z.string(), encryption: Review.shape.encryption.extend({ quantumSafe: fact(z.boolean()) }) });
    const newKeys = [...fieldLabelKeys(grown)].filter((k) => !(`edit.field.${k}` in catalogues.en));
    assert.deepEqual(newKeys.sort(), ['encryption.quantumSafe', 'newField']);
    const unused = Object.keys(catalogues.en).filter((k) => k.startsWith('edit.field.') && !keys.has(k.slice('edit.field.'.length)));
    assert.deepEqual(unused, [], 'labels of fields the schema no longer has');
  });

  it('shows each field with its label in the page language and its path as code', async () => {
    const { reviews } = loadDataset('data');
    const { file: _file, ...review } = reviews.find((r) => r.slug === 'signal') ?? reviews[0] ?? { file: '' };
    for (const locale of ['en', 'de', 'fr'] as const) {
      const html = await renderHtml(<ReviewFields node={reviewFields(review)} review={review} problems={new Map()} locale={locale} />);
      const label = t(locale, 'edit.field.encryption.inTransit');
      assert.ok(html.includes(`<legend>${label} <code class="field-path">encryption.inTransit</code></legend>`), `${locale}: ${label}`);
      assert.ok(html.includes(`${t(locale, 'edit.field.sources.url')} <code class="field-path">sources.`), `${locale}: a source's address`);
      if (locale !== 'en') {
        assert.notEqual(label, t('en', 'edit.field.encryption.inTransit'));
        assert.ok(!html.includes('>Add a row to '), `${locale}: no English row button`);
        assert.ok(!html.includes('> known</label>'), `${locale}: no English fact state`);
      }
    }
  });
});
