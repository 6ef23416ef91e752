/** The store's behaviour, run once per backend (SQLite and PostgreSQL). */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { StoreNotMigratedError, StoreWriteError, type Store } from './index.ts';
import { backends, dropTestDatabases, withStore } from './test-backends.ts';
import { appInput, editor } from './test-fixtures.ts';
import { REVIEW_FORMAT_VERSION } from '../domain/format.ts';

after(dropTestDatabases);

const catalog = { rubric: { version: '2024.1' }, categories: ['messaging', 'browsers'] };

async function snapshot(store: Store) {
  return {
    apps: await store.listApps(),
    recent: await store.recentChanges(100),
    catalog: await store.catalog(),
    dataVersion: await store.dataVersion(),
  };
}

for (const backend of backends) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    it('an empty database has every migration pending; migrate applies them once', () =>
      withStore(
        backend,
        async (store) => {
          assert.equal(store.dialect, backend.name);
          const before = await store.status();
          assert.equal(before.dialect, backend.name);
          assert.deepEqual(before.applied, []);
          assert.ok(before.pending.includes('0001_initial'));

          const first = await store.migrate();
          assert.deepEqual(first.applied, before.pending);
          const afterwards = await store.status();
          assert.deepEqual(afterwards.applied, before.pending);
          assert.deepEqual(afterwards.pending, []);

          assert.deepEqual(await store.migrate(), { applied: [] });
          assert.deepEqual(await store.listApps(), []);
          assert.equal(await store.catalog(), undefined);
        },
        { migrated: false },
      ));

    it('writing or asking the data version before migrating says to migrate', () =>
      withStore(
        backend,
        async (store) => {
          await assert.rejects(store.saveRevision(appInput('signal'), editor), StoreNotMigratedError);
          await assert.rejects(store.dataVersion(), /db migrate/);
        },
        { migrated: false },
      ));

    it('an import stores the catalog and revision 1 of every app', () =>
      withStore(backend, async (store) => {
        const at = new Date('2024-06-01T10:00:00Z');
        const result = await store.importDataset({ catalog, apps: [appInput('signal'), appInput('brave', { category: 'browsers' })] }, { ...editor, at });
        assert.deepEqual(result, {
          added: [
            { slug: 'signal', revision: 1 },
            { slug: 'brave', revision: 1 },
          ],
          unchanged: [],
          catalogChanged: true,
        });
        const apps = await store.listApps();
        assert.deepEqual(
          apps.map((a) => a.slug),
          ['brave', 'signal'],
        );
        const signal = await store.getApp('signal');
        assert.deepEqual(signal, {
          ...appInput('signal'),
          revision: 1,
          createdAt: '2024-06-01T10:00:00.000Z',
          author: editor.author,
          note: editor.note,
          hash: signal?.hash,
          formatVersion: REVIEW_FORMAT_VERSION,
        });
        assert.match(signal?.hash ?? '', /^[0-9a-f]{64}$/);
        assert.deepEqual((await store.catalog())?.content, catalog);
        assert.equal(await store.getApp('nope'), undefined);
      }));

    it('facts, a null score and a null label come back exactly as saved', () =>
      withStore(backend, async (store) => {
        const facts = { name: 'Ünïcode “quotes” 🔒', nested: [{ b: 2, a: [1.5, null, true] }], empty: {} };
        await store.saveRevision(appInput('obscure', { facts, score: null, label: null, coverage: 0.2 }), editor);
        const app = await store.getApp('obscure');
        assert.deepEqual(app?.facts, facts);
        assert.equal(app?.score, null);
        assert.equal(app?.label, null);
        assert.equal(app?.coverage, 0.2);
      }));

    it('re-importing unchanged data adds no revision and keeps the data version', () =>
      withStore(backend, async (store) => {
        const input = { catalog, apps: [appInput('signal'), appInput('brave')] };
        await store.importDataset(input, editor);
        const before = await snapshot(store);
        const again = await store.importDataset(structuredClone(input), { ...editor, note: 'again' });
        assert.deepEqual(again, { added: [], unchanged: ['signal', 'brave'], catalogChanged: false });
        assert.deepEqual(await snapshot(store), before);
      }));

    it('changing one app adds exactly one revision, to that app only', () =>
      withStore(backend, async (store) => {
        await store.importDataset({ catalog, apps: [appInput('signal'), appInput('brave')] }, editor);
        const result = await store.importDataset({ catalog, apps: [appInput('signal', { score: 80, label: 'Strong' }), appInput('brave')] }, editor);
        assert.deepEqual(result, { added: [{ slug: 'signal', revision: 2 }], unchanged: ['brave'], catalogChanged: false });
        assert.equal((await store.history('signal')).length, 2);
        assert.equal((await store.history('brave')).length, 1);
        assert.equal((await store.getApp('signal'))?.score, 80);
      }));

    it('a changed catalog alone is recorded without touching any app', () =>
      withStore(backend, async (store) => {
        await store.importDataset({ catalog, apps: [appInput('signal')] }, editor);
        const firstVersion = (await store.catalog())?.version;
        const newCatalog = { ...catalog, categories: [...catalog.categories, 'email'] };
        const result = await store.importDataset({ catalog: newCatalog, apps: [appInput('signal')] }, editor);
        assert.deepEqual(result, { added: [], unchanged: ['signal'], catalogChanged: true });
        const current = await store.catalog();
        assert.deepEqual(current?.content, newCatalog);
        assert.notEqual(current?.version, firstVersion);
        assert.equal((await store.history('signal')).length, 1);
      }));

    it('key order in facts or catalog is not a change', () =>
      withStore(backend, async (store) => {
        await store.importDataset({ catalog: { a: 1, b: { c: 2, d: 3 } }, apps: [appInput('signal', { facts: { x: 1, y: [1, 2] } })] }, editor);
        const result = await store.importDataset({ catalog: { b: { d: 3, c: 2 }, a: 1 }, apps: [appInput('signal', { facts: { y: [1, 2], x: 1 } })] }, editor);
        assert.deepEqual(result, { added: [], unchanged: ['signal'], catalogChanged: false });
      }));

    it('an app whose facts cannot be serialised aborts the whole import: not even the catalog is written', () =>
      withStore(backend, async (store) => {
        const empty = await snapshot(store);
        const apps = [appInput('aaa'), appInput('bbb', { facts: { downloads: 10n } }), appInput('ccc')];
        await assert.rejects(store.importDataset({ catalog, apps }, editor), (error: unknown) => {
          assert.ok(error instanceof StoreWriteError);
          assert.match(error.message, /"bbb"/);
          assert.match(error.message, /downloads/);
          return true;
        });
        assert.deepEqual(await snapshot(store), empty);
      }));

    it('a database constraint failing in the middle of an import rolls back the catalog and earlier apps', () =>
      withStore(backend, async (store) => {
        await store.importDataset({ catalog, apps: [appInput('aaa'), appInput('ccc')] }, editor);
        const before = await snapshot(store);
        const apps = [appInput('aaa', { score: 10 }), appInput('bbb', { coverage: 1.5 }), appInput('ccc', { score: 11 })];
        await assert.rejects(store.importDataset({ catalog: { changed: true }, apps }, editor), /"bbb"/);
        assert.deepEqual(await snapshot(store), before);
      }));

    it('an import naming one app twice is refused', () =>
      withStore(backend, async (store) => {
        await assert.rejects(
          store.importDataset({ catalog, apps: [appInput('signal'), appInput('signal', { score: 1 })] }, editor),
          /"signal" appears more than once/,
        );
        assert.equal(await store.catalog(), undefined);
      }));

    it('saveRevision appends only when the content changes', () =>
      withStore(backend, async (store) => {
        assert.deepEqual(await store.saveRevision(appInput('signal'), editor), { revision: 1, created: true });
        assert.deepEqual(await store.saveRevision(appInput('signal'), editor), { revision: 1, created: false });
        assert.deepEqual(await store.saveRevision(appInput('signal', { coverage: 0.9 }), editor), { revision: 2, created: true });
        assert.deepEqual(await store.saveRevision(appInput('signal', { rubricVersion: '2025.1', coverage: 0.9 }), editor), { revision: 3, created: true });
        // Back to an earlier content is still a new revision: history is never rewritten.
        assert.deepEqual(await store.saveRevision(appInput('signal'), editor), { revision: 4, created: true });
      }));

    it('concurrent saves through one store get consecutive revision numbers', () =>
      withStore(backend, async (store) => {
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.saveRevision(appInput('signal', { score: i }), editor)));
        assert.deepEqual(
          results.map((r) => r.revision).sort((a, b) => a - b),
          Array.from({ length: 12 }, (_, i) => i + 1),
        );
        assert.equal((await store.history('signal')).length, 12);
      }));

    it('history lists every revision oldest first, with who and why', () =>
      withStore(backend, async (store) => {
        for (const [i, score] of [50, 60, 70].entries()) {
          await store.saveRevision(appInput('signal', { score }), { author: `editor${i}`, note: `edit ${i}` });
        }
        await store.saveRevision(appInput('brave'), editor);
        const history = await store.history('signal');
        assert.deepEqual(
          history.map((r) => [r.revision, r.score, r.author, r.note]),
          [
            [1, 50, 'editor0', 'edit 0'],
            [2, 60, 'editor1', 'edit 1'],
            [3, 70, 'editor2', 'edit 2'],
          ],
        );
        assert.equal((await store.getApp('signal'))?.revision, 3);
        assert.deepEqual(await store.history('unknown'), []);
      }));

    it('recentChanges lists the newest revisions first across apps, up to the limit', () =>
      withStore(backend, async (store) => {
        const day = (d: number) => ({ ...editor, at: new Date(Date.UTC(2024, 0, d)) });
        await store.saveRevision(appInput('signal'), day(1));
        await store.saveRevision(appInput('brave'), day(2));
        await store.saveRevision(appInput('signal', { score: 1 }), day(3));
        await store.saveRevision(appInput('proton'), day(4));
        const recent = await store.recentChanges(3);
        assert.deepEqual(
          recent.map((r) => [r.slug, r.revision, r.createdAt]),
          [
            ['proton', 1, '2024-01-04T00:00:00.000Z'],
            ['signal', 2, '2024-01-03T00:00:00.000Z'],
            ['brave', 1, '2024-01-02T00:00:00.000Z'],
          ],
        );
        assert.equal((await store.recentChanges(10)).length, 4);
        assert.deepEqual(await store.recentChanges(0), []);
        await assert.rejects(store.recentChanges(-1), RangeError);
      }));

    it('dataVersion changes after every write and not after a no-op', () =>
      withStore(backend, async (store) => {
        const seen = new Set<string>();
        const record = async () => {
          const version = await store.dataVersion();
          seen.add(version);
          return version;
        };
        const v0 = await record();
        await store.importDataset({ catalog, apps: [appInput('signal')] }, editor);
        const v1 = await record();
        await store.importDataset({ catalog, apps: [appInput('signal')] }, editor);
        assert.equal(await record(), v1, 'an unchanged import is not a change');
        await store.saveRevision(appInput('signal'), editor);
        assert.equal(await record(), v1, 'an unchanged save is not a change');
        await store.saveRevision(appInput('signal', { score: 1 }), editor);
        const v2 = await record();
        await store.importDataset({ catalog: { other: true }, apps: [] }, editor);
        await record();
        await assert.rejects(store.saveRevision(appInput('broken', { coverage: 2 }), editor));
        const last = await record();
        assert.deepEqual([...seen].length, 4, `expected four distinct versions, saw ${[...seen].join(', ')}`);
        assert.notEqual(v0, v1);
        assert.notEqual(v1, v2);
        assert.notEqual(v2, last);
      }));
  });
}
