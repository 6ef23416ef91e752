/** Store.currentData(): the data version, catalog and apps read as one consistent view, on both backends. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore, type OpenStoreOptions, type Store } from './index.ts';
import { backends, dropTestDatabases } from './test-backends.ts';
import { appInput, editor } from './test-fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'privacydefend-current-'));
after(async () => {
  await dropTestDatabases();
  rmSync(scratch, { recursive: true, force: true });
});

const counterOf = (version: string) => Number(version.split('.')[1]);

for (const backend of backends) {
  describe(`currentData on ${backend.name}`, { skip: backend.skip }, () => {
    /** Two stores on one database (SQLite: a file, so a second connection sees it). */
    async function twoStores(): Promise<[Store, Store]> {
      const options: OpenStoreOptions = backend.name === 'sqlite' ? { sqlitePath: join(scratch, `${Date.now()}.db`) } : await backend.freshDatabase();
      const a = await openStore(options);
      await a.migrate();
      return [a, await openStore(options)];
    }

    it('returns what the separate reads return when nothing is writing', async () => {
      const [store, other] = await twoStores();
      try {
        await store.importDataset({ catalog: { rubric: { version: '1' } }, apps: [appInput('signal'), appInput('brave')] }, editor);
        const data = await store.currentData();
        assert.equal(data.version, await store.dataVersion());
        assert.deepEqual(data.catalog, await store.catalog());
        assert.deepEqual(data.apps, await store.listApps());
      } finally {
        await Promise.all([store.close(), other.close()]);
      }
    });

    it('reads in full only the apps whose latest revision is not the one the caller holds', async () => {
      const [store, other] = await twoStores();
      try {
        await store.importDataset({ catalog: { rubric: { version: '1' } }, apps: [appInput('signal'), appInput('brave'), appInput('threema')] }, editor);
        const all = await store.currentData();
        assert.deepEqual(all.slugs, ['brave', 'signal', 'threema']);
        const held = new Map(all.apps.map((a) => [a.slug, a.revision]));
        const none = await store.currentData(held);
        assert.deepEqual(none.apps, []);
        assert.deepEqual(none.slugs, all.slugs);
        assert.equal(none.version, all.version);
        await other.saveRevision(appInput('signal', { score: 90 }), editor);
        await other.importDataset(
          { catalog: { rubric: { version: '1' } }, apps: [appInput('signal', { score: 90 }), appInput('brave'), appInput('threema'), appInput('wire')] },
          editor,
        );
        const delta = await store.currentData(held);
        assert.deepEqual(
          delta.apps.map((a) => [a.slug, a.revision, a.score]),
          [
            ['signal', 2, 90],
            ['wire', 1, 72],
          ],
        );
        assert.deepEqual(delta.slugs, ['brave', 'signal', 'threema', 'wire']);
        assert.notEqual(delta.version, all.version);
      } finally {
        await Promise.all([store.close(), other.close()]);
      }
    });

    it('never pairs a data version with apps from another version while another connection commits', async () => {
      const [reader, writer] = await twoStores();
      try {
        await writer.importDataset({ catalog: { rubric: { version: '1' } }, apps: [appInput('signal')] }, editor);
        const base = await reader.currentData();
        const baseCounter = counterOf(base.version);
        let writing = true;
        const writes = (async () => {
          for (let i = 1; i <= 40; i++) await writer.saveRevision(appInput('signal', { score: 50 + i }), editor);
          writing = false;
        })();
        let reads = 0;
        while (writing) {
          const data = await reader.currentData();
          const signal = data.apps.find((a) => a.slug === 'signal');
          assert.equal(counterOf(data.version) - baseCounter, (signal?.revision ?? 0) - 1, `version ${data.version} labels revision ${signal?.revision}`);
          reads++;
        }
        await writes;
        assert.ok(reads > 0);
      } finally {
        await Promise.all([reader.close(), writer.close()]);
      }
    });
  });
}
