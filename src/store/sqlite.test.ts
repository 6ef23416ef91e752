/** What only SQLite has: a file on disk, its folder, its default place. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_SQLITE_PATH, openStore } from './index.ts';
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
