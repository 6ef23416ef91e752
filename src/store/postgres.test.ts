/** What only PostgreSQL has: several processes (here, several pools) sharing one database, and a server that may be down. */
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { after, describe, it } from 'node:test';
import { openStore, StoreConnectionError, type Store } from './index.ts';
import { describePostgresUrl } from './postgres-connection.ts';
import { createTestDatabase, dropTestDatabases, postgresSkip } from './test-backends.ts';
import { appInput, editor } from './test-fixtures.ts';

after(dropTestDatabases);

/** Generous pool waits: these tests queue many writers on purpose, on machines of any speed. */
const patientPool = { max: 10, connectionTimeoutMillis: 300_000, statementTimeoutMillis: 300_000 };

async function withStores(count: number, fn: (stores: Store[], url: string) => Promise<void>): Promise<void> {
  const url = await createTestDatabase();
  const stores: Store[] = [];
  try {
    for (let i = 0; i < count; i++) stores.push(await openStore({ databaseUrl: url, pool: patientPool }));
    await fn(stores, url);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

describe('PostgreSQL connection errors', () => {
  it('an unreachable server is named by host, port and database, never by password', async () => {
    const url = 'postgres://reviewer:Sup3r-Secret-pw@127.0.0.1:1/privacy_ratings';
    await assert.rejects(openStore({ databaseUrl: url }), (error: unknown) => {
      assert.ok(error instanceof StoreConnectionError);
      assert.match(error.message, /127\.0\.0\.1:1\b/);
      assert.match(error.message, /"privacy_ratings"/);
      assert.doesNotMatch(inspect(error, { depth: 10 }), /Sup3r-Secret-pw/);
      return true;
    });
  });

  it('a URL of another database kind is refused without echoing it', async () => {
    await assert.rejects(openStore({ databaseUrl: 'mysql://root:hunter2@db/x' }), (error: unknown) => {
      assert.ok(error instanceof StoreConnectionError);
      assert.match(error.message, /postgres:\/\//);
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
  });

  it('a sqlite: URL selects that SQLite file', async () => {
    const store = await openStore({ databaseUrl: 'sqlite::memory:' });
    try {
      assert.equal(store.dialect, 'sqlite');
      assert.equal((await store.status()).location, ':memory:');
    } finally {
      await store.close();
    }
  });

  it('the printed location keeps user, host, port and database and drops the password and query', () => {
    const target = describePostgresUrl('postgresql://ann:p%40ss@db.internal:6543/ratings?sslmode=require&password=x');
    assert.deepEqual(target, {
      host: 'db.internal',
      port: 6543,
      database: 'ratings',
      user: 'ann',
      location: 'postgresql://ann@db.internal:6543/ratings',
    });
  });
});

describe('PostgreSQL with several processes', { skip: postgresSkip }, () => {
  it('two stores migrating the same fresh database at once both succeed, and the migrations run once', () =>
    withStores(2, async (stores) => {
      const results = await Promise.all(stores.map((s) => s.migrate()));
      const applied = results.flatMap((r) => r.applied);
      const statuses = await Promise.all(stores.map((s) => s.status()));
      assert.deepEqual(applied, statuses[0]?.applied, 'each migration was applied by exactly one of them');
      for (const status of statuses) assert.deepEqual(status.pending, []);
    }));

  it('two stores saving the same app 20 times each at once end with revisions 1..40, none lost or duplicated', () =>
    withStores(2, async (stores) => {
      await stores[0]?.migrate();
      const saves = stores.flatMap((store, s) =>
        Array.from({ length: 20 }, (_, i) =>
          store.saveRevision(appInput('signal', { facts: { writer: s, save: i } }), { author: `writer${s}`, note: `save ${i}` }),
        ),
      );
      const results = await Promise.all(saves);
      assert.ok(results.every((r) => r.created));
      const numbers = results.map((r) => r.revision).sort((a, b) => a - b);
      assert.deepEqual(
        numbers,
        Array.from({ length: 40 }, (_, i) => i + 1),
      );

      const history = (await stores[1]?.history('signal')) ?? [];
      assert.deepEqual(
        history.map((r) => r.revision),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      assert.equal(new Set(history.map((r) => r.hash)).size, 40);
    }));

  it('two stores importing the same dataset at once add each revision once', () =>
    withStores(2, async (stores) => {
      await stores[0]?.migrate();
      const apps = ['signal', 'brave', 'proton'].map((slug) => appInput(slug));
      const results = await Promise.all(stores.map((s) => s.importDataset({ catalog: { v: 1 }, apps }, editor)));
      assert.deepEqual(results.map((r) => r.added.length).sort(), [0, 3]);
      assert.deepEqual(results.map((r) => r.catalogChanged).sort(), [false, true]);
      const apps0 = (await stores[0]?.listApps()) ?? [];
      assert.deepEqual(
        apps0.map((a) => [a.slug, a.revision]),
        [
          ['brave', 1],
          ['proton', 1],
          ['signal', 1],
        ],
      );
    }));

  it("one process's write changes the data version another process sees", () =>
    withStores(2, async ([writer, reader]) => {
      assert.ok(writer && reader);
      await writer.migrate();
      const before = await reader.dataVersion();
      assert.equal(before, await writer.dataVersion());
      await writer.saveRevision(appInput('signal'), editor);
      assert.notEqual(await reader.dataVersion(), before);
      assert.equal((await reader.getApp('signal'))?.revision, 1);
    }));
});
