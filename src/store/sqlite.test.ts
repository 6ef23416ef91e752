/** What only SQLite has: a file on disk, its folder, its default place. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { DEFAULT_SQLITE_PATH, StoreMigrationError, openStore } from './index.ts';
import { appInput, editor } from './test-fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'privacydefend-sqlite-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('SQLite file', () => {
  it('creates the folder of a new database file and keeps data after reopening', async () => {
    const path = join(scratch, 'nested', 'folder', 'reviews.db');
    const first = await openStore({ sqlitePath: path });
    try {
      assert.equal((await first.status()).location, path);
      await first.migrate();
      await first.saveRevision(appInput('signal'), editor);
    } finally {
      await first.close();
    }
    assert.ok(existsSync(path));

    const second = await openStore({ sqlitePath: path });
    try {
      assert.deepEqual((await second.status()).pending, []);
      assert.equal((await second.getApp('signal'))?.revision, 1);
    } finally {
      await second.close();
    }
  });

  it('defaults to var/privacydefend.db under the working directory', async () => {
    const cwd = process.cwd();
    const home = mkdtempSync(join(scratch, 'cwd-'));
    process.chdir(home);
    try {
      const store = await openStore({});
      try {
        assert.equal(store.dialect, 'sqlite');
        assert.equal((await store.status()).location, join(home, DEFAULT_SQLITE_PATH));
      } finally {
        await store.close();
      }
      assert.ok(existsSync(join(home, 'var', 'privacydefend.db')));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('SQLite migrations while another connection holds the write lock', () => {
  /** A second connection that takes the write lock of a fresh WAL database and keeps it until released. */
  function lockHolder(path: string) {
    const holder = new BetterSqlite3(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('create table other_writer (x); begin immediate; insert into other_writer values (1)');
    return {
      release: () => {
        holder.exec('commit');
        holder.close();
      },
    };
  }

  it('retries with back-off and succeeds once the lock is released', async () => {
    const path = join(scratch, 'busy-then-free.db');
    const lock = lockHolder(path);
    const timer = setTimeout(lock.release, 600);
    const store = await openStore({ sqlitePath: path, busyTimeoutMs: 50 });
    try {
      const { applied } = await store.migrate();
      assert.ok(applied.length > 0);
      assert.deepEqual((await store.status()).pending, []);
    } finally {
      clearTimeout(timer);
      await store.close();
    }
  });

  it('gives up with a clear message after the retries, and changes nothing', async () => {
    const path = join(scratch, 'busy.db');
    const lock = lockHolder(path);
    const store = await openStore({ sqlitePath: path, busyTimeoutMs: 50 });
    try {
      await assert.rejects(
        store.migrate(),
        (err: unknown) =>
          err instanceof StoreMigrationError &&
          /another process kept the database locked for writing through 5 attempts over [\d.]+ s; nothing was changed/.test(err.message),
      );
    } finally {
      lock.release();
    }
    try {
      const { applied, pending } = await store.status();
      assert.deepEqual(applied, []);
      assert.ok(pending.length > 0);
    } finally {
      await store.close();
    }
  });
});
