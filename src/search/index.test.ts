import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../dataset/load.ts';
import { scoreReview } from '../scoring/score.ts';
import { buildSearchIndex, searchApps, searchDocuments } from './index.ts';

const dataset = loadDataset('data');
const data = { apps: dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) })), catalog: dataset };
const index = buildSearchIndex(data);
const slugs = (q: string) => searchApps(index, q).map((h) => h.slug);

test('a typo in a name still finds the app first', () => {
  assert.equal(slugs('signl')[0], 'signal');
  assert.equal(slugs('whatsap')[0], 'whatsapp');
});

test('the start of a name finds the app', () => {
  assert.equal(slugs('whats')[0], 'whatsapp');
  assert.equal(slugs('sig')[0], 'signal');
});

test('an owner finds its apps', () => {
  const meta = slugs('meta');
  for (const slug of ['whatsapp', 'instagram', 'facebook-messenger']) assert.ok(meta.includes(slug), `${slug} in ${meta.join(', ')}`);
});

test('a category name finds the apps of the category', () => {
  const vpns = slugs('vpn');
  assert.ok(vpns.includes('mullvad-vpn') && vpns.includes('proton-vpn'));
});

test('an empty or blank query finds nothing, and nonsense finds nothing', () => {
  assert.deepEqual(slugs(''), []);
  assert.deepEqual(slugs('   '), []);
  assert.deepEqual(slugs('zzqxv'), []);
});

test('every app is indexed once', () => {
  const docs = searchDocuments(data);
  assert.equal(docs.length, dataset.reviews.length);
  assert.equal(new Set(docs.map((d) => d.slug)).size, docs.length);
});
