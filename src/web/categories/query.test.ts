import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCategoryQuery, categoryQueryString } from './query.ts';
import { parseComparePair, parseCompareApps } from '../compare/query.ts';

const known = new Set(['signal', 'facebook-messenger', 'a-vs-b', 'c', 'whatsapp', 'telegram', 'threema']);
const isApp = (s: string) => known.has(s);

test('a compare pair splits on the "-vs-" that leaves two known apps, even when a slug contains hyphens', () => {
  assert.deepEqual(parseComparePair('facebook-messenger-vs-signal', isApp), ['facebook-messenger', 'signal']);
  assert.deepEqual(parseComparePair('a-vs-b-vs-c', isApp), ['a-vs-b', 'c']);
  assert.equal(parseComparePair('signal-vs-signal', isApp), undefined);
  assert.equal(parseComparePair('signal-vs-nope', isApp), undefined);
  assert.equal(parseComparePair('signal', isApp), undefined);
});

test('?apps= accepts commas or repeated parameters, and says what is wrong otherwise', () => {
  assert.deepEqual(parseCompareApps(['signal,whatsapp'], isApp), { ok: true, slugs: ['signal', 'whatsapp'] });
  assert.deepEqual(parseCompareApps(['signal', 'whatsapp', ''], isApp), { ok: true, slugs: ['signal', 'whatsapp'] });
  assert.deepEqual(parseCompareApps([], isApp), { ok: true, slugs: [] });
  const bad = parseCompareApps(['signal,nope'], isApp);
  assert.ok(!bad.ok && bad.message.includes('"nope"'));
  assert.ok(!parseCompareApps(['signal,whatsapp,telegram,threema,c'], isApp).ok);
});

test('category queries: unknown sort or filter names the parameter; equivalent queries share one canonical form', () => {
  const bad = parseCategoryQuery({ sort: ['price'] });
  assert.ok(!bad.ok && bad.parameter === 'sort');
  const badHas = parseCategoryQuery({ has: ['cheap'] });
  assert.ok(!badHas.ok && badHas.parameter === 'has');
  const a = parseCategoryQuery({ has: ['no-tracking', 'e2ee', 'e2ee'] });
  const b = parseCategoryQuery({ has: ['e2ee', 'no-tracking'] });
  assert.ok(a.ok && b.ok);
  assert.equal(categoryQueryString(a.query), categoryQueryString(b.query));
  assert.equal(categoryQueryString(a.query), '?has=e2ee&has=no-tracking');
});
