/** The Store over an open Kysely connection: reads here, writes delegated to their commands. */
import type { Kysely } from 'kysely';
import { currentCatalog } from './catalog.ts';
import { documentStore } from './documents.ts';
import type { DialectAdapter } from './dialect.ts';
import { createEditingStore } from './editing/store.ts';
import { importDataset } from './import-dataset.ts';
import { applyMigrations, migrationState } from './migrate.ts';
import type { Store } from './model.ts';
import { latestRevisions, toRevisionRow } from './revisions.ts';
import { saveRevision } from './save-revision.ts';
import type { Database } from './schema.ts';
import { readDataVersion } from './write-transaction.ts';

export function createStore(db: Kysely<Database>, dialect: DialectAdapter, location: string): Store {
  return {
    dialect: dialect.name,
    location,

    ...documentStore(db, dialect),

    async migrate() {
      return { applied: await applyMigrations(db, dialect) };
    },

    async status() {
      return { dialect: dialect.name, location, ...(await migrationState(db, dialect)) };
    },

    importDataset: (input, meta) => importDataset(db, dialect, input, meta),

    saveRevision: (input, meta) => saveRevision(db, dialect, input, meta),

    listApps: () => listApps(db),

    async getApp(slug) {
      const row = await latestRevisions(db).selectAll('r').where('r.slug', '=', slug).executeTakeFirst();
      return row === undefined ? undefined : toRevisionRow(row);
    },

    async history(slug) {
      const rows = await db.selectFrom('app_revision').selectAll().where('slug', '=', slug).orderBy('revision', 'asc').execute();
      return rows.map(toRevisionRow);
    },

    async recentChanges(limit) {
      if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`recentChanges: limit must be a whole number ≥ 0, got ${limit}`);
      const rows = await db.selectFrom('app_revision').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toRevisionRow);
    },

    catalog: () => currentCatalog(db),

    currentData: (held) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async function readingCurrentData(trx) {
          const version = await readDataVersion(trx, dialect);
          const catalog = await currentCatalog(trx);
          if (!held) {
            const apps = await listApps(trx);
            return { version, catalog, apps, slugs: apps.map((a) => a.slug) };
          }
          const heads = await latestRevisions(trx).select(['r.slug', 'r.revision', 'r.hash']).orderBy('r.slug').execute();
          const same = (h: { slug: string; revision: number; hash: string }) => {
            const mine = held.get(h.slug);
            return typeof mine === 'number' ? mine === h.revision : mine?.revision === h.revision && mine.hash === h.hash;
          };
          const wanted = heads.filter((h) => !same(h)).map((h) => h.slug);
          const apps = [];
          // In slices, well under SQLite's limit on bound parameters.
          for (let i = 0; i < wanted.length; i += 500) {
            const rows = await latestRevisions(trx)
              .selectAll('r')
              .where('r.slug', 'in', wanted.slice(i, i + 500))
              .orderBy('r.slug')
              .execute();
            apps.push(...rows.map(toRevisionRow));
          }
          return { version, catalog, apps, slugs: heads.map((h) => h.slug) };
        }),

    dataVersion: () => readDataVersion(db, dialect),

    async lastImport() {
      const row = await db.selectFrom('import_fingerprint').select(['fingerprint', 'data_version']).where('id', '=', 1).executeTakeFirst();
      return row && { fingerprint: row.fingerprint, dataVersion: row.data_version };
    },

    async recordImport(fingerprint) {
      const dataVersion = await readDataVersion(db, dialect);
      const row = { id: 1, fingerprint, data_version: dataVersion, recorded_at: new Date().toISOString() };
      await db
        .insertInto('import_fingerprint')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint, data_version: dataVersion, recorded_at: row.recorded_at }))
        .execute();
    },

    editing: createEditingStore(db, dialect),

    close: () => db.destroy(),
  };
}

async function listApps(db: Kysely<Database>) {
  const rows = await latestRevisions(db).selectAll('r').orderBy('r.slug').execute();
  return rows.map(toRevisionRow);
}
