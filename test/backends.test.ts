import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite } from './support/site.ts';
import { postgresSkip, createTestDatabase, dropTestDatabases } from '../src/store/test-backends.ts';

after(() => dropTestDatabases());

test('the bundled dataset gives identical scores and pages on SQLite and PostgreSQL', { skip: postgresSkip }, async () => {
  const sqlite = await bundledSite({ sqlitePath: ':memory:' });
  const postgres = await bundledSite({ databaseUrl: await createTestDatabase() });
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
