import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues } from './catalogues.ts';
import { elidesBefore, t } from './format.ts';
import { terms } from './terms.ts';

test('French "de" elides before a name that starts with a vowel, and only then', () => {
  assert.equal(t('fr', 'ui.alt.tradeoffs', { app: 'iMessage', alt: 'Olvid' }), 'Points forts et points faibles d’iMessage et d’Olvid, critère par critère');
  assert.equal(t('fr', 'ui.alt.tradeoffs', { app: 'Uber', alt: 'Apple Maps' }), 'Points forts et points faibles d’Uber et d’Apple Maps, critère par critère');
  assert.equal(
    t('fr', 'ui.alt.tradeoffs', { app: 'Signal', alt: 'Yahoo Mail' }),
    'Points forts et points faibles de Signal et de Yahoo Mail, critère par critère',
  );
  assert.equal(t('fr', 'ui.alt.tradeoffs', { app: 'happn', alt: 'HERE WeGo' }), 'Points forts et points faibles de happn et de HERE WeGo, critère par critère');
  assert.equal(t('fr', 'ui.unavailable.h1', { name: 'Ecosia' }), 'L’analyse d’Ecosia est temporairement indisponible');
  assert.equal(t('fr', 'ui.review.encryption', { name: 'Telegram' }), 'Chiffrement et sécurité de Telegram');
  assert.equal(elidesBefore('OneDrive'), false, 'One- is said with a /w/');
  assert.equal(elidesBefore('Élan'), true);
  assert.equal(elidesBefore('1Password'), false);
});

test('the elision mark never reaches a page, and other languages are untouched', () => {
  for (const name of ['iMessage', 'Signal', '']) {
    for (const locale of ['en', 'de', 'fr'] as const) {
      const out = t(locale, 'ui.alt.tradeoffs', { app: name, alt: 'Olvid' });
      assert.ok(!out.includes('\uE000'), out);
    }
  }
  assert.equal(t('de', 'ui.unavailable.h1', { name: 'iMessage' }), 'Der Test von iMessage ist vorübergehend nicht verfügbar');
});

const frTexts = (): [string, string][] => [...Object.entries(catalogues.fr), ...Object.entries(terms.fr)];
const deTexts = (): [string, string][] => [...Object.entries(catalogues.de), ...Object.entries(terms.de)];

test('French punctuation: a no-break space before : and inside « », a narrow one before ; ? !', () => {
  const bad: string[] = [];
  for (const [key, text] of frTexts()) {
    // ICU number skeletons ("::.0"), a name, code written between backticks (`Access-Control-Allow-Origin: *`) and URL schemes
    const plain = text
      .replace(/::/g, '')
      .replace(/ToS;DR/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/https?:\/\//g, '');
    if (/ [;?!:]/.test(plain)) bad.push(`${key}: plain space before punctuation`);
    if (/[^\s\u00a0\u202f][;?!]/.test(plain.replace(/\{[^{}]*\}/g, 'x'))) bad.push(`${key}: no space before ; ? !`);
    if (/[\u00a0][;?!]/.test(plain)) bad.push(`${key}: ; ? ! take the narrow no-break space`);
    if (/[^\s\u00a0\u202f]:/.test(plain)) bad.push(`${key}: no space before :`);
    if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) bad.push(`${key}: « » without no-break spaces`);
    if (/["“”]/.test(text)) bad.push(`${key}: English quotation marks`);
  }
  assert.deepEqual(bad, []);
});

test('German quotation marks are „…“, and a percent sign is held to its number', () => {
  const bad: string[] = [];
  for (const [key, text] of deTexts()) {
    if (/["”«»]/.test(text)) bad.push(`${key}: quotation marks other than „…“`);
    if (/“[^„]*$/.test(text.split('„')[0] ?? '')) bad.push(`${key}: closing “ without an opening „`);
    if (/\} %/.test(text)) bad.push(`${key}: breakable space before %`);
  }
  assert.deepEqual(bad, []);
});
