import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../dataset/load.ts';
import { revisionsOf } from '../../dataset/import.ts';
import { scoreReview } from '../../scoring/score.ts';
import { AppReview } from './api.ts';
import { AppHistory } from './history-api.ts';
import { ChangeList } from '../changes/api.ts';
import { testApi, type TestApi } from '../../../test/support/site.ts';
import { htmlEscaped } from '../../../test/support/html.ts';

let t: TestApi;
const dataset = loadDataset('data');
before(async () => {
  t = await testApi();
});
after(() => t.close());

async function review(slug: string) {
  const { res, body } = await t.get(`/api/v1/apps/${slug}`);
  assert.equal(res.status, 200);
  return AppReview.parse(body);
}

test("every app's review matches its schema, with four dimensions and every cited source present", async () => {
  for (const { slug } of dataset.reviews) {
    const r = await review(slug);
    assert.equal(r.dimensions.length, 4);
    for (const d of r.dimensions) for (const c of d.criteria) for (const s of c.sources) assert.ok(r.sources[s], `${slug}: ${c.id} cites ${s}`);
    for (const line of r.explanation.penalty.lines) for (const s of line.sources) assert.ok(r.sources[s], `${slug}: controversy cites ${s}`);
  }
});

test('the explanation adds up to the score', async () => {
  const r = await review('signal');
  const points = r.dimensions.flatMap((d) => d.criteria).reduce((s, c) => s + c.points, 0);
  const max = r.dimensions.flatMap((d) => d.criteria).reduce((s, c) => s + c.maxPoints, 0);
  assert.ok(r.score !== null);
  assert.ok(Math.abs((10 * points) / max - r.explanation.penalty.total - r.score) < 0.15, `${points}/${max} − ${r.explanation.penalty.total} ≈ ${r.score}`);
  assert.match(r.explanation.summary.at(-1) ?? '', new RegExp(`Safety Score: ${r.score}/10`));
});

test('the review carries the narrative exactly as the page renders it: answer, findings with fact paths and sources, protect steps, FAQ', async () => {
  const r = await review('imessage');
  const { res, body } = await t.get('/apps/imessage');
  assert.equal(res.status, 200);
  const html = String(body).replace(/<sup[\s\S]*?<\/sup>/g, '');
  const shows = (text: string) => html.includes(htmlEscaped(text));
  assert.ok(r.answer.length > 0 && shows(r.answer.split('. ')[0] ?? '-'), r.answer);
  assert.ok(r.findings.concerns.length > 0 && r.findings.good.length > 0);
  for (const f of [...r.findings.good, ...r.findings.concerns]) {
    assert.ok(shows(f.text), `the page shows "${f.text}"`);
    assert.ok(f.facts.length > 0, `"${f.text}" names its facts`);
    for (const s of f.sources) assert.ok(r.sources[s], `${f.text} cites ${s}`);
  }
  assert.ok(r.protect.length > 0 && r.protect.every((p) => shows(p.text) && p.sources.every((s) => r.sources[s])));
  assert.ok(r.faq.length > 0 && r.faq.every((q) => shows(q.question)));
  const spec = (await t.get('/api/v1/openapi.json')).body as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
  const props = Object.values(spec.components.schemas).find((sc) => sc.properties && 'findings' in sc.properties && 'protect' in sc.properties);
  assert.ok(props, 'the OpenAPI document describes answer, findings, protect and faq');
});

/** A page's visible text as the page writes it: citation numbers and tags dropped, entities kept (compare with htmlEscaped). */
const pageText = (html: string) => html.replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '');

