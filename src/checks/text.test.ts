import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentencesOf } from './text.ts';

test('a sentence starting with a digit is its own sentence', () => {
  assert.deepEqual(sentencesOf('It was reviewed. 2 audits found nothing. Open source.'), ['It was reviewed.', '2 audits found nothing.', 'Open source.']);
});

test('dotted company forms and German and French abbreviations do not end a sentence', () => {
  assert.deepEqual(sentencesOf('Standardmäßig kann FairCode B.V. Ihre E-Mails lesen. Zweiter Satz.'), [
    'Standardmäßig kann FairCode B.V. Ihre E-Mails lesen.',
    'Zweiter Satz.',
  ]);
  assert.deepEqual(sentencesOf('Viber Media S.à r.l. Luxembourg hält sie, z. B. Gruppen. Tresorit N.V. Ihre Daten.'), [
    'Viber Media S.à r.l. Luxembourg hält sie, z. B. Gruppen.',
    'Tresorit N.V. Ihre Daten.',
  ]);
  assert.deepEqual(sentencesOf('Des fonctions, p. ex. Les groupes. Fin.'), ['Des fonctions, p. ex. Les groupes.', 'Fin.']);
});

test('company abbreviations and "e.g." do not end a sentence', () => {
  assert.deepEqual(sentencesOf('TikTok Pte. Ltd. can read them. Some features (e.g. groups) are not. Apple Inc. holds keys.'), [
    'TikTok Pte. Ltd. can read them.',
    'Some features (e.g. groups) are not.',
    'Apple Inc. holds keys.',
  ]);
});

test('a quoted or bracketed sentence after a full stop starts a new sentence', () => {
  assert.deepEqual(sentencesOf('It says so. "We never sell data." (See the policy.)'), ['It says so.', '"We never sell data."', '(See the policy.)']);
});
