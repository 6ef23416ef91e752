import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues } from './catalogues.ts';
import { checkCatalogues, placeholders } from './check.ts';
import { t, formatNumber, formatDate, joinList } from './format.ts';

test('the bundled German and French catalogues have every English key, with the same placeholders', () => {
  assert.deepEqual(checkCatalogues(catalogues), []);
});

test('a key missing from a catalogue is named with its language', () => {
  const { 'answer.score': _gone, ...de } = catalogues.de;
  const problems = checkCatalogues({ ...catalogues, de: de as Record<string, string> });
  assert.deepEqual(problems, [{ locale: 'de', key: 'answer.score', message: 'missing: the English catalogue has this key' }]);
});

test('a placeholder renamed, dropped or added in a translation is refused', () => {
  const fr = { ...catalogues.fr, 'answer.score': '{nom} obtient {score, number}/10 ({label}).', 'means.none': '{owner} peut tout lire.' };
  const problems = checkCatalogues({ ...catalogues, fr });
  assert.equal(problems.length, 2);
  assert.match(problems.find((p) => p.key === 'answer.score')?.message ?? '', /placeholders differ: English has \{name\}.*missing \{name\}, unknown \{nom\}/);
  assert.match(problems.find((p) => p.key === 'means.none')?.message ?? '', /missing \{content\}/);
});

test('a translation that is not valid ICU MessageFormat, or is empty, or has a key English lacks, is refused', () => {
  const de = { ...catalogues.de, 'answer.score': '{name erreicht', 'means.none': '  ', 'answer.extra': 'Hallo' };
  const problems = checkCatalogues({ ...catalogues, de });
  assert.deepEqual(
    problems.map((p) => [p.key, p.message.split(':')[0]]),
    [
      ['answer.score', 'not valid ICU MessageFormat'],
      ['means.none', 'empty translation'],
      ['answer.extra', 'not in the English catalogue (a key renamed or removed there?)'],
    ],
  );
});

test('placeholders are found inside plural branches', () => {
  assert.deepEqual([...placeholders('{total, plural, one {# other {singular}} other {# other {plural}}}', 'en')].sort(), ['plural', 'singular', 'total']);
});

test('numbers, dates and lists follow the locale', () => {
  assert.equal(t('en', 'faq.alternatives.item', { name: 'Signal', score: 8.5 }), 'Signal (8.5/10)');
  assert.equal(t('de', 'faq.alternatives.item', { name: 'Signal', score: 8.5 }), 'Signal (8,5/10)');
  assert.equal(t('fr', 'faq.alternatives.item', { name: 'Signal', score: 8.5 }), 'Signal (8,5/10)');
  assert.equal(formatNumber('de', 8.5), '8,5');
  assert.equal(formatDate('en', '2024-05-01'), '2024-05-01');
  assert.equal(formatDate('de', '2024-05-01'), '1. Mai 2024');
  assert.equal(formatDate('fr', '2024-05-01'), '1er mai 2024');
  assert.equal(joinList('en', ['a', 'b', 'c']), 'a, b and c');
  assert.equal(joinList('de', ['a', 'b', 'c']), 'a, b und c');
  assert.equal(joinList('fr', ['a', 'b', 'c']), 'a, b et c');
  assert.equal(t('de', 'data.summary.count', { name: 'X', count: 1 }), 'X erhebt 1 Datenart');
  assert.equal(t('fr', 'data.summary.count', { name: 'X', count: 3 }), 'X collecte 3 types de données');
});
