/**
 * SiteData after a change: only what changed is read and scored again; the
 * other apps keep their parsed review and score, unless the catalog (and so
 * the rubric) changed, which scores every app again.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { bundledStore } from '../../test/support/site.ts';
import type { Store } from '../store/index.ts';
import { SiteData } from './site-data.ts';

let store: Store;
before(async () => {
  store = await bundledStore();
});
after(() => store.close());

async function reviseNotes(slug: string, notes: string): Promise<void> {
  const row = await store.getApp(slug);
  assert.ok(row);
  const facts = structuredClone(row.facts) as { review: { notes?: string } };
  facts.review.notes = notes;
  await store.saveRevision({ ...row, facts }, { author: 'test', note: notes });
}

test('a change of one app re-reads and re-scores that app only', async () => {
  const site = new SiteData(store, 0);
  const first = await site.snapshot();
  assert.ok(first.apps.length > 10);
  await reviseNotes('threema', 'Checked again for the SiteData test.');
  const second = await site.snapshot();
  assert.notEqual(second.version, first.version);
  assert.equal(second.apps.length, first.apps.length);
  for (const app of second.apps) {
    const old = first.bySlug.get(app.review.slug);
    if (app.review.slug === 'threema') {
      assert.notEqual(app, old);
      assert.equal(app.row.revision, (old?.row.revision ?? 0) + 1);
      assert.equal(app.review.review.notes, 'Checked again for the SiteData test.');
    } else {
      assert.equal(app, old, `${app.review.slug} was kept, not rebuilt`);
    }
  }
  assert.equal(second.catalog, first.catalog, 'the unchanged catalog is not parsed again');
  // The page model is rebuilt for the new snapshot (alternatives may have moved).
  assert.notEqual(second.page('signal'), first.page('signal'));
  assert.ok(second.page('threema'));
});

test('a snapshot built incrementally equals one built from scratch', async () => {
  const site = new SiteData(store, 0);
  await site.snapshot();
  await reviseNotes('signal', 'Incremental equals full.');
  const incremental = await site.snapshot();
  const scratch = await new SiteData(store, 0).snapshot();
  assert.equal(incremental.version, scratch.version);
  assert.deepEqual(
    incremental.apps.map((a) => [a.review.slug, a.row.revision, a.score.score, a.score.label]),
    scratch.apps.map((a) => [a.review.slug, a.row.revision, a.score.score, a.score.label]),
  );
  assert.deepEqual(
    incremental.apps.map((a) => a.review),
    scratch.apps.map((a) => a.review),
  );
  assert.deepEqual([...incremental.stats], [...scratch.stats]);
});

test('seeded with what another SiteData held (through V8 serialization), it reads only apps whose revision or hash is another, and equals one built from scratch', async () => {
  const earlier = new SiteData(store, 0);
  await earlier.snapshot();
  const kept = earlier.held();
  assert.ok(kept);
  const held = deserialize(serialize(kept)) as typeof kept;
  await reviseNotes('threema', 'Seeded SiteData.');
  // An entry from another database: the same revision number, another hash.
  const foreign = held.entries.find((e) => e.row.slug === 'signal');
  assert.ok(foreign);
  foreign.row = { ...foreign.row, hash: 'another database' };
  const read: string[] = [];
  const counting = Object.assign(Object.create(store) as Store, {
    currentData: async (h?: Parameters<Store['currentData']>[0]) => {
      const data = await store.currentData(h);
      read.push(...data.apps.map((a) => a.slug));
      return data;
    },
  });
  const seeded = new SiteData(counting, 0);
  seeded.seed(held);
  const snap = await seeded.snapshot();
  assert.deepEqual(read.sort(), ['signal', 'threema']);
  const scratch = await new SiteData(store, 0).snapshot();
  assert.equal(snap.version, scratch.version);
  assert.deepEqual(
    snap.apps.map((a) => [a.row, a.review, a.score]),
    scratch.apps.map((a) => [a.row, a.review, a.score]),
  );
  assert.deepEqual([...snap.stats], [...scratch.stats]);
});

test('a new catalog scores every app again', async () => {
  const site = new SiteData(store, 0);
  const first = await site.snapshot();
  const catalog = await store.catalog();
  assert.ok(catalog);
  const content = structuredClone(catalog.content) as { rubric: { coverage: { minimum: number } } };
  content.rubric.coverage.minimum = Math.min(0.99, content.rubric.coverage.minimum + 0.01);
  const apps = (await store.listApps()).map(({ revision: _r, createdAt: _c, author: _a, note: _n, hash: _h, formatVersion: _f, ...input }) => input);
  await store.importDataset({ catalog: content, apps }, { author: 'test', note: 'rubric change' });
  const second = await site.snapshot();
  assert.notEqual(second.catalog, first.catalog);
  for (const app of second.apps) assert.notEqual(app, first.bySlug.get(app.review.slug), `${app.review.slug} was scored again`);
});
