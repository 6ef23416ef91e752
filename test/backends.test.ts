import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.ts';
import { postgresSkip, createTestDatabase, dropTestDatabases } from '../src/store/test-backends.ts';
import { revisionsOf } from '../src/dataset/import.ts';
import { loadDataset } from '../src/dataset/load.ts';
import { catalogOf } from '../src/dataset/catalog.ts';
import { SiteData } from '../src/web/site-data.ts';
import { createApp } from '../src/web/app.tsx';

after(() => dropTestDatabases());

// Loaded once, so both backends get exactly the same input.
const dataset = loadDataset(new URL('../data', import.meta.url).pathname);
const at = new Date('2026-12-01T12:00:00Z');

async function siteOn(opts: { sqlitePath?: string; databaseUrl?: string }) {
  const store = await openStore(opts);
  await store.migrate();
  await store.importDataset({ catalog: catalogOf(dataset), apps: revisionsOf(dataset) }, { author: 'test', note: 'bundled data', at });
  return { store, app: createApp({ site: new SiteData(store, 0), siteUrl: 'https://privacydefend.test' }) };
}

test('the bundled dataset gives identical scores and pages on SQLite and PostgreSQL', { skip: postgresSkip }, async () => {
  const sqlite = await siteOn({ sqlitePath: ':memory:' });
  const postgres = await siteOn({ databaseUrl: await createTestDatabase() });
  try {
    const a = await sqlite.store.listApps();
    const b = await postgres.store.listApps();
    assert.equal(a.length, b.length);
    assert.deepEqual(
      b.map((r) => [r.slug, r.score, r.label, r.coverage, r.hash]),
      a.map((r) => [r.slug, r.score, r.label, r.coverage, r.hash]),
    );
    for (const path of ['/', ...a.map((r) => `/apps/${r.slug}`)]) {
      const [x, y] = await Promise.all([sqlite.app.request(path), postgres.app.request(path)]);
      assert.equal(y.status, x.status, path);
      assert.equal(await y.text(), await x.text(), `${path} differs between backends`);
    }
  } finally {
    await sqlite.store.close();
    await postgres.store.close();
  }
});