test('in every language the narrative fields say exactly what the page shows: answer, findings, protect steps, FAQ questions and answers', async () => {
  const missing: string[] = [];
  for (const slug of ['imessage', 'telegram', 'notion']) {
    for (const [lang, prefix] of [
      ['en', ''],
      ['de', '/de'],
      ['fr', '/fr'],
    ] as const) {
      const r = AppReview.parse((await t.get(`/api/v1/apps/${slug}?lang=${lang}`)).body);
      const page = await t.get(`${prefix}/apps/${slug}`);
      assert.equal(page.res.status, 200);
      const text = pageText(String(page.body));
      const shown = (what: string, s: string) => {
        if (!text.includes(htmlEscaped(s))) missing.push(`${lang}/${slug} ${what}: "${s}"`);
      };
      shown('answer', r.answer);
      for (const f of [...r.findings.good, ...r.findings.concerns]) shown('finding', f.text);
      for (const p of r.protect) shown('step', p.text);
      for (const q of r.faq) {
        shown('question', q.question);
        shown('answer', q.answer);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('the API gives each criterion its value in words and no undocumented field', async () => {
  const { body } = await t.get('/api/v1/apps/telegram');
  const criteria = (body as { dimensions: { criteria: Record<string, unknown>[] }[] }).dimensions.flatMap((d) => d.criteria);
  assert.ok(criteria.length > 0);
  for (const c of criteria)
    assert.deepEqual(Object.keys(c).sort(), ['facts', 'fraction', 'id', 'label', 'maxPoints', 'points', 'sources', 'status', 'value', 'weight']);
});

test('alternatives are apps of the same category with a higher score', async () => {
  const r = await review('telegram');
  assert.ok(r.alternatives.length > 0);
  for (const alt of r.alternatives) {
    const other = await review(alt.slug);
    assert.equal(other.category.id, r.category.id);
    assert.ok(other.score !== null && r.score !== null && other.score > r.score);
  }
});

test('a new revision shows in the review, its history (with what changed) and the recent changes', async () => {
  const before = await review('whatsapp');
  const base = dataset.reviews.find((x) => x.slug === 'whatsapp');
  assert.ok(base);
  const { file: _file, ...current } = base;
  const changed = { ...current, app: { ...current.app, clientOpenSource: { value: 'no' as const, sources: ['wa-privacy-glance'] } } };
  const input = revisionsOf({ ...dataset, reviews: [{ ...changed, file: 'apps/whatsapp.yaml' }] })[0];
  assert.ok(input);
  await t.store.saveRevision(input, { author: 'editor', note: 'Client licence checked' });
  const score = scoreReview(changed, dataset);

  const after = await review('whatsapp');
  assert.equal(after.revision, before.revision + 1);
  assert.deepEqual(after.review.app.clientOpenSource, { value: 'no', sources: ['wa-privacy-glance'] });
  assert.equal(after.score, score.score);

  const { body } = await t.get('/api/v1/apps/whatsapp/history');
  const history = AppHistory.parse(body);
  assert.deepEqual(
    history.revisions.map((r) => r.revision),
    [2, 1],
  );
  const latest = history.revisions[0];
  assert.equal(latest?.note, 'Client licence checked');
  assert.deepEqual(
    latest?.changes.facts.map((f) => f.path),
    ['app.clientOpenSource'],
  );
  assert.equal(latest?.changes.facts[0]?.before, 'unknown');
  assert.equal(latest?.previousScore, before.score);

  const changes = ChangeList.parse((await t.get('/api/v1/changes?limit=5')).body);
  const entry = changes.data[0];
  assert.equal(entry?.slug, 'whatsapp');
  assert.equal(entry?.revision, 2);
  assert.deepEqual(entry?.factsChanged, ['app.clientOpenSource']);
  assert.equal(entry?.previousScore, before.score);
  assert.match(entry?.summary ?? '', /^WhatsApp: Score (unchanged|up|down)/);
});

test('a failure inside a route is a 500 problem that leaks nothing', async () => {
  const original = t.store.history;
  t.store.history = async () => {
    throw new Error('SELECT secret FROM app_revision at /srv/db.ts:12');
  };
  const logged: unknown[] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    const { res, body } = await t.get('/api/v1/apps/signal/history');
    assert.equal(res.status, 500);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.doesNotMatch(JSON.stringify(body), /secret|db\.ts|SELECT/);
    assert.equal(logged.length, 1, 'the error is logged');
  } finally {
    console.error = log;
    t.store.history = original;
  }
});

test('a source read from an archive carries its archived copy, and stale core facts are listed with the source and the limit', async () => {
  const telegram = await review('telegram');
  const policy = telegram.sources['tg-privacy'];
  assert.equal(policy?.url, 'https://telegram.org/privacy');
  assert.match(policy?.archived?.url ?? '', /^https:\/\/github\.com\/OpenTermsArchive\/contrib-versions\/blob\/[0-9a-f]{40}\/Telegram\//);
  assert.equal(policy?.archived?.date, '2026-08-22');
  assert.deepEqual(telegram.stale, [], 'Telegram was re-read from the August 2026 policy');

  const dropbox = await review('dropbox');
  const stale = dropbox.stale.find((s) => s.source === 'db-pp-ota');
  assert.ok(stale, 'the 2015 Dropbox policy is older than three years before the review');
  assert.equal(stale.newest, '2015-11-04');
  assert.equal(stale.limit, '2023-11-28');
  assert.ok(dropbox.stale.every((s) => s.newest < s.limit));
});

test('?lang=de and ?lang=fr give the narrative fields in German and French; the facts stay as they are; a bad lang is a 400 naming it', async () => {
  const en = await review('imessage');
  const { res, body } = await t.get('/api/v1/apps/imessage?lang=de');
  assert.equal(res.status, 200);
  const de = AppReview.parse(body);
  assert.equal(en.lang, 'en');
  assert.equal(de.lang, 'de');
  assert.match(de.answer, /Ende-zu-Ende-verschlüsselt/);
  assert.notEqual(de.answer, en.answer);
  assert.equal(de.findings.concerns.length, en.findings.concerns.length);
  assert.deepEqual(
    de.findings.concerns.map((f) => f.facts),
    en.findings.concerns.map((f) => f.facts),
  );
  assert.deepEqual(de.review, en.review);
  assert.equal(de.score, en.score);
  const fr = AppReview.parse((await t.get('/api/v1/apps/imessage?lang=fr')).body);
  assert.match(fr.faq[0]?.question ?? '', /^iMessage est-il sûr/);
  const bad = await t.get('/api/v1/apps/imessage?lang=es');
  assert.equal(bad.res.status, 400);
  assert.equal(bad.res.headers.get('content-type'), 'application/problem+json');
  assert.deepEqual(
    (bad.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name),
    ['lang'],
  );
});
